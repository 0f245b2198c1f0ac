using System.Security.Claims;
using System.Text.Encodings.Web;
using IMU.Silo.Dashboard;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace IMU.Silo.Api;

/// <summary>
/// Signs in a request that carries <c>Authorization: Bearer TOKEN</c> with a token of the file, or the
/// session cookie the sign-in page gave for one. A refused request gets <c>401</c> with
/// <c>WWW-Authenticate: Bearer</c>: problem details for the API, the sign-in form for a browser.
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokens tokens) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ImuToken";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? subject;
        if (Request.Headers.Authorization.ToString() is { Length: > 0 } header)
        {
            if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                return Task.FromResult(AuthenticateResult.Fail("the Authorization header is not 'Bearer TOKEN'"));
            }

            subject = tokens.SubjectOfToken(header["Bearer ".Length..].Trim());
            if (subject is null)
            {
                return Task.FromResult(AuthenticateResult.Fail("the bearer token is none of the token file's"));
            }
        }
        else if (Request.Cookies[ApiTokens.SessionCookie] is { Length: > 0 } session)
        {
            subject = tokens.SubjectOfSession(session);
            if (subject is null)
            {
                return Task.FromResult(AuthenticateResult.Fail("the session cookie was not made from a token of the token file"));
            }
        }
        else
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, subject)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        if (!Request.Path.StartsWithSegments("/api") && Request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal))
        {
            await SignInPage.WriteAsync(Context, null);
            return;
        }

        await ApiProblems.Unauthorized(Request.Headers.Authorization.Count > 0).ExecuteAsync(Context);
    }
}
