using IMU.Grains;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IMU.Silo.Health;

/// <summary>
/// Ready means the silo serves grain calls: a probe grain keyed by this silo answers a read (which
/// writes nothing, so probing often costs only the call) within a few seconds.
/// </summary>
internal sealed class GrainCallReadinessCheck(IGrainFactory grains, ILocalSiloDetails silo) : IHealthCheck
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var reading = await grains.GetGrain<IProbeGrain>($"readiness-{silo.SiloAddress.ToParsableString()}")
                .ReadAsync()
                .WaitAsync(s_timeout, cancellationToken);
            return HealthCheckResult.Healthy($"grain calls answered (by {reading.Silo})");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("grain calls are not answered yet", ex);
        }
    }
}
