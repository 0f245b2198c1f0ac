using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace IMU.Zosmf.Resilience;

/// <summary>
/// The pipelines for one system's endpoint. <see cref="Guard"/> (circuit breaker around a per-call
/// timeout) wraps every call; reads also go through <see cref="ReadRetry"/> around the guard, so
/// one breaker sees every attempt. Writes are never retried here: a submit whose answer was lost
/// is resolved by looking the job up, not by sending it again.
/// </summary>
internal sealed class LparResiliencePipelines
{
    public LparResiliencePipelines(ResilienceSettings settings, TimeProvider timeProvider)
    {
        var transient = new PredicateBuilder<HttpResponseMessage>()
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>()
            .HandleResult(IsTransient);
        Guard = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = transient,
                FailureRatio = settings.BreakerFailureRatio,
                MinimumThroughput = settings.BreakerMinimumThroughput,
                SamplingDuration = settings.BreakerSamplingDuration,
                BreakDuration = settings.BreakDuration,
            })
            .AddTimeout(settings.CallTimeout)
            .Build();
        ReadRetry = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = transient,
                MaxRetryAttempts = settings.ReadRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryBaseDelay,
            })
            .Build();
    }

    public ResiliencePipeline<HttpResponseMessage> Guard { get; }

    public ResiliencePipeline<HttpResponseMessage> ReadRetry { get; }

    private static bool IsTransient(HttpResponseMessage response)
        => (int)response.StatusCode >= 500
            || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
}
