using System.Collections.Concurrent;
using IMU.Grains.Models;
using IMU.Zosmf;
using IMU.Zosmf.Http;
using IMU.Zosmf.Results;
using Microsoft.Extensions.Options;

namespace IMU.Grains.Lpars;

/// <summary>
/// The agent for each LPAR, made by the connector's factory from the LPAR's fleet declaration and kept
/// until the declaration changes. Secrets are read from the silo's environment by the variable the
/// fleet file names, never stored.
/// </summary>
public sealed class LparAgents(ILparAgentFactory factory, IOptions<LparAgentOptions> options)
{
    private readonly ConcurrentDictionary<string, (LparDefinition Definition, ILparAgent Agent)> _agents = new(StringComparer.Ordinal);

    /// <summary>The agent for <paramref name="lpar"/>.</summary>
    /// <exception cref="LparAgentException">The credentials cannot be resolved.</exception>
    public ILparAgent For(LparDefinition lpar)
    {
        ArgumentNullException.ThrowIfNull(lpar);
        if (_agents.TryGetValue(lpar.Name, out var known) && known.Definition == lpar with { IplWindows = known.Definition.IplWindows })
        {
            return known.Agent;
        }

        var agent = factory.Create(new LparConnection
        {
            SystemName = lpar.Name,
            ZosmfBaseAddress = new Uri(lpar.Zosmf),
            HmcBaseAddress = lpar.Hmc is null ? null : new Uri(lpar.Hmc),
            Credentials = Credentials(lpar),
            Load = lpar.Load is { } load ? new IplLoadSettings(load.Address, load.Parameter) : null,
        });
        _agents[lpar.Name] = (lpar, agent);
        return agent;
    }

    private LparCredentials Credentials(LparDefinition lpar)
    {
        if (lpar.Credentials is not { } reference)
        {
            return options.Value.DefaultCredentials ?? throw new LparAgentException(
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
