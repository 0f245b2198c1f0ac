using System.Text.Json.Serialization;
using IMU.Runtime.Options;
using Microsoft.Extensions.DependencyInjection;

namespace IMU.Runtime.Hosting;

/// <summary>Configures a cluster client: the cluster to join, JSON contexts and options.</summary>
public sealed class ClientBuilder
{
    internal ClientBuilder(IServiceCollection services) => Services = services;

    /// <summary>The host's services.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Changes client options.</summary>
    /// <param name="configure">The change.</param>
    /// <returns>This builder.</returns>
    public ClientBuilder Configure(Action<ClientOptions> configure)
    {
        Services.Configure(configure);
        return this;
    }

    /// <summary>Registers a source-generated JSON context for argument and result types.</summary>
    /// <param name="context">The context, e.g. <c>MyContext.Default</c>.</param>
    /// <returns>This builder.</returns>
    public ClientBuilder AddJsonContext(JsonSerializerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Configure(o => o.JsonContexts.Add(context));
    }
}
