using System.Net.Http.Headers;
using System.Text;
using IMU.Zosmf.Simulator.Faults;
using IMU.Zosmf.Simulator.Systems;
using Microsoft.AspNetCore.Http;

namespace IMU.Zosmf.Simulator.Zosmf;

/// <summary>
/// What every z/OSMF request goes through before its handler: the system, a system that is down or
/// IPLing (no answer at all: the connection is dropped), the CSRF header on requests that change
/// something, the credentials, and request faults.
/// </summary>
internal sealed class ZosmfGate(IReadOnlyDictionary<string, SimulatedSystem> systems, SimulatorOptions options)
{
    public const string CsrfHeader = "X-CSRF-ZOSMF-HEADER";

    public async Task<ZosmfEntry> EnterAsync(HttpContext context, string systemName, SimulatorFaultOperation? operation)
    {
        if (!systems.TryGetValue(systemName, out var system))
        {
            return ZosmfEntry.Stop(SimulatorHttp.Zosmf(StatusCodes.Status404NotFound, 4, 0, $"There is no system {systemName} on this simulator."));
        }

        system.CountRequest();
        if (system.IsDown || !system.Lpar.ZosmfAnswering)
        {
            return ZosmfEntry.Stop(SimulatorHttp.Drop(context));
        }

        if (!HttpMethods.IsGet(context.Request.Method) && !context.Request.Headers.ContainsKey(CsrfHeader))
        {
            return ZosmfEntry.Stop(SimulatorHttp.Zosmf(StatusCodes.Status403Forbidden, 4, 0, $"The request has no {CsrfHeader} header; z/OSMF refuses requests that change something without it."));
        }

        var owner = Authenticate(context.Request.Headers.Authorization.ToString());
        if (owner is null)
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"zosmf\"";
            return ZosmfEntry.Stop(SimulatorHttp.Zosmf(StatusCodes.Status401Unauthorized, 4, 0, "The user id and password or token were not accepted."));
        }

        var fault = operation is { } requested ? system.Faults.Take(requested) : null;
        return await ApplyAsync(context, system, owner, fault, options.TimeProvider).ConfigureAwait(false);
    }

    /// <summary>Applies a request fault: an error answer, a dropped connection, a system going down, a delay, or a lost answer.</summary>
    public static async Task<ZosmfEntry> ApplyAsync(HttpContext context, SimulatedSystem system, string owner, SimulatorFault? fault, TimeProvider time)
    {
        switch (fault?.Kind)
        {
            case SimulatorFaultKind.Http500:
                return ZosmfEntry.Stop(SimulatorHttp.Zosmf(StatusCodes.Status500InternalServerError, 8, 0, "Internal server error (simulated)."));
            case SimulatorFaultKind.Http503:
                return ZosmfEntry.Stop(SimulatorHttp.Zosmf(StatusCodes.Status503ServiceUnavailable, 8, 0, "z/OSMF is not available (simulated)."));
            case SimulatorFaultKind.Drop:
                return ZosmfEntry.Stop(SimulatorHttp.Drop(context));
            case SimulatorFaultKind.Down:
                system.GoDown(fault.Seconds);
                return ZosmfEntry.Stop(SimulatorHttp.Drop(context));
            case SimulatorFaultKind.Slow:
                await Task.Delay(fault.SlowDelay, time, context.RequestAborted).ConfigureAwait(false);
                break;
            default:
                break;
        }

        return new ZosmfEntry(system, owner, fault?.Kind == SimulatorFaultKind.LostResponse, null);
    }

    /// <summary>The job owner for accepted credentials, or null. With no user or token configured, any are accepted.</summary>
    private string? Authenticate(string header)
    {
        if (!AuthenticationHeaderValue.TryParse(header, out var value) || value.Parameter is null)
        {
            return null;
        }

        if (value.Scheme == "Bearer")
        {
            var accepted = options.BearerToken is null ? options.UserId is null : options.BearerToken == value.Parameter;
            return accepted ? "IBMUSER" : null;
        }

        if (value.Scheme != "Basic")
        {
            return null;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value.Parameter));
        }
        catch (FormatException)
        {
            return null;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var (user, password) = (decoded[..colon], decoded[(colon + 1)..]);
        var valid = options.UserId is null
            ? options.BearerToken is null
            : string.Equals(options.UserId, user, StringComparison.OrdinalIgnoreCase) && options.Password == password;
        return valid ? user.ToUpperInvariant() : null;
    }
}
