using IMU.Zosmf.Jobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace IMU.Zosmf.Simulator;

/// <summary>The z/OSMF jobs REST subset: submit, list, status, spool files and records.</summary>
internal static class JobsEndpoints
{
    private const string Jobs = "/zosmf/restjobs/jobs";

    public static void Map(RouteGroupBuilder system, SimulatorGate gate, ZosmfSimulator simulator)
    {
        system.MapPut(Jobs, async (HttpContext context, string system) =>
        {
            var entered = await gate.EnterAsync(context, system, SimulatorOperation.Submit, zosmf: true).ConfigureAwait(false);
            if (entered.Stopped is not null)
            {
                return entered.Stopped;
            }

            if (context.Request.ContentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) != true)
            {
                return HttpResults.BadRequest("Only JCL text (text/plain) is accepted by this simulator.");
            }

            using var reader = new StreamReader(context.Request.Body);
            var jcl = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
            var jobClass = context.Request.Headers["X-IBM-Intrdr-Class"].ToString() is { Length: > 0 } c ? c : "A";
            var job = entered.System!.Submit(jcl, entered.Owner, jobClass, entered.Fault);
            var document = Document(simulator, entered.System, job);
            return SimulatorGate.Answer(context, entered, TypedResults.Json(document, ZosmfJsonContext.Default.ZosmfJob, statusCode: StatusCodes.Status201Created));
        });

        system.MapGet(Jobs, async (HttpContext context, string system, string? owner, string? prefix) =>
        {
            var entered = await gate.EnterAsync(context, system, SimulatorOperation.JobList, zosmf: true).ConfigureAwait(false);
            if (entered.Stopped is not null)
            {
                return entered.Stopped;
            }

            var jobs = entered.System!.ListJobs(owner ?? entered.Owner, prefix ?? "*").Select(j => Document(simulator, entered.System, j)).ToList();
            return SimulatorGate.Answer(context, entered, TypedResults.Json(jobs, ZosmfJsonContext.Default.ListZosmfJob));
        });

        system.MapGet(Jobs + "/{jobName}/{jobId}", async (HttpContext context, string system, string jobName, string jobId) =>
        {
            var entered = await gate.EnterAsync(context, system, SimulatorOperation.JobStatus, zosmf: true).ConfigureAwait(false);
            if (entered.Stopped is not null)
            {
                return entered.Stopped;
            }

            var job = entered.System!.FindJob(jobName, jobId);
            return job is null
                ? HttpResults.NotFound()
                : SimulatorGate.Answer(context, entered, TypedResults.Json(Document(simulator, entered.System, job), ZosmfJsonContext.Default.ZosmfJob));
        });

        system.MapGet(Jobs + "/{jobName}/{jobId}/files", async (HttpContext context, string system, string jobName, string jobId) =>
        {
            var entered = await gate.EnterAsync(context, system, SimulatorOperation.SpoolFiles, zosmf: true).ConfigureAwait(false);
            if (entered.Stopped is not null)
            {
                return entered.Stopped;
            }

            var job = entered.System!.FindJob(jobName, jobId);
            if (job is null)
            {
                return HttpResults.NotFound();
            }

            var files = job.Spool.Select(f => new SpoolFile
            {
                DdName = f.DdName,
                StepName = f.StepName,
                Id = f.Id,
                RecordCount = f.RecordCount,
                ByteCount = f.Text.Length,
                RecordsUrl = $"{simulator.SystemAddress(entered.System.Name)}zosmf/restjobs/jobs/{job.JobName}/{job.JobId}/files/{f.Id}/records",
            }).ToList();
            return SimulatorGate.Answer(context, entered, TypedResults.Json(files, ZosmfJsonContext.Default.ListSpoolFile));
        });

        system.MapGet(Jobs + "/{jobName}/{jobId}/files/{fileId}/records", async (HttpContext context, string system, string jobName, string jobId, string fileId) =>
        {
            var entered = await gate.EnterAsync(context, system, SimulatorOperation.SpoolRecords, zosmf: true).ConfigureAwait(false);
            if (entered.Stopped is not null)
            {
                return entered.Stopped;
            }

            var job = entered.System!.FindJob(jobName, jobId);
            var text = fileId == "JCL" ? job?.Jcl : job?.Spool.FirstOrDefault(f => f.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == fileId)?.Text;
            return text is null ? HttpResults.NotFound() : SimulatorGate.Answer(context, entered, HttpResults.Text(text, "text/plain"));
        });
    }

    private static ZosmfJob Document(ZosmfSimulator simulator, SimulatedSystem system, SimulatedJob job)
    {
        var url = $"{simulator.SystemAddress(system.Name)}zosmf/restjobs/jobs/{job.JobName}/{job.JobId}";
        return new ZosmfJob
        {
            JobId = job.JobId,
            JobName = job.JobName,
            Owner = job.Owner,
            Status = job.Status,
            Class = job.JobClass,
            Retcode = job.Retcode,
            Url = url,
            FilesUrl = url + "/files",
            PhaseName = job.Status == "OUTPUT" ? "Job is on the hard copy queue" : "Job is actively executing",
        };
    }
}
