using Microsoft.Extensions.FileProviders;

namespace IMU.Silo.Dashboard;

/// <summary>
/// Serves the page built from <c>Dashboard/web</c> (its bundle is copied next to the silo as
/// <c>wwwroot</c>): <c>/</c> is its index, <c>/assets/...</c> its hashed files.
/// </summary>
internal static class DashboardEndpoints
{
    /// <summary>Where the bundle is: beside the silo's assembly, wherever the host runs from.</summary>
    public static string WebRoot { get; } = Path.Combine(AppContext.BaseDirectory, "wwwroot");

    public static void UseDashboardFiles(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            // The page loads only its own files and talks only to this silo.
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'";
            await next(context);
        });
        if (Directory.Exists(WebRoot))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(WebRoot) });
        }
    }

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/", (HttpContext context) =>
            {
                var index = Path.Combine(WebRoot, "index.html");
                context.Response.Headers.CacheControl = "no-cache";
                return File.Exists(index)
                    ? Results.File(index, "text/html; charset=utf-8")
                    : Results.Problem(
                        $"the dashboard is not built: run `npm ci && npm run build` in silo/IMU.Silo/Dashboard/web, then build the silo again (no {index})",
                        statusCode: StatusCodes.Status503ServiceUnavailable,
                        title: "Dashboard not built");
            })
            .ExcludeFromDescription();
}
