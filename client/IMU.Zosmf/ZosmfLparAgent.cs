using System.Diagnostics;
using IMU.Zosmf.Console;
using IMU.Zosmf.Diagnostics;
using IMU.Zosmf.Hmc;
using IMU.Zosmf.Http;
using IMU.Zosmf.Jcl;
using IMU.Zosmf.Jobs;
using IMU.Zosmf.Results;
using IMU.Zosmf.Spool;
using Microsoft.Extensions.Logging;

namespace IMU.Zosmf;

/// <summary>
/// <see cref="ILparAgent"/> over z/OSMF REST (jobs and console) and the HMC Web Services API.
/// Created by <see cref="ZosmfLparAgentFactory"/>, which owns what agents share.
/// </summary>
public sealed partial class ZosmfLparAgent : ILparAgent
{
    private readonly LparConnection _connection;
    private readonly ZosmfAgentOptions _options;
    private readonly ZosmfJobsClient _jobs;
    private readonly ZosmfConsoleClient _console;
    private readonly HmcClient? _hmc;
    private readonly IplOperations _ipls;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    internal ZosmfLparAgent(LparConnection connection, ZosmfAgentOptions options, HttpClient http, HmcClient? hmc, IplOperations ipls, TimeProvider time, ILogger logger)
    {
        _connection = connection;
        _options = options;
        _time = time;
        _logger = logger;
        _hmc = hmc;
        _ipls = ipls;
        var zosmf = new LparHttpChannel(
            http,
            connection.SystemName,
            connection.ZosmfBaseAddress,
            "zosmf " + connection.SystemName,
            request => request.Headers.Authorization = connection.Credentials.ToHeader());
        _jobs = new ZosmfJobsClient(zosmf, connection.InternalReaderClass);
        _console = new ZosmfConsoleClient(zosmf, time, options.ConsoleFollowUpAttempts, options.ConsoleFollowUpDelay);
    }

    /// <inheritdoc />
    public string SystemName => _connection.SystemName;

    private string JobOwner => _connection.JobOwner ?? _connection.Credentials.UserId ?? "*";

    /// <inheritdoc />
    public async Task<SmpeJobResult> RunAsync(SmpeJob job, string operationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        using var activity = StartActivity($"smpe {job.Verb}");
        activity?.SetTag(ZosmfTelemetry.ZoneTag, job.Zone);
        activity?.SetTag(ZosmfTelemetry.VerbTag, job.Verb);
        try
        {
            var marker = JobMarker.For(operationId);
            var jcl = GimsmpJobBuilder.Build(job, marker, new GimsmpJobOptions(_connection.GlobalCsi, _connection.JobClass));
            var (submitted, followed) = await SubmitOnceAsync(marker, jcl, job, cancellationToken).ConfigureAwait(false);
            activity?.SetTag(ZosmfTelemetry.JobNameTag, submitted.JobName);
            activity?.SetTag(ZosmfTelemetry.JobIdTag, submitted.JobId);
            activity?.SetTag(ZosmfTelemetry.FollowedTag, followed);
            var ended = await WaitForOutputAsync(submitted, cancellationToken).ConfigureAwait(false);
            var result = await ReadResultAsync(job, ended, followed, cancellationToken).ConfigureAwait(false);
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
        var result = await RunAsync(SmpeJob.List(zone), operationId, cancellationToken).ConfigureAwait(false);
        return result.Succeeded
            ? new ZoneState(SystemName, zone, result.Listed)
            : throw new LparAgentException(LparAgentErrorKind.JobFailed, SystemName, $"LIST of zone {zone} ended {result.Retcode} ({result.JobName}({result.JobId})).");
    }

    /// <inheritdoc />
    public async Task<IplInfo> GetIplInfoAsync(CancellationToken cancellationToken = default)
    {
        using var activity = StartActivity("ipl info");
        var response = await _console.DisplayAsync("D IPLINFO", text => IplInfoParser.Parse(SystemName, text, _connection.ConsoleUtcOffset) is not null, cancellationToken).ConfigureAwait(false);
        return IplInfoParser.Parse(SystemName, response, _connection.ConsoleUtcOffset)
            ?? throw new LparAgentException(LparAgentErrorKind.ProtocolError, SystemName, "D IPLINFO: the answer has no complete IEE254I (IPL time, LOADxx and IPL device).");
    }

    /// <inheritdoc />
    public async Task<LparStatus> GetLparStatusAsync(CancellationToken cancellationToken = default)
    {
        using var activity = StartActivity("lpar status");
        return await Hmc().GetStatusAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IplInfo> IplAsync(IplLoadSettings? load, string operationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operationId);
        using var activity = StartActivity("ipl");
        var hmc = Hmc();
        var operation = _ipls.Find(SystemName, operationId)
            ?? await StartLoadAsync(hmc, load, operationId, cancellationToken).ConfigureAwait(false);
        await operation.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (operation.Result is { } done)
            {
                return done;
            }

            activity?.SetTag(ZosmfTelemetry.FollowedTag, operation.JobUri is null || operation.LoadCompleted);
            if (operation.JobUri is { } jobUri && !operation.LoadCompleted)
            {
                await FollowLoadJobAsync(hmc, operation, jobUri, operationId, cancellationToken).ConfigureAwait(false);
            }

            operation.Result = await WaitForIplAsync(operation, operationId, cancellationToken).ConfigureAwait(false);
            LogIplComplete(SystemName, operation.Result.IplVolume, operation.Result.IplTime);
            return operation.Result;
        }
        catch (LparAgentException ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            throw;
        }
        finally
        {
            operation.Gate.Release();
        }
    }

    /// <summary>
    /// Requests the load. The HMC refusing the request means nothing was loaded, so the operation is
    /// forgotten; a lost answer may mean it was, so the operation stays and is followed by its effect.
    /// </summary>
    private async Task<IplOperation> StartLoadAsync(HmcClient hmc, IplLoadSettings? load, string operationId, CancellationToken cancellationToken)
    {
        var status = await hmc.GetStatusAsync(cancellationToken).ConfigureAwait(false);
        var settings = load ?? _connection.Load ?? status.LastUsedLoad
            ?? throw new LparAgentException(LparAgentErrorKind.NotConfigured, SystemName, "no load address: none was given, none is configured and the HMC has no last-used one.");
        var operation = _ipls.Begin(SystemName, operationId, _time.GetUtcNow(), settings);
        if (operation.Load != settings || operation.JobUri is not null)
        {
            return operation;
        }

        LogIpl(SystemName, settings.LoadAddress, settings.LoadParameter, status.IsOperating);
        try
        {
            operation.JobUri = await hmc.LoadAsync(settings, force: status.IsOperating, cancellationToken).ConfigureAwait(false);
        }
        catch (LparAgentException ex) when (ex.Kind is LparAgentErrorKind.HttpError or LparAgentErrorKind.Unauthorized or LparAgentErrorKind.CircuitOpen or LparAgentErrorKind.ProtocolError)
        {
            _ipls.Forget(SystemName, operationId);
            throw;
        }
        catch (LparAgentException ex)
        {
            LogLoadAnswerLost(SystemName, ex.Kind);
        }

        return operation;
    }

    private async Task FollowLoadJobAsync(HmcClient hmc, IplOperation operation, string jobUri, string operationId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var job = await hmc.GetJobAsync(jobUri, cancellationToken).ConfigureAwait(false);
            switch (job.Status)
            {
                case "complete" when job.JobStatusCode is >= 200 and < 300:
                    operation.LoadCompleted = true;
                    await hmc.DeleteJobAsync(jobUri, cancellationToken).ConfigureAwait(false);
                    return;
                case "complete":
                    _ipls.Forget(SystemName, operationId);
                    await hmc.DeleteJobAsync(jobUri, cancellationToken).ConfigureAwait(false);
                    throw new LparAgentException(
                        LparAgentErrorKind.LoadFailed,
                        SystemName,
                        $"HMC load from {operation.Load.LoadAddress} ended with status {job.JobStatusCode}, reason {job.JobReasonCode}: {job.JobResults?.Message ?? "no message"}.")
                    {
                        HttpStatus = job.JobStatusCode,
                        Reason = job.JobReasonCode,
                    };
                case "canceled":
                    _ipls.Forget(SystemName, operationId);
                    throw new LparAgentException(LparAgentErrorKind.LoadCanceled, SystemName, $"HMC load from {operation.Load.LoadAddress} was canceled ({jobUri}).");
                default:
                    if (_time.GetUtcNow() - operation.Started > _options.IplTimeout)
                    {
                        throw new LparAgentException(LparAgentErrorKind.NotFinished, SystemName, $"HMC load from {operation.Load.LoadAddress} still {job.Status} after {_options.IplTimeout}.");
                    }

                    await Task.Delay(_options.IplPollInterval, _time, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    /// <summary>
    /// Waits until z/OSMF answers again and <c>D IPLINFO</c> shows an IPL at or after the load request
    /// (IEE254I prints whole seconds). z/OSMF does not answer at all while z/OS comes up, so failures
    /// to reach it are expected here and only the overall bound ends the wait.
    /// </summary>
    private async Task<IplInfo> WaitForIplAsync(IplOperation operation, string operationId, CancellationToken cancellationToken)
    {
        var notBefore = operation.Started.AddTicks(-(operation.Started.Ticks % TimeSpan.TicksPerSecond));
        while (true)
        {
            try
            {
                var info = await GetIplInfoAsync(cancellationToken).ConfigureAwait(false);
                if (info.IplTime >= notBefore)
                {
                    return info;
                }
            }
            catch (LparAgentException ex) when (ex.Kind is LparAgentErrorKind.Unreachable or LparAgentErrorKind.Timeout or LparAgentErrorKind.CircuitOpen
                || (ex.Kind == LparAgentErrorKind.HttpError && ex.HttpStatus >= 500))
            {
                LogWaitingForZosmf(SystemName, ex.Kind);
            }

            if (_time.GetUtcNow() - operation.Started > _options.IplTimeout)
            {
                if (operation.JobUri is null)
                {
                    // The load's answer was lost and the system shows no IPL since: it most likely never
                    // reached the HMC, so a retry may load again.
                    _ipls.Forget(SystemName, operationId);
                }

                throw new LparAgentException(LparAgentErrorKind.NotFinished, SystemName, $"IPL from {operation.Load.LoadAddress}: z/OSMF did not show an IPL after {operation.Started:u} within {_options.IplTimeout}.");
            }

            await Task.Delay(_options.IplPollInterval, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Submits the job unless one already carries this operation's marker. When a submit's answer
    /// is lost, the job is looked up by its marker before anything is sent again, so a job that
    /// was accepted is followed, never run twice.
    /// </summary>
    private async Task<(ZosmfJob Job, bool Followed)> SubmitOnceAsync(JobMarker marker, string jcl, SmpeJob job, CancellationToken cancellationToken)
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
                var submitted = await _jobs.SubmitAsync(jcl, cancellationToken).ConfigureAwait(false);
                LogSubmitted(SystemName, job.Verb, job.Zone, submitted.JobName, submitted.JobId);
                return (submitted, false);
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
        var started = _time.GetTimestamp();
        while (job.Status != "OUTPUT")
        {
            if (_time.GetElapsedTime(started) > _options.JobTimeout)
            {
                throw new LparAgentException(LparAgentErrorKind.NotFinished, SystemName, $"{job.JobName}({job.JobId}) still {job.Status} after {_options.JobTimeout}.");
            }

            await Task.Delay(_options.StatusPollInterval, _time, cancellationToken).ConfigureAwait(false);
            job = await _jobs.GetStatusAsync(job.JobName, job.JobId, cancellationToken).ConfigureAwait(false);
        }

        return job;
    }

    private async Task<SmpeJobResult> ReadResultAsync(SmpeJob job, ZosmfJob ended, bool followed, CancellationToken cancellationToken)
    {
        var (completion, returnCode) = JobRetcode.Parse(ended.Retcode);
        var result = new SmpeJobResult
        {
            SystemName = SystemName,
            Zone = job.Zone,
            Verb = job.Verb,
            Check = job.Check,
            JobName = ended.JobName,
            JobId = ended.JobId,
            Completion = completion,
            Retcode = ended.Retcode ?? string.Empty,
            ReturnCode = returnCode,
            FollowedExistingJob = followed,
        };
        if (completion != JobCompletion.ConditionCode)
        {
            return result;
        }

        var files = await _jobs.ListFilesAsync(ended.JobName, ended.JobId, cancellationToken).ConfigureAwait(false);
        var smpout = await ReadDdAsync(ended, files, "SMPOUT", cancellationToken).ConfigureAwait(false);
        var smprpt = await ReadDdAsync(ended, files, "SMPRPT", cancellationToken).ConfigureAwait(false);
        var smplist = await ReadDdAsync(ended, files, "SMPLIST", cancellationToken).ConfigureAwait(false);
        var report = SmpReportParser.Parse(smprpt);
        return result with
        {
            Messages = GimMessageParser.Parse(smpout),
            Sysmods = report.Sysmods,
            Elements = report.Elements,
            Listed = SmpListParser.Parse(smplist),
        };
    }

    /// <summary>The DD's records as the parsers take them: carriage control taken off when the data set is RECFM=xxA.</summary>
    private async Task<IReadOnlyList<string>> ReadDdAsync(ZosmfJob job, IReadOnlyList<SpoolFile> files, string ddName, CancellationToken cancellationToken)
    {
        var file = files.FirstOrDefault(f => f.DdName == ddName && f.StepName == GimsmpJobBuilder.StepName);
        if (file is null)
        {
            return [];
        }

        var text = await _jobs.ReadRecordsAsync(job.JobName, job.JobId, file.Id, cancellationToken).ConfigureAwait(false);
        return SpoolRecords.Read(text, file.Recfm);
    }

    private HmcClient Hmc() => _hmc
        ?? throw new LparAgentException(LparAgentErrorKind.NotConfigured, SystemName, "no HMC is configured for this LPAR (HmcBaseAddress).");

    private Activity? StartActivity(string name)
    {
        var activity = ZosmfTelemetry.Source.StartActivity(name, ActivityKind.Client);
        activity?.SetTag(ZosmfTelemetry.SystemTag, SystemName);
        return activity;
    }
}
