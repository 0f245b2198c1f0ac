using IMU.Silo.Dashboard;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace IMU.Silo.Api;

/// <summary>
/// The HTTP API and the dashboard in the silo's host: resources, actions, events, the OpenAPI document
/// at <c>/openapi/v1.json</c>, and, with a token file, a bearer token on everything but the health
/// endpoints and the sign-in form.
/// </summary>
internal static class ImuApi
{
    public static IServiceCollection AddImuApi(this IServiceCollection services, ApiTokens? tokens)
    {
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddSingleton<DashboardEvents>();
        services.AddSingleton<RolloutWatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<RolloutWatcher>());
        var authentication = services.AddAuthentication();
        if (tokens is null)
        {
            services.AddAuthorization();
            return services;
        }

        services.AddSingleton(tokens);
        authentication.AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(authorization =>
        {
            // Everything needs the token, the page's files too, unless an endpoint says AllowAnonymous.
            authorization.FallbackPolicy = new AuthorizationPolicyBuilder(ApiTokenAuthenticationHandler.SchemeName).RequireAuthenticatedUser().Build();
            authorization.DefaultPolicy = authorization.FallbackPolicy;
        });
        return services;
    }

    public static void UseImuApi(this WebApplication app)
    {
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseDashboardFiles();
    }

    public static void MapImuApi(this WebApplication app, ApiTokens? tokens)
    {
        var api = app.MapGroup("/api");
        ResourceEndpoints.Map(api);
        ActionEndpoints.Map(api);
        EventEndpoints.Map(api);
        app.MapOpenApi();
        SignInPage.Map(app, tokens);
        DashboardEndpoints.Map(app);
    }
}
