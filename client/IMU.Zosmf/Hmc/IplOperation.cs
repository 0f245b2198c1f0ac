using IMU.Zosmf.Results;

namespace IMU.Zosmf.Hmc;

/// <summary>
/// One IPL an agent started, kept by the agent factory under its operation id so that a retry with
/// the same id follows this load instead of loading again.
/// </summary>
internal sealed class IplOperation(DateTimeOffset started, IplLoadSettings load)
{
    /// <summary>When the load was requested; the IPL is complete when <c>D IPLINFO</c> shows a later IPL time.</summary>
    public DateTimeOffset Started { get; } = started;

    public IplLoadSettings Load { get; } = load;

    /// <summary>The HMC job of the load; null until the HMC accepted it (or when its answer was lost).</summary>
    public string? JobUri { get; set; }

    /// <summary>True once the load job completed successfully (and was deleted).</summary>
    public bool LoadCompleted { get; set; }

    /// <summary>The IPL information once the system answered after the load.</summary>
    public IplInfo? Result { get; set; }

    /// <summary>One caller at a time follows the operation.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);
}
