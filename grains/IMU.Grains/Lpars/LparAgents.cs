using System.Collections.Concurrent;
using IMU.Grains.Models;
using IMU.Zosmf;
using IMU.Zosmf.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IMU.Grains.Lpars;

/// <summary>
/// The agent for each LPAR, made from its fleet declaration and kept (one per system, since each owns
/// that system's circuit breakers) until the declaration changes. Secrets are read from the silo's
/// environment by the variable the fleet file names, never stored.
/// </summary>
public sealed class LparAgents(IOptions<LparAgentOptions> options, TimeProvider time, ILoggerFactory loggers) : IDisposable
{
    private readonly ConcurrentDictionary<string, (LparDefinition Definition, ZosmfLparAgent Agent)> _agents = new(StringComparer.Ordinal);

    /// <summary>The agent for <paramref name="lpar"/>.</summary>
    /// <exception cref="LparAgentException">The credentials cannot be resolved.</exception>
    public ILparAgent For(LparDefinition lpar)
    {
        ArgumentNullException.ThrowIfNull(lpar);
        if (_agents.TryGetValue(lpar.Name, out var known) && Same(known.Definition, lpar))
        {
            return known.Agent;
        }

        // The agent it replaces may still be following a job for another grain, so it is left to the collector.
        var agent = Create(lpar);
        _agents[lpar.Name] = (lpar, agent);
        return agent;
    }

    public void Dispose()
    {
        foreach (var (_, agent) in _agents.Values)
        {
            agent.Dispose();
        }

        _agents.Clear();
    }

    private static bool Same(LparDefinition a, LparDefinition b) =>
        a.Zosmf == b.Zosmf && a.Hmc == b.Hmc && a.Credentials == b.Credentials;

    private ZosmfLparAgent Create(LparDefinition lpar)
    {
        var settings = options.Value;
        return new ZosmfLparAgent(
            new ZosmfAgentOptions
            {
                SystemName = lpar.Name,
                ZosmfBaseAddress = new Uri(lpar.Zosmf),
                HmcBaseAddress = lpar.Hmc is null ? null : new Uri(lpar.Hmc),
                HmcPartitionId = lpar.Hmc is null ? null : lpar.Name,
                Credentials = Credentials(lpar, settings),
                StatusPollInterval = settings.StatusPollInterval,
                IplPollInterval = settings.IplPollInterval,
                JobTimeout = settings.JobTimeout,
                IplTimeout = settings.IplTimeout,
                Resilience = settings.Resilience,
                TimeProvider = settings.Clock ?? time,
            },
            loggers.CreateLogger<ZosmfLparAgent>());
    }

    private static LparCredentials Credentials(LparDefinition lpar, LparAgentOptions settings)
    {
        if (lpar.Credentials is not { } reference)
        {
            return settings.DefaultCredentials ?? throw new LparAgentException(
                LparAgentErrorKind.Unauthorized, lpar.Name, "the fleet file gives no credentials for it and the silo has no default credentials");
        }

        var password = reference.PasswordEnv is { } variable ? Environment.GetEnvironmentVariable(variable) : null;
        if (string.IsNullOrEmpty(password))
        {
            throw new LparAgentException(
                LparAgentErrorKind.Unauthorized,
                lpar.Name,
                reference.PasswordEnv is null
                    ? $"credentials for user {reference.User} name no passwordEnv"
                    : $"environment variable {reference.PasswordEnv} (credentials.passwordEnv) is not set on the silo");
        }

        return LparCredentials.Basic(reference.User, password);
    }
}
