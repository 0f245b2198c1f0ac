using IMU.Grains.Lpars;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IMU.Grains.Hosting;

/// <summary>Registers what the orchestrator's grains need in a silo: the agents that reach the fleet's LPARs.</summary>
public static class OrchestratorServiceCollectionExtensions
{
    /// <summary>Adds the LPAR agents (configured by <paramref name="configure"/>) and the system clock unless a clock is registered.</summary>
    public static IServiceCollection AddImuOrchestrator(this IServiceCollection services, Action<LparAgentOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<LparAgentOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LparAgents>();
        return services;
    }
}
