using System.Diagnostics;
using System.Text.RegularExpressions;
using IMU.Zosmf.Commands;
using IMU.Zosmf.Console;
using IMU.Zosmf.Diagnostics;
using IMU.Zosmf.Hmc;
using IMU.Zosmf.Http;
using IMU.Zosmf.Jcl;
using IMU.Zosmf.Jobs;
using IMU.Zosmf.Resilience;
using IMU.Zosmf.Results;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IMU.Zosmf;

/// <summary>
/// <see cref="ILparAgent"/> over z/OSMF REST (jobs and console) and the HMC Web Services. One
/// instance per system: it owns that system's circuit breakers.
/// </summary>
public sealed partial class ZosmfLparAgent : ILparAgent, IDisposable
{
    private readonly ZosmfAgentOptions _options;
    private readonly ILogger _logger;
    private readonly LparHttpChannel _zosmf;
    private readonly LparHttpChannel? _hmcChannel;
    private readonly ZosmfJobsClient _jobs;
    private readonly ZosmfConsoleClient _console;
    private readonly IHmcClient? _hmc;

    public ZosmfLparAgent(ZosmfAgentOptions options, ILogger<ZosmfLparAgent>? logger = null, IHmcClient? hmcClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _logger = logger ?? NullLogger<ZosmfLparAgent>.Instance;
        _zosmf = new LparHttpChannel(
            options.SystemName,
            options.ZosmfBaseAddress,
            options.Credentials,
            LparHttpHandlers.Create(options.ZosmfBaseAddress, options.TrustedRoots),
            new LparResiliencePipelines(options.Resilience, options.TimeProvider));
        _jobs = new ZosmfJobsClient(_zosmf);
        _console = new ZosmfConsoleClient(_zosmf);
        _hmc = hmcClient;
        if (_hmc is null && options.HmcBaseAddress is not null && options.HmcPartitionId is not null)
        {
            _hmcChannel = new LparHttpChannel(
                options.SystemName,
                options.HmcBaseAddress,
                options.HmcCredentials ?? options.Credentials,
                LparHttpHandlers.Create(options.HmcBaseAddress, options.TrustedRoots),
                new LparResiliencePipelines(options.Resilience, options.TimeProvider));
            _hmc = new HmcClient(_hmcChannel, options.HmcPartitionId);
        }
    }

    /// <inheritdoc />
    public string SystemName => _options.SystemName;

    private string JobOwner => _options.JobOwner ?? _options.Credentials.UserId ?? "*";

    /// <inheritdoc />
    public async Task<SmpeJobResult> RunAsync(SmpeCommand command, string operationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        using var activity = StartActivity($"smpe {command.Verb}");
        activity?.SetTag(ZosmfTelemetry.ZoneTag, command.Zone);
        activity?.SetTag(ZosmfTelemetry.VerbTag, command.Verb);
        try
        {
            var marker = JobMarker.For(operationId);
            var jcl = GimsmpJobBuilder.Build(command, marker, new GimsmpJobOptions(_options.GlobalCsi, _options.JobClass));
            var (job, followed) = await SubmitOnceAsync(marker, jcl, command, cancellationToken).ConfigureAwait(false);
            activity?.SetTag(ZosmfTelemetry.JobNameTag, job.JobName);
            activity?.SetTag(ZosmfTelemetry.JobIdTag, job.JobId);
            activity?.SetTag(ZosmfTelemetry.FollowedTag, followed);
            var ended = await WaitForOutputAsync(job, cancellationToken).ConfigureAwait(false);
            var result = await ReadResultAsync(command, ended, followed, cancellationToken).ConfigureAwait(false);
            LogEnded(SystemName, result.JobName, result.JobId, result.Retcode);
            activity?.SetTag(ZosmfTelemetry.RetcodeTag, result.Retcode);
            activity?.SetTag(ZosmfTelemetry.ReturnCodeTag, result.ReturnCode);
            activity?.SetStatus(result.Succeeded ? ActivityStatusCode.Ok : ActivityStatusCode.Error, result.Retcode);
            return result;
        }
        catch (LparAgentException ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<ZoneState> ReadZoneStateAsync(string zone, string operationId, CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(new ListCommand(zone), operationId, cancellationToken).ConfigureAwait(false);
        return result.Succeeded
            ? new ZoneState(SystemName, zone, result.Listed)
            : throw new LparAgentException(LparAgentErrorKind.JobFailed, SystemName, $"LIST of zone {zone} ended {result.Retcode} ({result.JobName}({result.JobId})).");
    }

    /// <inheritdoc />
    public async Task<IplInfo> GetIplInfoAsync(CancellationToken cancellationToken = default)
    {
        using var activity = StartActivity("ipl info");
        var response = await _console.DisplayAsync("D IPLINFO", cancellationToken).ConfigureAwait(false);
        return IplInfoParser.Parse(SystemName, response)
            ?? throw new LparAgentException(LparAgentErrorKind.ProtocolError, SystemName, "D IPLINFO: the answer has no IEE254I IPL device and time.");
    }

    /// <inheritdoc />
    public async Task<LparStatus> GetLparStatusAsync(CancellationToken cancellationToken = default)
    {
        using var activity = StartActivity("lpar status");
        return await Hmc().GetPartitionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task SetNextIplAsync(IplLoadSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!LoadAddressPattern().IsMatch(settings.LoadAddress) || !LoadParameterPattern().IsMatch(settings.LoadParameter))
        {
            throw new ArgumentException("The load address must be 4 hex digits and the load parameter 1-8 of A-Z 0-9 . @ # $.", nameof(settings));
        }

        using var activity = StartActivity("ipl stage");
        await Hmc().SetNextLoadAsync(settings, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IplInfo> IplAsync(CancellationToken cancellationToken = default)
    {
        using var activity = StartActivity("ipl");
        var hmc = Hmc();
        var next = (await hmc.GetPartitionAsync(cancellationToken).ConfigureAwait(false)).NextLoad;
        if (next.LoadAddress.Length == 0)
        {
            throw new InvalidOperationException($"{SystemName}: no next load address is set; call SetNextIplAsync first.");
        }

        LogIpl(SystemName, next.LoadAddress, next.LoadParameter);
        var started = _options.TimeProvider.GetTimestamp();
        var jobUri = await hmc.LoadAsync(next, cancellationToken).ConfigureAwait(false);
        while (!await hmc.IsJobCompleteAsync(jobUri, cancellationToken).ConfigureAwait(false)
            || !(await hmc.GetPartitionAsync(cancellationToken).ConfigureAwait(false)).IsOperating)
        {
            if (_options.TimeProvider.GetElapsedTime(started) > _options.IplTimeout)
            {
                throw new LparAgentException(LparAgentErrorKind.NotFinished, SystemName, $"IPL from {next.LoadAddress} did not finish within {_options.IplTimeout}.");
            }

            await Task.Delay(_options.IplPollInterval, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }

        return await GetIplInfoAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _zosmf.Dispose();
        _hmcChannel?.Dispose();
    }

    /// <summary>
    /// Submits the job unless one already carries this operation's marker. When a submit's answer
    /// is lost, the job is looked up by its marker before anything is sent again, so a job that
    /// was accepted is followed, never run twice.
    /// </summary>
    private async Task<(ZosmfJob Job, bool Followed)> SubmitOnceAsync(JobMarker marker, string jcl, SmpeCommand command, CancellationToken cancellationToken)
    {
        var existing = await FindByMarkerAsync(marker, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            LogFollowing(SystemName, existing.JobName, existing.JobId);
            return (existing, true);
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var job = await _jobs.SubmitAsync(jcl, _options.JobClass, cancellationToken).ConfigureAwait(false);
                LogSubmitted(SystemName, command.Verb, command.Zone, job.JobName, job.JobId);
                return (job, false);
            }
            catch (LparAgentException ex) when (ex.Kind is LparAgentErrorKind.Unreachable or LparAgentErrorKind.Timeout
                || (ex.Kind == LparAgentErrorKind.HttpError && ex.HttpStatus >= 500))
            {
                LogSubmitLost(SystemName, marker.JobName, ex.Kind);
                ZosmfJob? found;
                try
                {
                    found = await FindByMarkerAsync(marker, cancellationToken).ConfigureAwait(false);
                }
                catch (LparAgentException lookup)
                {
                    throw new LparAgentException(
                        LparAgentErrorKind.SubmissionUnknown,
                        SystemName,
                        $"submit of {marker.JobName}: the answer was lost and the job could not be looked up ({lookup.Kind}); reconcile before retrying.",
                        lookup);
                }

                if (found is not null)
                {
                    LogFollowing(SystemName, found.JobName, found.JobId);
                    return (found, true);
                }

                if (attempt >= _options.Resilience.SubmitAttempts)
                {
                    throw new LparAgentException(
                        LparAgentErrorKind.SubmissionUnknown,
                        SystemName,
                        $"submit of {marker.JobName} failed {attempt} times ({ex.Kind}) and no job carries its marker.",
                        ex);
                }
            }
        }
    }

    private async Task<ZosmfJob?> FindByMarkerAsync(JobMarker marker, CancellationToken cancellationToken)
    {
        var jobs = await _jobs.ListAsync(JobOwner, marker.JobName, cancellationToken).ConfigureAwait(false);
        foreach (var job in jobs.Where(j => j.JobName == marker.JobName).OrderByDescending(j => j.JobId, StringComparer.Ordinal))
        {
            var submitted = await _jobs.ReadRecordsAsync(job.JobName, job.JobId, "JCL", cancellationToken).ConfigureAwait(false);
            if (submitted.Contains($"(IMU,{marker.AccountingToken})", StringComparison.Ordinal))
            {
                return job;
            }
        }

        return null;
    }

    private async Task<ZosmfJob> WaitForOutputAsync(ZosmfJob job, CancellationToken cancellationToken)
    {
        var started = _options.TimeProvider.GetTimestamp();
        while (job.Status != "OUTPUT")
        {
            if (_options.TimeProvider.GetElapsedTime(started) > _options.JobTimeout)
            {
                throw new LparAgentException(LparAgentErrorKind.NotFinished, SystemName, $"{job.JobName}({job.JobId}) still {job.Status} after {_options.JobTimeout}.");
            }

            await Task.Delay(_options.StatusPollInterval, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
            job = await _jobs.GetStatusAsync(job.JobName, job.JobId, cancellationToken).ConfigureAwait(false);
        }

        return job;
    }

    private async Task<SmpeJobResult> ReadResultAsync(SmpeCommand command, ZosmfJob job, bool followed, CancellationToken cancellationToken)
    {
        var (completion, returnCode) = JobRetcode.Parse(job.Retcode);
        var result = new SmpeJobResult
        {
            SystemName = SystemName,
            Zone = command.Zone,
            Verb = command.Verb,
            JobName = job.JobName,
            JobId = job.JobId,
            Completion = completion,
            Retcode = job.Retcode ?? string.Empty,
            ReturnCode = returnCode,
            FollowedExistingJob = followed,
        };
        if (completion != JobCompletion.ConditionCode)
        {
            return result;
        }

        var files = await _jobs.ListFilesAsync(job.JobName, job.JobId, cancellationToken).ConfigureAwait(false);
        var smpout = await ReadDdAsync(job, files, "SMPOUT", cancellationToken).ConfigureAwait(false);
        var smprpt = await ReadDdAsync(job, files, "SMPRPT", cancellationToken).ConfigureAwait(false);
        var smplist = await ReadDdAsync(job, files, "SMPLIST", cancellationToken).ConfigureAwait(false);
        var (sysmods, elements) = Spool.SmpReportParser.Parse(smprpt);
        return result with
        {
            Messages = Spool.GimMessageParser.Parse(smpout),
            Sysmods = sysmods,
            Elements = elements,
            Listed = Spool.SmpListParser.Parse(smplist),
        };
    }

    private async Task<string> ReadDdAsync(ZosmfJob job, IReadOnlyList<SpoolFile> files, string ddName, CancellationToken cancellationToken)
    {
        var file = files.FirstOrDefault(f => f.DdName == ddName && f.StepName == GimsmpJobBuilder.StepName);
        return file is null
            ? string.Empty
            : await _jobs.ReadRecordsAsync(job.JobName, job.JobId, file.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
    }

    private IHmcClient Hmc() => _hmc
        ?? throw new InvalidOperationException($"{SystemName}: no HMC is configured (HmcBaseAddress and HmcPartitionId).");

    private Activity? StartActivity(string name)
    {
        var activity = ZosmfTelemetry.Source.StartActivity(name, ActivityKind.Client);
        activity?.SetTag(ZosmfTelemetry.SystemTag, SystemName);
        return activity;
    }

    [GeneratedRegex("^[0-9A-F]{4,5}$")]
    private static partial Regex LoadAddressPattern();

    [GeneratedRegex("^[A-Z0-9.@#$]{1,8}$")]
    private static partial Regex LoadParameterPattern();
}
