using System.Net.Http.Json;
using System.Text;
using IMU.Zosmf.Http;

namespace IMU.Zosmf.Jobs;

/// <summary>The z/OSMF jobs REST subset: submit JCL, job status, list by prefix/owner, spool files and records.</summary>
internal sealed class ZosmfJobsClient(LparHttpChannel channel)
{
    private const string Jobs = "zosmf/restjobs/jobs";

    public async Task<ZosmfJob> SubmitAsync(string jcl, string jobClass, CancellationToken cancellationToken)
    {
        using var response = await channel.WriteAsync(
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Put, Jobs)
                {
                    Content = new StringContent(jcl, Encoding.UTF8, "text/plain"),
                };
                request.Headers.Add("X-IBM-Intrdr-Class", jobClass);
                request.Headers.Add("X-IBM-Intrdr-Recfm", "F");
                request.Headers.Add("X-IBM-Intrdr-Lrecl", "80");
                request.Headers.Add("X-IBM-Intrdr-Mode", "TEXT");
                return request;
            },
            "submit job",
            cancellationToken).ConfigureAwait(false);
        return await ReadJsonAsync(response, ZosmfJsonContext.Default.ZosmfJob, "submit job", cancellationToken).ConfigureAwait(false);
    }

    public async Task<ZosmfJob> GetStatusAsync(string jobName, string jobId, CancellationToken cancellationToken)
    {
        var what = $"job status {jobName}({jobId})";
        using var response = await channel.ReadAsync(() => new HttpRequestMessage(HttpMethod.Get, $"{Jobs}/{jobName}/{jobId}"), what, cancellationToken).ConfigureAwait(false);
        return await ReadJsonAsync(response, ZosmfJsonContext.Default.ZosmfJob, what, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ZosmfJob>> ListAsync(string owner, string prefix, CancellationToken cancellationToken)
    {
        var what = $"list jobs {prefix}";
        var uri = $"{Jobs}?owner={Uri.EscapeDataString(owner)}&prefix={Uri.EscapeDataString(prefix)}";
        using var response = await channel.ReadAsync(() => new HttpRequestMessage(HttpMethod.Get, uri), what, cancellationToken).ConfigureAwait(false);
        return await ReadJsonAsync(response, ZosmfJsonContext.Default.ListZosmfJob, what, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SpoolFile>> ListFilesAsync(string jobName, string jobId, CancellationToken cancellationToken)
    {
        var what = $"spool files {jobName}({jobId})";
        using var response = await channel.ReadAsync(() => new HttpRequestMessage(HttpMethod.Get, $"{Jobs}/{jobName}/{jobId}/files"), what, cancellationToken).ConfigureAwait(false);
        return await ReadJsonAsync(response, ZosmfJsonContext.Default.ListSpoolFile, what, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a spool file's records as text; <paramref name="fileId"/> <c>JCL</c> reads the submitted JCL.</summary>
    public async Task<string> ReadRecordsAsync(string jobName, string jobId, string fileId, CancellationToken cancellationToken)
    {
        var what = $"spool {jobName}({jobId}) file {fileId}";
        using var response = await channel.ReadAsync(
            () => new HttpRequestMessage(HttpMethod.Get, $"{Jobs}/{jobName}/{jobId}/files/{fileId}/records?mode=text"),
            what,
            cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync(type, cancellationToken).ConfigureAwait(false)
                ?? throw new LparAgentException(LparAgentErrorKind.ProtocolError, channel.SystemName, $"{what}: empty answer.");
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new LparAgentException(LparAgentErrorKind.ProtocolError, channel.SystemName, $"{what}: answer is not the expected JSON.", ex);
        }
    }
}
