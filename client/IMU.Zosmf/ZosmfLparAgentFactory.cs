using System.Collections.Concurrent;
using IMU.Zosmf.Hmc;
using IMU.Zosmf.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IMU.Zosmf;

/// <summary>
/// Creates <see cref="ZosmfLparAgent"/>s. Its agents share the pooled HTTP client, one HMC session per
/// HMC and user, and the record of IPLs in progress, so an agent created again for the same LPAR (a
/// grain reactivated) follows what an earlier one started. Disposing it logs off the HMC sessions.
/// </summary>
public sealed class ZosmfLparAgentFactory : ILparAgentFactory, IAsyncDisposable
{
    private readonly IHttpClientFactory _http;
    private readonly HttpClient _sessionClient;
    private readonly ZosmfAgentOptions _options;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggers;
    private readonly ConcurrentDictionary<(Uri Hmc, string User), HmcSession> _sessions = new();
    private readonly IplOperations _ipls = new();

    public ZosmfLparAgentFactory(IHttpClientFactory http, IOptions<ZosmfAgentOptions> options, TimeProvider time, ILoggerFactory? loggers = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _http = http;
        _options = options.Value;
        _time = time;
        _loggers = loggers ?? NullLoggerFactory.Instance;

        // Created here so that the client's resilience pipelines are created before this factory and,
        // in a container, disposed after it: the HMC logoffs at dispose still have their pipelines.
        _sessionClient = http.CreateClient(LparHttp.ClientName);
    }

    /// <inheritdoc />
    public ILparAgent Create(LparConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        RequireName(connection.SystemName, nameof(connection.SystemName));
        RequireHttp(connection.ZosmfBaseAddress, nameof(connection.ZosmfBaseAddress));
        ArgumentNullException.ThrowIfNull(connection.Credentials, nameof(connection.Credentials));
        HmcClient? hmc = null;
        if (connection.HmcBaseAddress is { } hmcAddress)
        {
            RequireHttp(hmcAddress, nameof(connection.HmcBaseAddress));
            var credentials = connection.HmcCredentials ?? connection.Credentials;
            if (credentials.UserId is null)
            {
                throw new ArgumentException($"{connection.SystemName}: the HMC takes a user id and password, not a token (set HmcCredentials).", nameof(connection));
            }

            var partition = connection.PartitionName ?? connection.SystemName;
            RequireName(partition, nameof(connection.PartitionName));
            var session = _sessions.GetOrAdd((hmcAddress, credentials.UserId), key => new HmcSession(_sessionClient, key.Hmc, credentials));
            hmc = new HmcClient(session, connection.SystemName, partition);
        }

        return new ZosmfLparAgent(connection, _options, _http.CreateClient(LparHttp.ClientName), hmc, _ipls, _time, _loggers.CreateLogger<ZosmfLparAgent>());
    }

    /// <summary>Logs off every HMC session.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var session in _sessions.Values)
        {
            await session.DisposeAsync().ConfigureAwait(false);
        }

        _sessions.Clear();
    }

    private static void RequireName(string name, string what)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 8 || !name.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is '@' or '#' or '$'))
        {
            throw new ArgumentException($"{what} '{name}' must be 1 to 8 of A-Z, 0-9, @, # and $ (an LPAR name).", what);
        }
    }

    private static void RequireHttp(Uri? address, string what)
    {
        if (address is not { IsAbsoluteUri: true } || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"{what} must be an absolute http or https address, not '{address}'.", what);
        }
    }
}
