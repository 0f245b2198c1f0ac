using System.Text.Json;
using System.Text.Json.Nodes;
using IMU.Grains;
using IMU.Grains.Models;

namespace IMU.Silo.Api;

/// <summary>
/// The actions (POST only, a JSON object body): the same grain methods as the <c>imu rollout</c>
/// commands, with the caller (<see cref="ApiCaller"/>) as the audit record's <c>by</c>. Each answers
/// the rollout after the action; a refusal is a problem naming why.
/// </summary>
internal static class ActionEndpoints
{
    private delegate Task<RolloutCommandResult> Command(IRolloutGrain rollout, OperatorAction action);

    public static void Map(RouteGroupBuilder api)
    {
        MapVerb(api, "start", "Starts a CREATED rollout (imu rollout start).", (r, a) => r.StartAsync(a));
        MapVerb(api, "pause", "Pauses: steps in flight finish, no new ones start (imu rollout pause).", (r, a) => r.PauseAsync(a));
        MapVerb(api, "resume", "Resumes a PAUSED rollout from its durable state (imu rollout resume).", (r, a) => r.ResumeAsync(a));
        MapVerb(api, "abort", "Stops the rollout; what is applied stays applied (imu rollout abort).", (r, a) => r.AbortAsync(a));
        MapVerb(api, "restore", "RESTOREs the rollout's SYSMODs wherever it applied them (imu rollout restore).", (r, a) => r.RestoreAsync(a));

        api.MapPost("/rollouts/{name}/waves/{index:int}/approve", async (string name, int index, HttpContext context, IGrainFactory grains, RolloutWatcher watcher) =>
            {
                var (body, refused) = await ReadBodyAsync(context);
                if (refused is not null)
                {
                    return refused;
                }

                var rollout = grains.GetGrain<IRolloutGrain>(name);
                if (await rollout.GetStatusAsync() is not { } status)
                {
                    return ResourceEndpoints.UnknownRollout(name);
                }

                if (Text(body!, "reason") is not { } reason)
                {
                    return ApiProblems.BadRequest($"an approval of wave {index} needs a reason: the audit record says why the wave was let through", "reason");
                }

                if (status.Waves.All(w => w.Index != index))
                {
                    return ApiProblems.NotFound($"rollout {name} has waves 1 to {status.Waves.Length}; there is no wave {index}", $"wave {index}");
                }

                return await RunAsync(name, rollout, watcher, rollout.ApproveAsync(index, ApiCaller.Action(context, reason)));
            })
            .WithName("ApproveWave")
            .WithSummary("Lets a wave that waits for an approval start (imu rollout approve NAME --wave N --reason TEXT); the reason is required.")
            .Accepts<JsonObject>("application/json")
            .Produces<RolloutStatus>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        MapHoldDecision(api);
    }

    private static void MapHoldDecision(RouteGroupBuilder api) =>
        api.MapPost("/rollouts/{name}/holds", async (string name, HttpContext context, IGrainFactory grains, RolloutWatcher watcher) =>
            {
                var (body, refused) = await ReadBodyAsync(context);
                if (refused is not null)
                {
                    return refused;
                }

                var rollout = grains.GetGrain<IRolloutGrain>(name);
                if (await rollout.GetStatusAsync() is not { } status)
                {
                    return ResourceEndpoints.UnknownRollout(name);
                }

                foreach (var field in new[] { "sysmod", "bypass", "reason" })
                {
                    if (Text(body!, field) is null)
                    {
                        return ApiProblems.BadRequest(
                            $"a hold decision needs {field}: {{\"sysmod\": \"UJ90001\", \"bypass\": \"HOLDERROR(AA00001)\", \"reason\": \"why it may go on\"}}",
                            field);
                    }
                }

                var sysmod = Text(body!, "sysmod")!.ToUpperInvariant();
                if (!status.Sysmods.Contains(sysmod, StringComparer.Ordinal))
                {
                    return ApiProblems.NotFound($"SYSMOD {sysmod} is not in rollout {name}; its SYSMODs are {string.Join(", ", status.Sysmods)}", sysmod);
                }

                return await RunAsync(name, rollout, watcher, rollout.DecideHoldAsync(sysmod, Text(body!, "bypass")!, ApiCaller.Action(context, Text(body!, "reason"))));
            })
            .WithName("DecideHold")
            .WithSummary("A hold decision on a SYSMOD HELD in the rollout: BYPASS operands in SMP/E's form (e.g. HOLDERROR(AA00001)) with a required reason; audited like a bypass given at create.")
            .Accepts<JsonObject>("application/json")
            .Produces<RolloutStatus>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    /// <summary>The body as a JSON object (an empty body counts as <c>{}</c>), or the refusal to answer instead.</summary>
    public static async Task<(JsonObject? Body, IResult? Refused)> ReadBodyAsync(HttpContext context)
    {
        if (!context.Request.HasJsonContentType())
        {
            return (null, ApiProblems.UnsupportedMediaType());
        }

        try
        {
            var node = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            return node is JsonObject body ? (body, null) : (null, ApiProblems.BadRequest("the body must be a JSON object, e.g. {\"reason\": \"...\"}", "body"));
        }
        catch (JsonException ex) when (context.Request.ContentLength is null or 0 && ex.BytePositionInLine == 0 && ex.LineNumber == 0)
        {
            return (new JsonObject(), null);
        }
        catch (JsonException ex)
        {
            return (null, ApiProblems.BadRequest($"the body is not JSON: line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}", "body"));
        }
    }

    /// <summary>A string field of the body, trimmed; null when absent or blank.</summary>
    public static string? Text(JsonObject body, string field) =>
        body[field] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    /// <summary>Awaits a grain command and answers the rollout after it, or 409 with the grain's reasons.</summary>
    public static async Task<IResult> RunAsync(string name, IRolloutGrain rollout, RolloutWatcher watcher, Task<RolloutCommandResult> command)
    {
        await watcher.WatchAsync(name);
        var result = await command;
        if (!result.Accepted)
        {
            return ApiProblems.Conflict(string.Join("; ", result.Errors), name);
        }

        return await rollout.GetStatusAsync() is { } status ? ResourceEndpoints.Json(status) : ResourceEndpoints.UnknownRollout(name);
    }

    private static void MapVerb(RouteGroupBuilder api, string verb, string summary, Command command) =>
        api.MapPost($"/rollouts/{{name}}/{verb}", async (string name, HttpContext context, IGrainFactory grains, RolloutWatcher watcher) =>
            {
                var (body, refused) = await ReadBodyAsync(context);
                if (refused is not null)
                {
                    return refused;
                }

                var rollout = grains.GetGrain<IRolloutGrain>(name);
                if (await rollout.GetStatusAsync() is null)
                {
                    return ResourceEndpoints.UnknownRollout(name);
                }

                return await RunAsync(name, rollout, watcher, command(rollout, ApiCaller.Action(context, Text(body!, "reason"))));
            })
            .WithName(char.ToUpperInvariant(verb[0]) + verb[1..] + "Rollout")
            .WithSummary(summary)
            .Accepts<JsonObject>("application/json")
            .Produces<RolloutStatus>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
