using IMU.Runtime.Options;
using IMU.Runtime.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IMU.Runtime.Hosting;

/// <summary>Puts a cluster client on the .NET generic host.</summary>
public static class ClientHostingExtensions
{
    /// <summary>Adds a cluster client, available as <see cref="IClusterClient"/> and <see cref="IGrainFactory"/>.</summary>
    /// <param name="builder">The host builder.</param>
    /// <param name="configure">Configures the cluster id, JSON contexts and options.</param>
    /// <returns>The host builder.</returns>
    public static IHostApplicationBuilder UseImuClient(this IHostApplicationBuilder builder, Action<ClientBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddImuClient(builder.Services, configure);
        return builder;
    }

    /// <summary>Adds a cluster client, available as <see cref="IClusterClient"/> and <see cref="IGrainFactory"/>.</summary>
    /// <param name="builder">The host builder.</param>
    /// <param name="configure">Configures the cluster id, JSON contexts and options.</param>
    /// <returns>The host builder.</returns>
    public static IHostBuilder UseImuClient(this IHostBuilder builder, Action<ClientBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.ConfigureServices((_, services) => AddImuClient(services, configure));
    }

    private static void AddImuClient(IServiceCollection services, Action<ClientBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(InProcessTransport.Shared);
        services.AddOptions<ClientOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ClientOptions>, ClientOptionsValidator>());
        services.AddSingleton<ClientRuntime>();
        services.TryAddSingleton<IClusterClient>(sp => sp.GetRequiredService<ClientRuntime>().Invoker);
        services.TryAddSingleton<IGrainFactory>(sp => sp.GetRequiredService<ClientRuntime>().Invoker);
        configure(new ClientBuilder(services));
    }
}
