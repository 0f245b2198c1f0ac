using IMU.Runtime.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace IMU.Runtime.Hosting;

/// <summary>Puts a cluster client on the .NET generic host.</summary>
public static class ClientHostingExtensions
{
    private static readonly RuntimeRegistration<ClientOptions, ClientOptionsValidator, ClientBuilder> s_client = new(AddClient);

    /// <summary>Adds a cluster client, available as <see cref="IClusterClient"/> and <see cref="IGrainFactory"/>.</summary>
    /// <param name="builder">The host builder.</param>
    /// <param name="configure">Configures the cluster id, JSON contexts and options.</param>
    /// <returns>The host builder.</returns>
    public static IHostApplicationBuilder UseImuClient(this IHostApplicationBuilder builder, Action<ClientBuilder> configure) =>
        s_client.AddTo(builder, configure);

    /// <summary>Adds a cluster client, available as <see cref="IClusterClient"/> and <see cref="IGrainFactory"/>.</summary>
    /// <param name="builder">The host builder.</param>
    /// <param name="configure">Configures the cluster id, JSON contexts and options.</param>
    /// <returns>The host builder.</returns>
    public static IHostBuilder UseImuClient(this IHostBuilder builder, Action<ClientBuilder> configure) =>
        s_client.AddTo(builder, configure);

    private static ClientBuilder AddClient(IServiceCollection services)
    {
        services.AddSingleton<ClientRuntime>();
        services.TryAddSingleton<IClusterClient>(sp => sp.GetRequiredService<ClientRuntime>().Invoker);
        services.TryAddSingleton<IGrainFactory>(sp => sp.GetRequiredService<ClientRuntime>().Invoker);
        return new ClientBuilder(services);
    }
}
