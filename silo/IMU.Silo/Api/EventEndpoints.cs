using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace IMU.Silo.Api;

/// <summary><c>GET /api/events</c>: the silo's changes as Server-Sent Events, with a comment every 15 s so idle proxies keep the stream open.</summary>
internal static class EventEndpoints
{
    private static readonly TimeSpan s_keepAlive = TimeSpan.FromSeconds(15);

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/events", StreamAsync)
            .WithName("Events")
            .WithSummary("Server-Sent Events: rollout (the whole rollout), lpar (its fleet row) and fleet (the fleet was applied again).")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream");

    private static async Task StreamAsync(HttpContext context, DashboardEvents events, IHostApplicationLifetime lifetime)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var stream = events.Open();
        try
        {
            await WriteAsync(context, ": connected\n\n", stop.Token);
            while (!stop.IsCancellationRequested)
            {
                using var quiet = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
                quiet.CancelAfter(s_keepAlive);
                try
                {
                    await stream.Reader.WaitToReadAsync(quiet.Token);
                }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                {
                    await WriteAsync(context, ": keep-alive\n\n", stop.Token);
                    continue;
                }

                var text = new StringBuilder();
                while (stream.Reader.TryRead(out var change))
                {
                    text.Append("event: ").Append(change.Type).Append('\n');
                    foreach (var line in change.Data.Split('\n'))
                    {
                        text.Append("data: ").Append(line.TrimEnd('\r')).Append('\n');
                    }

                    text.Append('\n');
                }

                await WriteAsync(context, text.ToString(), stop.Token);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The page went away or the silo stops: the stream simply ends.
        }
        finally
        {
            events.Close(stream);
        }
    }

    private static async Task WriteAsync(HttpContext context, string text, CancellationToken cancellationToken)
    {
        await context.Response.WriteAsync(text, cancellationToken);
        await context.Response.Body.FlushAsync(cancellationToken);
    }
}
