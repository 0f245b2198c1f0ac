using System.Net;
using IMU.Zosmf.Http;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace IMU.Zosmf.Resilience;

/// <summary>
/// The resilience pipeline of the agents' HTTP client, one instance per endpoint (a system's z/OSMF,
/// an HMC): retries outermost, then the circuit breaker, then the per-attempt timeout, so the
/// breaker sees every attempt. Only requests marked safe to send again are retried; a submit or a
/// load whose answer was lost is resolved by the agent looking it up, never by sending it again.
/// </summary>
internal static class LparResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceSettings settings, TimeProvider timeProvider)
    {
        builder.TimeProvider = timeProvider;
        builder
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = args => ValueTask.FromResult(LparHttp.IsSafeToRetry(args.Context.GetRequestMessage()) && IsTransient(args.Outcome)),
                MaxRetryAttempts = settings.ReadRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryBaseDelay,
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                FailureRatio = settings.BreakerFailureRatio,
                MinimumThroughput = settings.BreakerMinimumThroughput,
                SamplingDuration = settings.BreakerSamplingDuration,
                BreakDuration = settings.BreakDuration,
            })
            .AddTimeout(settings.CallTimeout);
    }

    /// <summary>A dropped connection, a timeout, a 5xx, 408 or 429: worth another attempt later.</summary>
    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests,
        _ => false,
    };
}
