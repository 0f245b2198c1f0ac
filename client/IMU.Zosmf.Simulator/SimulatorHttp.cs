using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IMU.Zosmf.Simulator.Hmc;
using IMU.Zosmf.Simulator.Zosmf;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace IMU.Zosmf.Simulator;

/// <summary>
/// What every simulated endpoint shares: error answers in the shape of the interface the request is
/// for (z/OSMF's <c>{rc, reason, category, message}</c>, the HMC's <c>{http-status, reason, message, ...}</c>),
/// JSON bodies read with their size, type and content checked, and dropped connections.
/// </summary>
internal static class SimulatorHttp
{
    /// <summary>The largest JSON body any simulated request takes.</summary>
    public const int MaxJsonBytes = 64 * 1024;

    /// <summary>z/OSMF's category for the jobs and console interfaces' request errors.</summary>
    public const int ZosmfCategory = 6;

    public static IResult Zosmf(int status, int rc, int reason, string message)
        => TypedResults.Json(new ZosmfErrorBody(rc, reason, ZosmfCategory, message), SimulatorJsonContext.Default.ZosmfErrorBody, statusCode: status);

    public static IResult ZosmfBadRequest(string message) => Zosmf(StatusCodes.Status400BadRequest, 4, 7, message);

    public static IResult Hmc(HttpContext context, int status, int reason, string message)
        => TypedResults.Json(new HmcErrorBody(status, reason, message, context.Request.Method, context.Request.Path + context.Request.QueryString), SimulatorJsonContext.Default.HmcErrorBody, statusCode: status);

    /// <summary>The error answer for a request on <paramref name="context"/>'s path, in its interface's shape.</summary>
    public static IResult Error(HttpContext context, int status, string message)
        => context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
            ? Hmc(context, status, status == StatusCodes.Status400BadRequest ? 1 : 0, message)
            : Zosmf(status, status >= 500 ? 8 : 4, status == StatusCodes.Status400BadRequest ? 7 : 0, message);

    /// <summary>Drops the connection: the client sees no answer at all.</summary>
    public static IResult Drop(HttpContext context)
    {
        context.Abort();
        return Results.Empty;
    }

    /// <summary>Reads a JSON body: application/json, at most <see cref="MaxJsonBytes"/>, of the expected shape.</summary>
    public static async Task<(T? Value, string? Problem)> ReadJsonAsync<T>(HttpContext context, JsonTypeInfo<T> type)
        where T : class
    {
        if (!context.Request.HasJsonContentType())
        {
            return (null, "the request needs Content-Type: application/json");
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxJsonBytes;
        }

        try
        {
            var value = await JsonSerializer.DeserializeAsync(context.Request.Body, type, context.RequestAborted).ConfigureAwait(false);
            return value is null ? (null, "the body is empty") : (value, null);
        }
        catch (JsonException ex)
        {
            return (null, $"the body is not the JSON this request takes: {ex.Message}");
        }
    }
}
