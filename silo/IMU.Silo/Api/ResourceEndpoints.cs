using IMU.Grains;
using IMU.Grains.Models;
using IMU.Smpe.Diagnostics;

namespace IMU.Silo.Api;

/// <summary>
/// The API's resources (GET), each the grain record the matching <c>imu ... --json</c> prints, written
/// with <see cref="ContractJson.Options"/>: the fleet, the LPARs, a SYSMOD, the rollouts.
/// </summary>
internal static class ResourceEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/fleet", async (IGrainFactory grains) => Json(await Fleet(grains).ListAsync()))
            .WithName("ListFleet")
            .WithSummary("Every LPAR with its state, whether it needs an IPL and its next IPL window (imu fleet list --json).")
            .Produces<FleetLparSummary[]>();

        api.MapGet("/fleet/ipl-windows", async (IGrainFactory grains) =>
                Json((await Fleet(grains).GetDefinitionAsync()).Lpars.ToDictionary(l => l.Name, l => l.IplWindows, StringComparer.Ordinal)))
            .WithName("ListIplWindows")
            .WithSummary("The IPL windows each LPAR declares in the fleet file, by LPAR name.")
            .Produces<Dictionary<string, IplWindow[]>>();

        api.MapGet("/lpars", async (IGrainFactory grains) =>
            {
                var definition = await Fleet(grains).GetDefinitionAsync();
                return Json(await Task.WhenAll(definition.Lpars.Select(l => grains.GetGrain<ILparGrain>(l.Name).ShowAsync())));
            })
            .WithName("ListLpars")
            .WithSummary("imu lpar show --json of every LPAR, in declaration order: zone, staged and active SYSMODs, last IPL.")
            .Produces<LparView[]>();

        api.MapGet("/lpars/{name}", async (string name, IGrainFactory grains) =>
            {
                var lpar = grains.GetGrain<ILparGrain>(name);
                return await lpar.GetDefinitionAsync() is null
                    ? ApiProblems.NotFound($"no LPAR named {name}; GET /api/fleet lists the LPARs", name)
                    : Json(await lpar.ShowAsync());
            })
            .WithName("ShowLpar")
            .WithSummary("One LPAR (imu lpar show NAME --json).")
            .Produces<LparView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/sysmods/{id}", async (string id, IGrainFactory grains) =>
            {
                if (!SmpeNames.IsSysmodId(id))
                {
                    return ApiProblems.NotFound($"{id} is not a SYSMOD id (seven letters and digits, e.g. UJ90001)", id);
                }

                var sysmod = await grains.GetGrain<ISysmodGrain>(id).GetAsync();
                return sysmod is { Received: false, Holds: [], Applied: [], Staged: [], Active: [] }
                    ? ApiProblems.NotFound($"no SYSMOD {id} was received, and no HOLDDATA names it", id)
                    : Json(sysmod);
            })
            .WithName("ShowSysmod")
            .WithSummary("One SYSMOD: its holds, and where it is applied, staged and active (imu sysmod show ID --json).")
            .Produces<SysmodView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/rollouts", async (IGrainFactory grains) => Json(await Fleet(grains).ListRolloutsAsync()))
            .WithName("ListRollouts")
            .WithSummary("Every rollout, oldest first (imu rollout list --json).")
            .Produces<RolloutSummary[]>();

        api.MapGet("/rollouts/{name}", async (string name, IGrainFactory grains, RolloutWatcher watcher) =>
            {
                var status = await grains.GetGrain<IRolloutGrain>(name).GetStatusAsync();
                if (status is null)
                {
                    return UnknownRollout(name);
                }

                // Whoever looks at a rollout gets its changes pushed from now on, not only after the next sweep.
                await watcher.WatchAsync(name);
                return Json(status);
            })
            .WithName("ShowRollout")
            .WithSummary("One rollout: its waves, LPARs, MULTSYS groups and audit record (imu rollout status NAME --json).")
            .Produces<RolloutStatus>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static IResult Json<T>(T value) => Results.Json(value, ContractJson.Options);

    public static IResult UnknownRollout(string name) => ApiProblems.NotFound($"no rollout named {name}; GET /api/rollouts lists the rollouts", name);

    private static IFleetGrain Fleet(IGrainFactory grains) => grains.GetGrain<IFleetGrain>(GrainKeys.Fleet);
}
