using System.Net.Http.Json;
using IMU.Zosmf.Http;
using IMU.Zosmf.Results;

namespace IMU.Zosmf.Hmc;

/// <summary>
/// The HMC Web Services subset for one LPAR: find the partition by name, read its status and
/// last-used load values, load it, and follow and delete the load's job.
/// </summary>
internal sealed class HmcClient(HmcSession session, string systemName, string partitionName)
{
    private readonly LparHttpChannel _channel = session.Channel(systemName);
    private string? _partitionUri;

    public async Task<LparStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        var uri = await PartitionUriAsync(cancellationToken).ConfigureAwait(false);
        using var response = await SendAsync(c => c.ReadAsync(HttpMethod.Get, Relative(uri), null, "HMC partition", cancellationToken), cancellationToken).ConfigureAwait(false);
        var partition = await _channel.ReadJsonAsync(response, ZosmfJsonContext.Default.HmcPartition, "HMC partition", cancellationToken).ConfigureAwait(false);
        IplLoadSettings? lastUsed = null;
        if (partition.LastUsedLoadAddress is { Length: > 0 } address)
        {
            try
            {
                lastUsed = new IplLoadSettings(address, partition.LastUsedLoadParameter?.Trim() ?? string.Empty);
            }
            catch (ArgumentException ex)
            {
                throw new LparAgentException(LparAgentErrorKind.ProtocolError, systemName, $"HMC partition {partitionName}: {ex.Message}", ex);
            }
        }

        return new LparStatus(systemName, partition.Status, lastUsed);
    }

    /// <summary>Starts a load and returns its job URI. A load changes the system, so it is sent once and never retried here.</summary>
    public async Task<string> LoadAsync(IplLoadSettings settings, bool force, CancellationToken cancellationToken)
    {
        var uri = await PartitionUriAsync(cancellationToken).ConfigureAwait(false);
        var body = new HmcLoadRequest(settings.LoadAddress, settings.LoadParameter, force);
        using var response = await SendAsync(
            c => c.WriteAsync(HttpMethod.Post, Relative(uri) + "/operations/load", JsonContent.Create(body, ZosmfJsonContext.Default.HmcLoadRequest), "HMC load", cancellationToken),
            cancellationToken).ConfigureAwait(false);
        var job = await _channel.ReadJsonAsync(response, ZosmfJsonContext.Default.HmcJob, "HMC load", cancellationToken).ConfigureAwait(false);
        return job.JobUri ?? throw new LparAgentException(LparAgentErrorKind.ProtocolError, systemName, "HMC load: no job-uri in the answer.");
    }

    public async Task<HmcJob> GetJobAsync(string jobUri, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(c => c.ReadAsync(HttpMethod.Get, Relative(jobUri), null, "HMC job", cancellationToken), cancellationToken).ConfigureAwait(false);
        return await _channel.ReadJsonAsync(response, ZosmfJsonContext.Default.HmcJob, "HMC job", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes a finished job; deleting it twice is harmless, so this is retried like a read.</summary>
    public async Task DeleteJobAsync(string jobUri, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(c => c.ReadAsync(HttpMethod.Delete, Relative(jobUri), null, "HMC delete job", cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    private Task<HttpResponseMessage> SendAsync(Func<LparHttpChannel, Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
        => session.SendAsync(_channel, send, cancellationToken);

    /// <summary>The partition's object URI, found once by name among the partitions the user may see.</summary>
    private async Task<string> PartitionUriAsync(CancellationToken cancellationToken)
    {
        if (_partitionUri is { } known)
        {
            return known;
        }

        var path = "api/console/operations/list-permitted-logical-partitions?name=" + Uri.EscapeDataString(NamePattern(partitionName));
        using var response = await SendAsync(c => c.ReadAsync(HttpMethod.Get, path, null, "HMC list partitions", cancellationToken), cancellationToken).ConfigureAwait(false);
        var list = await _channel.ReadJsonAsync(response, ZosmfJsonContext.Default.HmcPartitionList, "HMC list partitions", cancellationToken).ConfigureAwait(false);
        var partition = list.Partitions.SingleOrDefault(p => p.Name == partitionName)
            ?? throw new LparAgentException(LparAgentErrorKind.NotConfigured, systemName, $"the HMC at {session.BaseAddress} has no logical partition named {partitionName} that this user may see.");
        _partitionUri = partition.ObjectUri;
        return partition.ObjectUri;
    }

    /// <summary>The HMC filters by regular expression; LPAR names may hold <c>$</c>, which must match itself.</summary>
    private static string NamePattern(string name) => "^" + name.Replace("$", "\\$", StringComparison.Ordinal) + "$";

    private static string Relative(string uri) => uri.TrimStart('/');
}
