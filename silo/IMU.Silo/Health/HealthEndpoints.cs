using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace IMU.Silo.Health;

/// <summary>The silo's health endpoints: <c>/health/live</c> (the process answers) and <c>/health/ready</c> (it serves grain calls); probes need no token.</summary>
internal static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    /// <summary>Answers 200 while the process runs: what liveness probes and restart policies ask.</summary>
    public const string LivePath = "/health/live";

    /// <summary>Answers 200 once the silo serves grain calls: what readiness probes and load balancers ask.</summary>
    public const string ReadyPath = "/health/ready";

    public static IServiceCollection AddImuHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<GrainCallReadinessCheck>("grain-calls", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapImuHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous();
        return endpoints;
    }
}
