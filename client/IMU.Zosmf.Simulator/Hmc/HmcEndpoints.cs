using System.Text.RegularExpressions;
using IMU.Zosmf.Simulator.Faults;
using IMU.Zosmf.Simulator.Systems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IMU.Zosmf.Simulator.Hmc;

/// <summary>
/// The HMC Web Services API subset, at the simulator's root as on a real HMC (<c>/api/...</c>), for
/// every simulated partition: Logon and Logoff, List Permitted Logical Partitions (by name), Get
/// Logical Partition Properties, Load Logical Partition (asynchronous: 202 and a job), Query Job
/// Status and Delete Completed Job. Every request but Logon needs a live <c>X-API-Session</c>.
/// </summary>
internal static partial class HmcEndpoints
{
    private const string CpcUri = "/api/cpcs/5d3f0b6c-0000-4000-8000-494d55435043";

    public static void Map(WebApplication app, IReadOnlyDictionary<string, SimulatedSystem> systems, HmcSessions sessions, HmcJobs jobs, TimeProvider time)
    {
        var byObjectId = systems.Values.ToDictionary(s => s.Lpar.ObjectId, StringComparer.OrdinalIgnoreCase);

        app.MapPost("/api/sessions", async (HttpContext context) =>
        {
            var (body, problem) = await SimulatorHttp.ReadJsonAsync(context, SimulatorJsonContext.Default.HmcLogonBody).ConfigureAwait(false);
            if (body?.UserId is not { Length: > 0 and <= 64 } user || body.Password is not { Length: <= 256 } password)
            {
                return SimulatorHttp.Hmc(context, StatusCodes.Status400BadRequest, 1, problem ?? "'userid' (1-64 characters) and 'password' are required.");
            }

            var session = sessions.Logon(user, password);
            return session is null
                ? SimulatorHttp.Hmc(context, StatusCodes.Status403Forbidden, 0, "Logon failed: the user id or password is not valid.")
                : TypedResults.Json(new HmcLogonAnswer(session, 4, 10), SimulatorJsonContext.Default.HmcLogonAnswer);
        });

        app.MapDelete("/api/sessions/this-session", (HttpContext context) =>
        {
            var session = context.Request.Headers["X-API-Session"].ToString();
            var refused = Refused(context, sessions);
            if (refused is not null)
            {
                return refused;
            }

            sessions.Logoff(session);
            return Results.NoContent();
        });

        app.MapGet("/api/console/operations/list-permitted-logical-partitions", (HttpContext context, string? name) =>
        {
            var refused = Refused(context, sessions);
            if (refused is not null)
            {
                return refused;
            }

            Regex? filter = null;
            if (name is not null)
            {
                try
                {
                    filter = new Regex("^(?:" + name + ")$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
                }
                catch (ArgumentException)
                {
                    return SimulatorHttp.Hmc(context, StatusCodes.Status400BadRequest, 1, $"The name filter '{name}' is not a valid regular expression.");
                }
            }

            var items = systems.Values
                .Where(s => filter is null || filter.IsMatch(s.Name))
                .OrderBy(s => s.Name, StringComparer.Ordinal)
                .Select(s => new HmcPartitionItem(s.Name, s.Lpar.ObjectUri, "esa390", s.Lpar.Status, false, "IMUCPC1", CpcUri))
                .ToList();
            return TypedResults.Json(new HmcPartitionListAnswer(items), SimulatorJsonContext.Default.HmcPartitionListAnswer);
        });

        app.MapGet("/api/logical-partitions/{id}", async (HttpContext context, string id) =>
        {
            var (system, _, stop) = await EnterAsync(context, id, SimulatorFaultOperation.Hmc).ConfigureAwait(false);
            if (stop is not null)
            {
                return stop;
            }

            var lpar = system!.Lpar;
            var properties = new HmcPartitionProperties
            {
                ObjectId = lpar.ObjectId,
                ObjectUri = lpar.ObjectUri,
                Parent = CpcUri,
                Name = lpar.Name,
                Status = lpar.Status,
                LastUsedLoadAddress = lpar.LastUsedAddress,
                LastUsedLoadParameter = lpar.LastUsedParameter,
            };
            return TypedResults.Json(properties, SimulatorJsonContext.Default.HmcPartitionProperties);
        });

        app.MapPost("/api/logical-partitions/{id}/operations/load", async (HttpContext context, string id) =>
        {
            var (system, fault, stop) = await EnterAsync(context, id, SimulatorFaultOperation.Ipl).ConfigureAwait(false);
            return stop ?? await LoadAsync(context, system!, fault).ConfigureAwait(false);
        });

        app.MapGet("/api/jobs/{id}", async (HttpContext context, string id) =>
        {
            var (job, stop) = await JobAsync(context, id).ConfigureAwait(false);
            if (stop is not null)
            {
                return stop;
            }

            var state = job!.Value.State;
            var answer = new HmcJobAnswer
            {
                Status = state.Status,
                JobStatusCode = state.StatusCode,
                JobReasonCode = state.ReasonCode,
                JobResults = state.Message is null ? null : new HmcJobResultsBody(state.Message),
            };
            return TypedResults.Json(answer, SimulatorJsonContext.Default.HmcJobAnswer);
        });

        app.MapDelete("/api/jobs/{id}", async (HttpContext context, string id) =>
        {
            var (job, stop) = await JobAsync(context, id).ConfigureAwait(false);
            if (stop is not null)
            {
                return stop;
            }

            if (job!.Value.State.Status == "running")
            {
                return SimulatorHttp.Hmc(context, StatusCodes.Status409Conflict, 40, "The job is still running; only a completed or canceled job can be deleted.");
            }

            jobs.Delete(id);
            return Results.NoContent();
        });

        async Task<(SimulatedSystem? System, SimulatorFault? Fault, IResult? Stop)> EnterAsync(HttpContext context, string objectId, SimulatorFaultOperation operation)
        {
            var refused = Refused(context, sessions);
            if (refused is not null)
            {
                return (null, null, refused);
            }

            if (!byObjectId.TryGetValue(objectId, out var system))
            {
                return (null, null, SimulatorHttp.Hmc(context, StatusCodes.Status404NotFound, 1, $"The object {context.Request.Path} does not exist or the user may not see it."));
            }

            system.CountRequest();
            var fault = system.Faults.Take(operation);

            var stop = fault?.Kind switch
            {
                SimulatorFaultKind.Http500 => SimulatorHttp.Hmc(context, StatusCodes.Status500InternalServerError, 0, "Internal HMC error (simulated)."),
                SimulatorFaultKind.Http503 => SimulatorHttp.Hmc(context, StatusCodes.Status503ServiceUnavailable, 1, "The HMC is not available (simulated)."),
                SimulatorFaultKind.Drop => SimulatorHttp.Drop(context),
                _ => null,
            };
            if (fault?.Kind == SimulatorFaultKind.Slow && operation != SimulatorFaultOperation.Ipl)
            {
                await Task.Delay(fault.SlowDelay, time, context.RequestAborted).ConfigureAwait(false);
            }

            if (fault?.Kind == SimulatorFaultKind.Down)
            {
                system.GoDown(fault.Seconds);
            }

            return (system, fault, stop);
        }

        async Task<((string System, HmcJobState State)? Job, IResult? Stop)> JobAsync(HttpContext context, string id)
        {
            var refused = Refused(context, sessions);
            if (refused is not null)
            {
                return (null, refused);
            }

            var job = jobs.Find(id);
            if (job is null || !systems.TryGetValue(job.Value.System, out var system))
            {
                return (null, SimulatorHttp.Hmc(context, StatusCodes.Status404NotFound, 1, $"There is no job {id}."));
            }

            system.CountRequest();
            var fault = system.Faults.Take(SimulatorFaultOperation.Hmc);
            var stop = fault?.Kind switch
            {
                SimulatorFaultKind.Http500 => SimulatorHttp.Hmc(context, StatusCodes.Status500InternalServerError, 0, "Internal HMC error (simulated)."),
                SimulatorFaultKind.Http503 => SimulatorHttp.Hmc(context, StatusCodes.Status503ServiceUnavailable, 1, "The HMC is not available (simulated)."),
                SimulatorFaultKind.Drop => SimulatorHttp.Drop(context),
                _ => null,
            };
            return (job, stop);
        }
    }

    /// <summary>A request outside a live session: 403 reason 4 without a session id, reason 5 with an unknown or expired one.</summary>
    private static IResult? Refused(HttpContext context, HmcSessions sessions)
    {
        var reason = sessions.Check(context.Request.Headers["X-API-Session"].ToString());
        return reason switch
        {
            null => null,
            HmcSessions.NoSessionReason => SimulatorHttp.Hmc(context, StatusCodes.Status403Forbidden, reason.Value, "The request has no X-API-Session header; log on with POST /api/sessions first."),
            _ => SimulatorHttp.Hmc(context, StatusCodes.Status403Forbidden, reason.Value, "The API session is not valid or has expired; log on again."),
        };
    }

    /// <summary>
    /// Load Logical Partition: the load address and parameter from the body, else the last used ones;
    /// refused while another load runs; answered 202 with the job, whose end says how the load went.
    /// </summary>
    private static async Task<IResult> LoadAsync(HttpContext context, SimulatedSystem system, SimulatorFault? fault)
    {
        var (body, problem) = await SimulatorHttp.ReadJsonAsync(context, SimulatorJsonContext.Default.HmcLoadBody).ConfigureAwait(false);
        if (body is null)
        {
            return SimulatorHttp.Hmc(context, StatusCodes.Status400BadRequest, 1, problem!);
        }

        var address = body.LoadAddress ?? system.Lpar.LastUsedAddress;
        var parameter = body.LoadParameter ?? system.Lpar.LastUsedParameter;
        if (!LoadAddressPattern().IsMatch(address))
        {
            return SimulatorHttp.Hmc(context, StatusCodes.Status400BadRequest, 1, $"'load-address' must be 4 or 5 hexadecimal digits, not '{Shorten(address)}'.");
        }

        if (!LoadParameterPattern().IsMatch(parameter))
        {
            return SimulatorHttp.Hmc(context, StatusCodes.Status400BadRequest, 1, $"'load-parameter' must be up to 8 of A-Z 0-9 . @ # $, not '{Shorten(parameter)}'.");
        }

        if (system.Lpar.IsLoading)
        {
            return SimulatorHttp.Hmc(context, StatusCodes.Status409Conflict, 1, $"LPAR {system.Name} is busy with another load.");
        }

        var job = system.Lpar.Load(address, parameter.TrimEnd(), body.Force ?? false, fault);
        var answer = TypedResults.Json(new HmcJobAnswer { JobUri = "/api/jobs/" + job }, SimulatorJsonContext.Default.HmcJobAnswer, statusCode: StatusCodes.Status202Accepted);
        return fault?.Kind == SimulatorFaultKind.LostResponse ? SimulatorHttp.Drop(context) : answer;
    }

    private static string Shorten(string value) => value.Length <= 16 ? value : value[..16] + "...";

    [GeneratedRegex("^[0-9A-Fa-f]{4,5}$")]
    private static partial Regex LoadAddressPattern();

    [GeneratedRegex("^[A-Z0-9.@#$ ]{0,8}$")]
    private static partial Regex LoadParameterPattern();
}
