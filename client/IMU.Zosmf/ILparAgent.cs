using IMU.Zosmf.Commands;
using IMU.Zosmf.Results;

namespace IMU.Zosmf;

/// <summary>
/// The one interface through which grains act on a system: SMP/E commands against its zones,
/// its zones' real state, and its IPLs. Failures without a job result throw
/// <see cref="LparAgentException"/>; a job that ran and failed is a result, not an exception.
/// </summary>
public interface ILparAgent
{
    /// <summary>The system (LPAR) this agent acts on.</summary>
    string SystemName { get; }

    /// <summary>
    /// Runs one SMP/E command in a GIMSMP job and waits for its result. <paramref name="operationId"/>
    /// is the caller's idempotency key: calling again with the same id follows the job already
    /// submitted for it instead of running the command twice.
    /// </summary>
    Task<SmpeJobResult> RunAsync(SmpeCommand command, string operationId, CancellationToken cancellationToken = default);

    /// <summary>Reads the zone's SYSMOD entries (LIST SYSMODS) to reconcile after a failure.</summary>
    Task<ZoneState> ReadZoneStateAsync(string zone, string operationId, CancellationToken cancellationToken = default);

    /// <summary>Reads when and from which volume the system last IPLed.</summary>
    Task<IplInfo> GetIplInfoAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads the LPAR's status and last and next load settings from the HMC.</summary>
    Task<LparStatus> GetLparStatusAsync(CancellationToken cancellationToken = default);

    /// <summary>Sets what the next IPL loads (the staged sysres and load parameter).</summary>
    Task SetNextIplAsync(IplLoadSettings settings, CancellationToken cancellationToken = default);

    /// <summary>Loads the LPAR with its next-IPL settings and waits until the system is up again.</summary>
    Task<IplInfo> IplAsync(CancellationToken cancellationToken = default);
}
