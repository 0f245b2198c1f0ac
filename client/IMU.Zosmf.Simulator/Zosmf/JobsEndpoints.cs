using System.Globalization;
using System.Text;
using IMU.Zosmf.Simulator.Faults;
using IMU.Zosmf.Simulator.Jes;
using IMU.Zosmf.Simulator.Systems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace IMU.Zosmf.Simulator.Zosmf;

/// <summary>The z/OSMF jobs REST subset: submit JCL text, list, status, cancel and purge, spool files and records.</summary>
internal static class JobsEndpoints
{
    private const string Jobs = "/zosmf/restjobs/jobs";

    public static void Map(RouteGroupBuilder system, ZosmfGate gate, SimulatorOptions options)
    {
        system.MapPut(Jobs, (HttpContext context, string system) => SubmitAsync(context, system, gate, options));

        system.MapGet(Jobs, async (HttpContext context, string system, string? owner, string? prefix) =>
        {
            var entry = await gate.EnterAsync(context, system, SimulatorFaultOperation.JobList).ConfigureAwait(false);
            if (entry.Stopped is not null)
            {
                return entry.Stopped;
            }

            var jobs = entry.System!.Spool.List(owner ?? entry.Owner, prefix ?? "*").Select(j => Document(context, entry.System, j)).ToList();
            return entry.Answer(context, TypedResults.Json(jobs, SimulatorJsonContext.Default.ListZosmfJobDocument));
        });

        system.MapGet(Jobs + "/{jobName}/{jobId}", async (HttpContext context, string system, string jobName, string jobId) =>
        {
            var entry = await gate.EnterAsync(context, system, SimulatorFaultOperation.JobStatus).ConfigureAwait(false);
            if (entry.Stopped is not null)
            {
                return entry.Stopped;
            }

            var job = entry.System!.Spool.Find(jobName, jobId);
            return job is null ? NoJob(jobName, jobId) : entry.Answer(context, TypedResults.Json(Document(context, entry.System, job), SimulatorJsonContext.Default.ZosmfJobDocument));
        });

        system.MapDelete(Jobs + "/{jobName}/{jobId}", async (HttpContext context, string system, string jobName, string jobId) =>
        {
            var entry = await gate.EnterAsync(context, system, null).ConfigureAwait(false);
            if (entry.Stopped is not null)
            {
                return entry.Stopped;
            }

            var job = entry.System!.Spool.Find(jobName, jobId);
            if (job is null || !entry.System.Spool.Purge(job))
            {
                return NoJob(jobName, jobId);
            }

            var answer = new ZosmfPurgeAnswer(job.JobId, job.JobName, job.JobId, job.Owner, "JES2", entry.System.Name, Correlator(job, entry.System), 0);
            return entry.Answer(context, TypedResults.Json(answer, SimulatorJsonContext.Default.ZosmfPurgeAnswer));
        });

        system.MapGet(Jobs + "/{jobName}/{jobId}/files", async (HttpContext context, string system, string jobName, string jobId) =>
        {
            var entry = await gate.EnterAsync(context, system, SimulatorFaultOperation.Spool).ConfigureAwait(false);
            if (entry.Stopped is not null)
            {
                return entry.Stopped;
            }

            var job = entry.System!.Spool.Find(jobName, jobId);
            if (job is null)
            {
                return NoJob(jobName, jobId);
            }

            var url = JobUrl(context, entry.System, job);
            var files = job.Spool.OrderBy(f => f.Id).Select(f => new ZosmfSpoolFileDocument
            {
                JobName = job.JobName,
                JobId = job.JobId,
                DdName = f.DdName,
                StepName = f.StepName,
                Id = f.Id,
                Class = job.JobClass,
                Recfm = f.Recfm,
                Lrecl = f.Lrecl,
                ByteCount = f.Text.Length,
                RecordCount = f.RecordCount,
                RecordsUrl = $"{url}/files/{f.Id}/records",
            }).ToList();
            return entry.Answer(context, TypedResults.Json(files, SimulatorJsonContext.Default.ListZosmfSpoolFileDocument));
        });

        system.MapGet(Jobs + "/{jobName}/{jobId}/files/{fileId}/records", async (HttpContext context, string system, string jobName, string jobId, string fileId) =>
        {
            var entry = await gate.EnterAsync(context, system, SimulatorFaultOperation.Spool).ConfigureAwait(false);
            if (entry.Stopped is not null)
            {
                return entry.Stopped;
            }

            var job = entry.System!.Spool.Find(jobName, jobId);
            if (job is null)
            {
                return NoJob(jobName, jobId);
            }

            var text = fileId == "JCL" ? job.Jcl : job.Spool.FirstOrDefault(f => f.Id.ToString(CultureInfo.InvariantCulture) == fileId)?.Text;
            return text is null
                ? SimulatorHttp.Zosmf(StatusCodes.Status400BadRequest, 4, 12, $"Job '{job.JobName}({job.JobId})' does not contain spool file id {fileId}")
                : entry.Answer(context, Results.Text(text, "text/plain", Encoding.UTF8));
        });
    }

    /// <summary>
    /// Submits JCL text (Content-Type text/plain). A fault for the job's SMP/E operation acts here: the
    /// submit fails or is dropped without a job, or the job is accepted and the fault rides with it.
    /// </summary>
    private static async Task<IResult> SubmitAsync(HttpContext context, string systemName, ZosmfGate gate, SimulatorOptions options)
    {
        var entry = await gate.EnterAsync(context, systemName, null).ConfigureAwait(false);
        if (entry.Stopped is not null)
        {
            return entry.Stopped;
        }

        if (context.Request.ContentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) != true)
        {
            return SimulatorHttp.ZosmfBadRequest("Only JCL text (Content-Type: text/plain) is submitted to this system; submitting a data set is not simulated.");
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.MaxJclBytes;
        }

        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var jcl = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        if (jcl.Split('\n').Any(record => record.TrimEnd('\r').Length > 80))
        {
            return SimulatorHttp.ZosmfBadRequest("Job submission error: a record is longer than 80 columns (X-IBM-Intrdr-Lrecl 80).");
        }

        JclDeck? deck;
        try
        {
            deck = JclDeckParser.Parse(jcl);
        }
        catch (JclErrorException)
        {
            deck = null;
        }

        var system = entry.System!;
        var fault = system.Faults.Take(SimulatedSystem.OperationOf(deck) ?? SimulatorFaultOperation.Any);
        var submit = fault?.Kind is SimulatorFaultKind.Slow or SimulatorFaultKind.JclError or SimulatorFaultKind.Abend or SimulatorFaultKind.Rc8 or SimulatorFaultKind.LostResponse
            ? entry
            : await ZosmfGate.ApplyAsync(context, system, entry.Owner, fault, options.TimeProvider).ConfigureAwait(false);
        if (submit.Stopped is not null)
        {
            return submit.Stopped;
        }

        var job = system.Submit(jcl, deck, entry.Owner, fault);
        var answer = TypedResults.Json(Document(context, system, job), SimulatorJsonContext.Default.ZosmfJobDocument, statusCode: StatusCodes.Status201Created);
        return fault?.Kind == SimulatorFaultKind.LostResponse ? SimulatorHttp.Drop(context) : entry.Answer(context, answer);
    }

    private static IResult NoJob(string jobName, string jobId)
        => SimulatorHttp.Zosmf(StatusCodes.Status400BadRequest, 4, 10, $"No job found for reference: '{jobName}({jobId})'");

    private static string JobUrl(HttpContext context, SimulatedSystem system, SimulatedJob job)
        => $"{context.Request.Scheme}://{context.Request.Host}/systems/{system.Name}{Jobs}/{job.JobName}/{job.JobId}";

    private static string Correlator(SimulatedJob job, SimulatedSystem system)
        => $"{job.JobId}{system.Name}{job.Submitted.UtcTicks:X}".ToUpperInvariant();

    private static ZosmfJobDocument Document(HttpContext context, SimulatedSystem system, SimulatedJob job)
    {
        var url = JobUrl(context, system, job);
        return new ZosmfJobDocument
        {
            JobId = job.JobId,
            JobName = job.JobName,
            Owner = job.Owner,
            Status = job.Status,
            Class = job.JobClass,
            Retcode = job.Retcode,
            Url = url,
            FilesUrl = url + "/files",
            JobCorrelator = Correlator(job, system),
            Phase = job.Status switch
            {
                "INPUT" => 10,
                "ACTIVE" => 14,
                _ => 20,
            },
            PhaseName = job.Status switch
            {
                "INPUT" => "Job is queued for execution",
                "ACTIVE" => "Job is actively executing",
                _ => "Job is on the hard copy queue",
            },
            ExecSystem = job.Started is null ? null : system.Name,
            ExecStarted = job.Started?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ExecEnded = job.EndedAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        };
    }
}
