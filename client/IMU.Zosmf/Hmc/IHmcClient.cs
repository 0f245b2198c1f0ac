using IMU.Zosmf.Results;

namespace IMU.Zosmf.Hmc;

/// <summary>
/// The HMC Web Services subset the agent needs for IPLs, modelled on the logical-partition
/// operations: read the partition, set its next load, load it, follow the asynchronous job.
/// </summary>
public interface IHmcClient
{
    /// <summary>Reads the partition's status and last and next load settings.</summary>
    Task<LparStatus> GetPartitionAsync(CancellationToken cancellationToken = default);

    /// <summary>Sets the load address and load parameter the next load uses.</summary>
    Task SetNextLoadAsync(IplLoadSettings settings, CancellationToken cancellationToken = default);

    /// <summary>Starts a load; returns the job URI to follow.</summary>
    Task<string> LoadAsync(IplLoadSettings settings, CancellationToken cancellationToken = default);

    /// <summary>True once the load job is complete; throws when it ended with an error status code.</summary>
    Task<bool> IsJobCompleteAsync(string jobUri, CancellationToken cancellationToken = default);
}
