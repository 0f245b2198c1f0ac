using System.Globalization;
using System.Text;
using IMU.Zosmf.Http;

namespace IMU.Zosmf.Jobs;

/// <summary>The z/OSMF jobs REST subset: submit JCL, job status, list by prefix/owner, spool files and records.</summary>
internal sealed class ZosmfJobsClient(LparHttpChannel channel, string internalReaderClass)
{
    private const string Jobs = "zosmf/restjobs/jobs";

    /// <summary>
    /// Submits JCL text. <c>X-IBM-Intrdr-Class</c> is the internal reader's class, not the job class
    /// (that is <c>CLASS=</c> on the JOB card); the records are fixed 80-byte card images.
    /// </summary>
    public async Task<ZosmfJob> SubmitAsync(string jcl, CancellationToken cancellationToken)
    {
        KeyValuePair<string, string>[] headers =
        [
            new("X-IBM-Intrdr-Class", internalReaderClass),
            new("X-IBM-Intrdr-Recfm", "F"),
            new("X-IBM-Intrdr-Lrecl", "80"),
            new("X-IBM-Intrdr-Mode", "TEXT"),
        ];
        using var response = await channel.WriteAsync(HttpMethod.Put, Jobs, new StringContent(jcl, Encoding.UTF8, "text/plain"), "submit job", cancellationToken, headers).ConfigureAwait(false);
        return await channel.ReadJsonAsync(response, ZosmfJsonContext.Default.ZosmfJob, "submit job", cancellationToken).ConfigureAwait(false);
    }

    public async Task<ZosmfJob> GetStatusAsync(string jobName, string jobId, CancellationToken cancellationToken)
    {
        var what = $"job status {jobName}({jobId})";
        using var response = await channel.ReadAsync(HttpMethod.Get, $"{Jobs}/{jobName}/{jobId}", null, what, cancellationToken).ConfigureAwait(false);
        return await channel.ReadJsonAsync(response, ZosmfJsonContext.Default.ZosmfJob, what, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ZosmfJob>> ListAsync(string owner, string prefix, CancellationToken cancellationToken)
    {
        var what = $"list jobs {prefix}";
        var uri = $"{Jobs}?owner={Uri.EscapeDataString(owner)}&prefix={Uri.EscapeDataString(prefix)}";
        using var response = await channel.ReadAsync(HttpMethod.Get, uri, null, what, cancellationToken).ConfigureAwait(false);
        return await channel.ReadJsonAsync(response, ZosmfJsonContext.Default.ListZosmfJob, what, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SpoolFile>> ListFilesAsync(string jobName, string jobId, CancellationToken cancellationToken)
    {
        var what = $"spool files {jobName}({jobId})";
        using var response = await channel.ReadAsync(HttpMethod.Get, $"{Jobs}/{jobName}/{jobId}/files", null, what, cancellationToken).ConfigureAwait(false);
        return await channel.ReadJsonAsync(response, ZosmfJsonContext.Default.ListSpoolFile, what, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a spool file's records as text; <paramref name="fileId"/> <c>JCL</c> reads the submitted JCL.</summary>
    public Task<string> ReadRecordsAsync(string jobName, string jobId, int fileId, CancellationToken cancellationToken)
        => ReadRecordsAsync(jobName, jobId, fileId.ToString(CultureInfo.InvariantCulture), cancellationToken);

    public async Task<string> ReadRecordsAsync(string jobName, string jobId, string fileId, CancellationToken cancellationToken)
    {
        var what = $"spool {jobName}({jobId}) file {fileId}";
        using var response = await channel.ReadAsync(HttpMethod.Get, $"{Jobs}/{jobName}/{jobId}/files/{fileId}/records?mode=text", null, what, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }
}
