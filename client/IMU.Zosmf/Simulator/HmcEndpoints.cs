using System.Globalization;
using System.Net.Http.Json;
using IMU.Zosmf.Hmc;
using IMU.Zosmf.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace IMU.Zosmf.Simulator;

/// <summary>The HMC Web Services subset: partition properties, next-load update, Load, and job status.</summary>
internal static class HmcEndpoints
{
    private const string Partition = "/api/logical-partitions/{partition}";

    public static void Map(RouteGroupBuilder system, SimulatorGate gate)
    {
        system.MapGet(Partition, async (HttpContext context, string system, string partition) =>
        {
            var entered = await gate.EnterAsync(context, system, SimulatorOperation.HmcPartition, zosmf: false).ConfigureAwait(false);
            if (entered.Stopped is not null)
            {
                return entered.Stopped;
            }

            if (!IsOwnPartition(entered.System!, partition))
            {
                return HttpResults.NotFound();
            }

            var ipl = entered.System!.Ipl;
            var body = new HmcPartition
            {
                ObjectId = entered.System.Name,
                Name = entered.System.Name,
                Status = ipl.Status,
                LastUsedLoadAddress = ipl.LastUsedLoad.LoadAddress,
                LastUsedLoadParameter = ipl.LastUsedLoad.LoadParameter,
                NextLoadAddress = ipl.NextLoad.LoadAddress,
                NextLoadParameter = ipl.NextLoad.LoadParameter,
            };
            return SimulatorGate.Answer(context, entered, TypedResults.Json(body, ZosmfJsonContext.Default.HmcPartition));
        });

        system.MapPost(Partition, async (HttpContext context, string system, string partition) =>
        {
            var entered = await gate.EnterAsync(context, system, SimulatorOperation.HmcUpdate, zosmf: false).ConfigureAwait(false);
            if (entered.Stopped is not null)
            {
                return entered.Stopped;
            }

            var request = await context.Request.ReadFromJsonAsync(ZosmfJsonContext.Default.HmcLoadRequest, context.RequestAborted).ConfigureAwait(false);
            if (!IsOwnPartition(entered.System!, partition) || request is null)
            {
                return HttpResults.NotFound();
            }

            entered.System!.Ipl.SetNext(new IplLoadSettings(request.LoadAddress, request.LoadParameter));
            return SimulatorGate.Answer(context, entered, HttpResults.NoContent());
        });

        system.MapPost(Partition + "/operations/load", async (HttpContext context, string system, string partition) =>
        {
            var entered = await gate.EnterAsync(context, system, SimulatorOperation.HmcLoad, zosmf: false).ConfigureAwait(false);
            if (entered.Stopped is not null)
            {
                return entered.Stopped;
            }

            var request = await context.Request.ReadFromJsonAsync(ZosmfJsonContext.Default.HmcLoadRequest, context.RequestAborted).ConfigureAwait(false);
            if (!IsOwnPartition(entered.System!, partition) || request is null)
            {
                return HttpResults.NotFound();
            }

            var id = entered.System!.Ipl.StartLoad(new IplLoadSettings(request.LoadAddress, request.LoadParameter));
            var job = new HmcJob { JobUri = "/api/jobs/" + id.ToString(CultureInfo.InvariantCulture) };
            return SimulatorGate.Answer(context, entered, TypedResults.Json(job, ZosmfJsonContext.Default.HmcJob, statusCode: StatusCodes.Status202Accepted));
        });

        system.MapGet("/api/jobs/{job:int}", async (HttpContext context, string system, int job) =>
        {
            var entered = await gate.EnterAsync(context, system, SimulatorOperation.HmcJob, zosmf: false).ConfigureAwait(false);
            if (entered.Stopped is not null)
            {
                return entered.Stopped;
            }

            var state = entered.System!.Ipl.GetJob(job);
            if (state is null)
            {
                return HttpResults.NotFound();
            }

            var body = new HmcJob
            {
                Status = state.Complete ? "complete" : "running",
                JobStatusCode = state.StatusCode,
                JobReasonCode = state.ReasonCode,
            };
            return SimulatorGate.Answer(context, entered, TypedResults.Json(body, ZosmfJsonContext.Default.HmcJob));
        });
    }

    private static bool IsOwnPartition(SimulatedSystem system, string partition)
        => string.Equals(system.Name, partition, StringComparison.OrdinalIgnoreCase);
}
