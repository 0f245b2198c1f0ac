using System.Net.Http.Json;
using IMU.Zosmf.Http;

namespace IMU.Zosmf.Hmc;

/// <summary>
/// A Web Services API session with one HMC (<c>POST /api/sessions</c> with user id and password;
/// every later request carries <c>X-API-Session</c>). One HMC manages many LPARs, so the agents of
/// all of them share one session per HMC and user; it is renewed when the HMC says it expired
/// (403 reason 5) and logged off (<c>DELETE /api/sessions/this-session</c>) when disposed.
/// </summary>
internal sealed class HmcSession : IAsyncDisposable
{
    public const string SessionHeader = "X-API-Session";
    public const int ExpiredReason = 5;

    private readonly SemaphoreSlim _logon = new(1, 1);
    private readonly LparHttpChannel _channel;
    private readonly string _userId;
    private readonly string _password;
    private volatile string? _sessionId;

    public HmcSession(HttpClient http, Uri baseAddress, LparCredentials credentials)
    {
        _userId = credentials.UserId ?? throw new ArgumentException("The HMC takes a user id and password, not a token.", nameof(credentials));
        _password = credentials.Password!;
        BaseAddress = baseAddress;
        Endpoint = "hmc " + baseAddress.Authority + baseAddress.AbsolutePath;
        Http = http;
        _channel = Channel("HMC " + baseAddress.Authority);
    }

    public Uri BaseAddress { get; }

    /// <summary>The resilience pipeline (circuit breaker) of this HMC, shared by every LPAR it manages.</summary>
    public string Endpoint { get; }

    private HttpClient Http { get; }

    /// <summary>A channel to this HMC whose errors name <paramref name="systemName"/>.</summary>
    public LparHttpChannel Channel(string systemName) => new(Http, systemName, BaseAddress, Endpoint, Authorize);

    /// <summary>
    /// Sends a request in the session: logs on first when there is no session, and once more when
    /// the HMC answers that the session expired.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(LparHttpChannel channel, Func<LparHttpChannel, Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        var used = _sessionId ?? await LogonAsync(null, cancellationToken).ConfigureAwait(false);
        try
        {
            return await send(channel).ConfigureAwait(false);
        }
        catch (LparAgentException ex) when (ex.HttpStatus == 403 && ex.Reason == ExpiredReason)
        {
            await LogonAsync(used, cancellationToken).ConfigureAwait(false);
            return await send(channel).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_sessionId is not null)
        {
            try
            {
                using var response = await _channel.WriteAsync(HttpMethod.Delete, "api/sessions/this-session", null, "HMC logoff", CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is LparAgentException or ObjectDisposedException)
            {
                // The HMC ends an abandoned session itself when it expires.
            }

            _sessionId = null;
        }

        _logon.Dispose();
    }

    private void Authorize(HttpRequestMessage request)
    {
        if (_sessionId is { } session)
        {
            request.Headers.TryAddWithoutValidation(SessionHeader, session);
        }
    }

    /// <summary>Logs on unless another caller already replaced <paramref name="stale"/>; returns the session id.</summary>
    private async Task<string> LogonAsync(string? stale, CancellationToken cancellationToken)
    {
        await _logon.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_sessionId is { } current && current != stale)
            {
                return current;
            }

            _sessionId = null;
            var body = JsonContent.Create(new HmcLogonRequest(_userId, _password), ZosmfJsonContext.Default.HmcLogonRequest);
            using var response = await _channel.ReadAsync(HttpMethod.Post, "api/sessions", body, "HMC logon", cancellationToken).ConfigureAwait(false);
            var logon = await _channel.ReadJsonAsync(response, ZosmfJsonContext.Default.HmcLogonResponse, "HMC logon", cancellationToken).ConfigureAwait(false);
            _sessionId = logon.ApiSession;
            return logon.ApiSession;
        }
        finally
        {
            _logon.Release();
        }
    }
}
