using IMU.Zosmf.Results;

namespace IMU.Zosmf.Hmc;

/// <summary>
/// One IPL an agent was asked for, kept by the agent factory under its operation id so that a retry
/// with the same id follows this load instead of loading again. Its fields change only under <see cref="Gate"/>.
/// </summary>
internal sealed class IplOperation
{
    /// <summary>One caller at a time requests or follows the load.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>When the load was requested; the IPL is complete when <c>D IPLINFO</c> shows a later IPL time. Null until requested.</summary>
    public DateTimeOffset? Started { get; set; }

    /// <summary>What was loaded; null until requested.</summary>
    public IplLoadSettings? Load { get; set; }

    /// <summary>The HMC job of the load; null until the HMC accepted it (or when its answer was lost).</summary>
    public string? JobUri { get; set; }

    /// <summary>True once the load job completed successfully (and was deleted).</summary>
    public bool LoadCompleted { get; set; }

    /// <summary>The IPL information once the system answered after the load.</summary>
    public IplInfo? Result { get; set; }

    /// <summary>Back to not requested: the HMC refused the load, or no trace of it appeared, so a retry may load again.</summary>
    public void Reset()
    {
        Started = null;
        Load = null;
        JobUri = null;
        LoadCompleted = false;
    }
}
