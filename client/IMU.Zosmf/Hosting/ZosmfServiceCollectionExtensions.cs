using IMU.Zosmf.Http;
using IMU.Zosmf.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace IMU.Zosmf.Hosting;

/// <summary>Registers the LPAR connector: <see cref="ILparAgentFactory"/> and the HTTP client and pipelines its agents share.</summary>
public static class ZosmfServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ZosmfLparAgentFactory"/> as <see cref="ILparAgentFactory"/>, one pooled HTTP
    /// handler for every agent, and a resilience pipeline (retry of safe requests, circuit breaker,
    /// attempt timeout) per z/OSMF and per HMC. Time comes from the registered <see cref="TimeProvider"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets trust, timing and resilience.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddZosmfAgents(this IServiceCollection services, Action<ZosmfAgentOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ZosmfAgentOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(LparHttp.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(provider => LparHttpHandlers.Create(provider.GetRequiredService<IOptions<ZosmfAgentOptions>>().Value.TrustedRoots))
            .AddResilienceHandler(LparHttp.PipelineName, (builder, context) => LparResilience.Configure(
                builder,
                context.ServiceProvider.GetRequiredService<IOptions<ZosmfAgentOptions>>().Value.Resilience,
                context.ServiceProvider.GetRequiredService<TimeProvider>()))
            .SelectPipelineBy(_ => LparHttp.EndpointOf);
        services.TryAddSingleton<ZosmfLparAgentFactory>();
        services.TryAddSingleton<ILparAgentFactory>(provider => provider.GetRequiredService<ZosmfLparAgentFactory>());
        return services;
    }
}
