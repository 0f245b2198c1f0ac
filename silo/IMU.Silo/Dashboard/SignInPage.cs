using System.Net;
using IMU.Silo.Api;

namespace IMU.Silo.Dashboard;

/// <summary>
/// The sign-in form a browser gets instead of the page when the silo has a token file: it posts the
/// token once to <c>/login</c> and gets a session cookie (HttpOnly, SameSite=Strict) that stands for it.
/// </summary>
internal static class SignInPage
{
    public static void Map(IEndpointRouteBuilder endpoints, ApiTokens? tokens)
    {
        if (tokens is null)
        {
            endpoints.MapGet("/login", () => Results.Redirect("/")).AllowAnonymous().ExcludeFromDescription();
            return;
        }

        endpoints.MapGet("/login", (HttpContext context) => WriteAsync(context, null)).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapPost("/login", async (HttpContext context) =>
            {
                var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : null;
                var token = form?["token"].ToString().Trim() ?? string.Empty;
                if (tokens.SubjectOfToken(token) is null)
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    await WriteAsync(context, token.Length == 0 ? "Give the token." : "That is not a token of this silo's --token-file.");
                    return;
                }

                context.Response.Cookies.Append(ApiTokens.SessionCookie, tokens.SessionFor(token), new CookieOptions
                {
                    HttpOnly = true,
                    SameSite = SameSiteMode.Strict,
                    Secure = context.Request.IsHttps,
                    Path = "/",
                    IsEssential = true,
                });
                context.Response.Redirect("/", permanent: false);
            })
            .AllowAnonymous()
            .DisableAntiforgery()
            .ExcludeFromDescription();
    }

    public static async Task WriteAsync(HttpContext context, string? problem)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var message = problem is null ? string.Empty : $"<p class=\"problem\" role=\"alert\">{WebUtility.HtmlEncode(problem)}</p>";
        await context.Response.WriteAsync($$"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>IMU.Cluster: sign in</title>
            <style>body{font:16px system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem}input{font:inherit;width:100%;margin:.5rem 0}.problem{color:#a00}</style></head>
            <body>
            <h1>IMU.Cluster dashboard</h1>
            <p>This silo needs a bearer token: one of those in its <code>--token-file</code>.</p>
            {{message}}
            <form method="post" action="/login">
            <label for="token">Token</label>
            <input id="token" name="token" type="password" autocomplete="current-password" required autofocus>
            <button type="submit">Sign in</button>
            </form>
            </body>
            </html>
            """);
    }
}
