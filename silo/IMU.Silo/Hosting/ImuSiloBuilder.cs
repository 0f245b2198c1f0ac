using System.Net;
using IMU.Grains.Hosting;
using IMU.Silo.Api;
using IMU.Silo.Health;
using IMU.Silo.Telemetry;
using IMU.Zosmf;
using Orleans.Configuration;

namespace IMU.Silo.Hosting;

/// <summary>
/// Configures one silo process: Orleans (embedded on SQLite, or a cluster member on PostgreSQL) and
/// the ASP.NET Core HTTP surface in the same host. Callers add their services, silo configuration
/// and endpoints, then <see cref="Build"/>. Created by <see cref="ImuSiloHost.CreateBuilder"/>.
/// </summary>
public sealed class ImuSiloBuilder
{
    /// <summary>The configuration section of the LPAR connector's timing (<see cref="ZosmfAgentOptions"/>).</summary>
    public const string ZosmfSectionName = "Zosmf";

    private readonly WebApplicationBuilder _web;
    private readonly List<Action<ISiloBuilder>> _siloConfigurations = [];
    private readonly List<Action<IEndpointRouteBuilder>> _endpointMappings = [];
    private TimeProvider? _timeProvider;

    internal ImuSiloBuilder(WebApplicationBuilder web)
    {
        _web = web;
    }

    /// <summary>True in a Kubernetes pod that was given its name and namespace (the downward API variables the manifests set).</summary>
    private static bool RunsInKubernetes =>
        Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST") is { Length: > 0 }
        && Environment.GetEnvironmentVariable("POD_NAME") is { Length: > 0 }
        && Environment.GetEnvironmentVariable("POD_NAMESPACE") is { Length: > 0 };

    /// <summary>The host's services: register what grains need here (agents, options, factories).</summary>
    public IServiceCollection Services => _web.Services;

    /// <summary>The host's configuration: appsettings.json, the environment and the flags.</summary>
    public ConfigurationManager Configuration => _web.Configuration;

    /// <summary>The host's logging.</summary>
    public ILoggingBuilder Logging => _web.Logging;

    /// <summary>Makes every clock of the silo, Orleans' and the grains', this one (a FakeTimeProvider in tests and demos).</summary>
    /// <param name="timeProvider">The clock.</param>
    /// <returns>This builder.</returns>
    public ImuSiloBuilder UseTimeProvider(TimeProvider timeProvider)
    {
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        return this;
    }

    /// <summary>Adds Orleans configuration, applied after IMU's own (grains, storage, clustering).</summary>
    /// <param name="configure">Configures the silo.</param>
    /// <returns>This builder.</returns>
    public ImuSiloBuilder ConfigureSilo(Action<ISiloBuilder> configure)
    {
        _siloConfigurations.Add(configure ?? throw new ArgumentNullException(nameof(configure)));
        return this;
    }

    /// <summary>Maps more endpoints onto the silo's HTTP surface, beside <c>/health</c>, <c>/api</c> and the dashboard.</summary>
    /// <param name="map">Maps the endpoints.</param>
    /// <returns>This builder.</returns>
    public ImuSiloBuilder MapEndpoints(Action<IEndpointRouteBuilder> map)
    {
        _endpointMappings.Add(map ?? throw new ArgumentNullException(nameof(map)));
        return this;
    }

    /// <summary>Checks the settings and builds the host; nothing listens or touches storage until it starts.</summary>
    /// <returns>The silo, not yet started.</returns>
    /// <exception cref="SiloConfigurationException">A setting is not valid; every problem is listed.</exception>
    public ImuSilo Build()
    {
        var options = SiloConfiguration.Read(_web.Configuration);
        var address = IPAddress.Parse(options.Address);
        var tokens = options.TokenFile is { Length: > 0 } tokenFile ? ApiTokens.Read(tokenFile) : null;
        _web.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Parse(options.Listen), options.HttpPort));
        _web.Services.AddSingleton(options);
        _web.Services.AddImuHealthChecks();
        _web.Services.AddImuApi(tokens);
        _web.Services.AddImuTelemetry(_web.Configuration);

        // Under systemd (Type=notify) the unit becomes active once the host has started, and stops on SIGTERM; elsewhere this does nothing.
        _web.Host.UseSystemd();

        // Job and IPL polling, timeouts and retries of the connector, e.g. Zosmf__StatusPollInterval=00:00:00.5 in the environment.
        _web.Services.Configure<ZosmfAgentOptions>(_web.Configuration.GetSection(ZosmfSectionName));
        if (_timeProvider is not null)
        {
            // Orleans registers TimeProvider.System with TryAdd and resolves its keyed clocks from the unkeyed one.
            _web.Services.AddSingleton(_timeProvider);
        }

        // Orleans (and the Polly pipelines inside it) narrate every stage at Information; operators want the warnings.
        _web.Logging.AddFilter("Orleans", LogLevel.Warning);
        _web.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        _web.Logging.AddFilter("Polly", LogLevel.Warning);
        _web.UseOrleans(silo =>
        {
            if (options.IsCluster)
            {
                silo.Configure<ClusterOptions>(cluster => (cluster.ClusterId, cluster.ServiceId) = (options.ClusterId, options.ServiceId));
                silo.Configure<EndpointOptions>(endpoints =>
                {
                    endpoints.AdvertisedIPAddress = address;
                    endpoints.SiloPort = options.SiloPort;
                    endpoints.GatewayPort = options.GatewayPort;
                });
                silo.UseImuPostgreSqlCluster(options.Postgres!);
                if (RunsInKubernetes)
                {
                    // The pod's IP, name and the cluster and service ids from its labels; a silo whose pod is
                    // deleted is declared dead at once instead of after missed probes.
                    silo.UseKubernetesHosting();
                }
            }
            else
            {
                silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, primarySiloEndpoint: null, options.ServiceId, options.ClusterId);
                silo.UseImuEmbeddedStorage(options.DatabasePath);
            }

            silo.AddImuGrains();
            silo.AddActivityPropagation();
            foreach (var configure in _siloConfigurations)
            {
                configure(silo);
            }
        });

        var app = _web.Build();
        app.UseImuApi();
        app.MapImuHealthEndpoints();
        app.MapImuApi(tokens);
        foreach (var map in _endpointMappings)
        {
            map(app);
        }

        return new ImuSilo(app, options);
    }
}
