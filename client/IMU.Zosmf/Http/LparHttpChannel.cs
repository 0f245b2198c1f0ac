using System.Net;
using IMU.Zosmf.Resilience;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace IMU.Zosmf.Http;

/// <summary>
/// One HTTP endpoint of one system (z/OSMF or HMC) with its credentials and resilience pipelines.
/// Every request carries the Authorization and <c>X-CSRF-ZOSMF-HEADER</c> headers; every failure
/// becomes an <see cref="LparAgentException"/> whose message names the call, never a header.
/// </summary>
internal sealed class LparHttpChannel : IDisposable
{
    public const string CsrfHeader = "X-CSRF-ZOSMF-HEADER";

    private readonly HttpClient _http;
    private readonly LparCredentials _credentials;
    private readonly LparResiliencePipelines _pipelines;

    public LparHttpChannel(string systemName, Uri baseAddress, LparCredentials credentials, HttpMessageHandler handler, LparResiliencePipelines pipelines)
    {
        SystemName = systemName;
        _credentials = credentials;
        _pipelines = pipelines;
        var root = baseAddress.AbsoluteUri.EndsWith('/') ? baseAddress : new Uri(baseAddress.AbsoluteUri + "/");
        _http = new HttpClient(handler, disposeHandler: true) { BaseAddress = root, Timeout = Timeout.InfiniteTimeSpan };
    }

    public string SystemName { get; }

    /// <summary>A call that is safe to repeat: retried with backoff on transient failures.</summary>
    public Task<HttpResponseMessage> ReadAsync(Func<HttpRequestMessage> request, string what, CancellationToken cancellationToken)
        => SendAsync(request, what, retry: true, cancellationToken);

    /// <summary>A call that changes something: sent once.</summary>
    public Task<HttpResponseMessage> WriteAsync(Func<HttpRequestMessage> request, string what, CancellationToken cancellationToken)
        => SendAsync(request, what, retry: false, cancellationToken);

    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> request, string what, bool retry, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = retry
                ? await _pipelines.ReadRetry.ExecuteAsync(
                    async ct => await _pipelines.Guard.ExecuteAsync(ct2 => SendOnceAsync(request, ct2), ct).ConfigureAwait(false),
                    cancellationToken).ConfigureAwait(false)
                : await _pipelines.Guard.ExecuteAsync(ct => SendOnceAsync(request, ct), cancellationToken).ConfigureAwait(false);
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

        var status = (int)response.StatusCode;
        response.Dispose();
        var kind = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            ? LparAgentErrorKind.Unauthorized
            : LparAgentErrorKind.HttpError;
        throw new LparAgentException(kind, SystemName, $"{what}: HTTP {status}.") { HttpStatus = status };
    }

    private async ValueTask<HttpResponseMessage> SendOnceAsync(Func<HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        using var message = request();
        message.Headers.Authorization = _credentials.ToHeader();
        message.Headers.TryAddWithoutValidation(CsrfHeader, "true");
        return await _http.SendAsync(message, cancellationToken).ConfigureAwait(false);
    }
}
