using System.Net.Http.Json;
using IMU.Zosmf.Http;
using IMU.Zosmf.Results;

namespace IMU.Zosmf.Hmc;

/// <summary>
/// HMC Web Services over HTTP: <c>GET /api/logical-partitions/{id}</c>,
/// <c>POST /api/logical-partitions/{id}</c> (next-load properties),
/// <c>POST /api/logical-partitions/{id}/operations/load</c> (202 + job-uri) and <c>GET /api/jobs/{id}</c>.
/// </summary>
internal sealed class HmcClient(LparHttpChannel channel, string partitionId) : IHmcClient
{
    private string Partition => $"api/logical-partitions/{Uri.EscapeDataString(partitionId)}";

    public async Task<LparStatus> GetPartitionAsync(CancellationToken cancellationToken = default)
    {
        using var response = await channel.ReadAsync(() => new HttpRequestMessage(HttpMethod.Get, Partition), "HMC partition", cancellationToken).ConfigureAwait(false);
        var partition = await response.Content.ReadFromJsonAsync(ZosmfJsonContext.Default.HmcPartition, cancellationToken).ConfigureAwait(false)
            ?? throw new LparAgentException(LparAgentErrorKind.ProtocolError, channel.SystemName, "HMC partition: empty answer.");
        return new LparStatus(
            channel.SystemName,
            partition.Status,
            new IplLoadSettings(partition.LastUsedLoadAddress, partition.LastUsedLoadParameter),
            new IplLoadSettings(partition.NextLoadAddress, partition.NextLoadParameter));
    }

    public async Task SetNextLoadAsync(IplLoadSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);

        // Setting a property to the same value twice is harmless, so this write may be retried.
        using var response = await channel.ReadAsync(
            () => new HttpRequestMessage(HttpMethod.Post, Partition) { Content = Body(settings) },
            "HMC set next load",
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<string> LoadAsync(IplLoadSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var response = await channel.WriteAsync(
            () => new HttpRequestMessage(HttpMethod.Post, $"{Partition}/operations/load") { Content = Body(settings) },
            "HMC load",
            cancellationToken).ConfigureAwait(false);
        var job = await response.Content.ReadFromJsonAsync(ZosmfJsonContext.Default.HmcJob, cancellationToken).ConfigureAwait(false);
        return job?.JobUri ?? throw new LparAgentException(LparAgentErrorKind.ProtocolError, channel.SystemName, "HMC load: no job-uri in the answer.");
    }

    public async Task<bool> IsJobCompleteAsync(string jobUri, CancellationToken cancellationToken = default)
    {
        var relative = jobUri.TrimStart('/');
        using var response = await channel.ReadAsync(() => new HttpRequestMessage(HttpMethod.Get, relative), "HMC job", cancellationToken).ConfigureAwait(false);
        var job = await response.Content.ReadFromJsonAsync(ZosmfJsonContext.Default.HmcJob, cancellationToken).ConfigureAwait(false);
        if (job?.Status != "complete")
        {
            return false;
        }

        return job.JobStatusCode is >= 200 and < 300
            ? true
            : throw new LparAgentException(LparAgentErrorKind.HttpError, channel.SystemName, $"HMC load job ended with status {job.JobStatusCode}, reason {job.JobReasonCode}.")
            {
                HttpStatus = job.JobStatusCode,
            };
    }

    private static JsonContent Body(IplLoadSettings settings)
        => JsonContent.Create(new HmcLoadRequest(settings.LoadAddress, settings.LoadParameter), ZosmfJsonContext.Default.HmcLoadRequest);
}
