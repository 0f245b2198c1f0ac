namespace IMU.Zosmf.Http;

/// <summary>
/// The names the agent's HTTP client and its resilience pipelines share: the named client, and the
/// request options that say which pipeline (circuit breaker) a request belongs to and whether it is
/// safe to send again.
/// </summary>
internal static class LparHttp
{
    /// <summary>The named HttpClient every agent uses; its handlers are pooled and shared.</summary>
    public const string ClientName = "IMU.Zosmf";

    /// <summary>The resilience pipeline of the named client.</summary>
    public const string PipelineName = "lpar";

    /// <summary>Which endpoint's pipeline a request goes through: one z/OSMF per system, one per HMC.</summary>
    public static readonly HttpRequestOptionsKey<string> Endpoint = new("IMU.Zosmf.Endpoint");

    /// <summary>True when sending the request again cannot do the work twice (reads, display commands).</summary>
    public static readonly HttpRequestOptionsKey<bool> SafeToRetry = new("IMU.Zosmf.SafeToRetry");

    public static string EndpointOf(HttpRequestMessage request)
        => request.Options.TryGetValue(Endpoint, out var endpoint) ? endpoint : request.RequestUri?.Authority ?? string.Empty;

    public static bool IsSafeToRetry(HttpRequestMessage? request)
        => request is not null && request.Options.TryGetValue(SafeToRetry, out var safe) && safe;
}
