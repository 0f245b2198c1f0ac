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
    Task<SmpeJobResult> RunAsync(SmpeJob job, string operationId, CancellationToken cancellationToken = default);

    /// <summary>Reads the zone's SYSMOD entries (LIST SYSMODS) to reconcile after a failure.</summary>
    Task<ZoneState> ReadZoneStateAsync(string zone, string operationId, CancellationToken cancellationToken = default);

    /// <summary>Reads when and from which volume the system last IPLed (<c>D IPLINFO</c>).</summary>
    Task<IplInfo> GetIplInfoAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads the LPAR's status and last-used load address and parameter from the HMC.</summary>
    Task<LparStatus> GetLparStatusAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Loads the LPAR through the HMC (with <c>force</c> when it is operating) from <paramref name="load"/>,
    /// or the connection's load settings, or the LPAR's last-used values, follows the HMC job to its
    /// end, and waits until z/OSMF answers and <c>D IPLINFO</c> shows an IPL after the load started.
    /// A call with the same <paramref name="operationId"/> follows that IPL instead of loading again.
    /// </summary>
    Task<IplInfo> IplAsync(IplLoadSettings? load, string operationId, CancellationToken cancellationToken = default);
}
