using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace IMU.Zosmf.Http;

/// <summary>
/// One HTTP endpoint (a system's z/OSMF, or an HMC) as the agent calls it: requests relative to the
/// base address, marked with their endpoint and whether they may be retried, authorized, and every
/// failure turned into an <see cref="LparAgentException"/> whose message names the call and carries
/// the server's message, never a credential.
/// </summary>
internal sealed class LparHttpChannel(HttpClient http, string systemName, Uri baseAddress, string endpoint, Action<HttpRequestMessage> authorize)
{
    public const string CsrfHeader = "X-CSRF-ZOSMF-HEADER";

    private readonly Uri _root = baseAddress.AbsoluteUri.EndsWith('/') ? baseAddress : new Uri(baseAddress.AbsoluteUri + "/");

    public string SystemName { get; } = systemName;

    public Uri BaseAddress => _root;

    /// <summary>A call that is safe to repeat: the pipeline retries it with backoff on transient failures.</summary>
    public Task<HttpResponseMessage> ReadAsync(HttpMethod method, string path, HttpContent? content, string what, CancellationToken cancellationToken)
        => SendAsync(method, path, content, what, retry: true, cancellationToken);

    /// <summary>A call that changes something: sent once.</summary>
    public Task<HttpResponseMessage> WriteAsync(HttpMethod method, string path, HttpContent? content, string what, CancellationToken cancellationToken, IEnumerable<KeyValuePair<string, string>>? headers = null)
        => SendAsync(method, path, content, what, retry: false, cancellationToken, headers);

    /// <summary>Reads a JSON answer; a body that is not the expected JSON is a protocol error.</summary>
    public async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync(type, cancellationToken).ConfigureAwait(false)
                ?? throw new LparAgentException(LparAgentErrorKind.ProtocolError, SystemName, $"{what}: empty answer.");
        }
        catch (JsonException ex)
        {
            throw new LparAgentException(LparAgentErrorKind.ProtocolError, SystemName, $"{what}: the answer is not the expected JSON.", ex);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, string what, bool retry, CancellationToken cancellationToken, IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(_root, path)) { Content = content };
        foreach (var (name, value) in headers ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        request.Options.Set(LparHttp.Endpoint, endpoint);
        request.Options.Set(LparHttp.SafeToRetry, retry);
        request.Headers.TryAddWithoutValidation(CsrfHeader, "true");
        authorize(request);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException ex)
        {
            throw new LparAgentException(LparAgentErrorKind.CircuitOpen, SystemName, $"{what}: circuit open after repeated failures; not called.", ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new LparAgentException(LparAgentErrorKind.Timeout, SystemName, $"{what}: no answer within the call timeout.", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new LparAgentException(LparAgentErrorKind.Unreachable, SystemName, $"{what}: {ex.HttpRequestError} ({ex.Message})", ex);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var body = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
            var kind = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                ? LparAgentErrorKind.Unauthorized
                : LparAgentErrorKind.HttpError;
            var detail = body?.Message is { Length: > 0 } message
                ? $": {message}" + (body.Rc is { } rc ? $" (rc {rc}, reason {body.Reason})" : body.Reason is { } reason ? $" (reason {reason})" : string.Empty)
                : string.Empty;
            throw new LparAgentException(kind, SystemName, $"{what}: HTTP {status}{detail}.") { HttpStatus = status, Reason = body?.Reason };
        }
    }

    private static async Task<ErrorBody?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return null;
        }

        try
        {
            return await response.Content.ReadFromJsonAsync(ZosmfJsonContext.Default.ErrorBody, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
