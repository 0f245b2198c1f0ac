using IMU.Zosmf.Simulator.Faults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace IMU.Zosmf.Simulator.Control;

/// <summary>
/// The control API for tests, demos and chaos drills: <c>GET /simulator/systems</c>,
/// <c>GET /simulator/systems/{name}/history</c>, <c>POST</c> and <c>DELETE /simulator/systems/{name}/faults</c>.
/// </summary>
internal static class ControlEndpoints
{
    private static readonly Dictionary<string, SimulatorFaultOperation> s_operations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["receive"] = SimulatorFaultOperation.Receive,
        ["applycheck"] = SimulatorFaultOperation.ApplyCheck,
        ["apply"] = SimulatorFaultOperation.Apply,
        ["acceptcheck"] = SimulatorFaultOperation.AcceptCheck,
        ["accept"] = SimulatorFaultOperation.Accept,
        ["restorecheck"] = SimulatorFaultOperation.RestoreCheck,
        ["restore"] = SimulatorFaultOperation.Restore,
        ["list"] = SimulatorFaultOperation.List,
        ["ipl"] = SimulatorFaultOperation.Ipl,
        ["any"] = SimulatorFaultOperation.Any,
        ["jobstatus"] = SimulatorFaultOperation.JobStatus,
        ["joblist"] = SimulatorFaultOperation.JobList,
        ["spool"] = SimulatorFaultOperation.Spool,
        ["console"] = SimulatorFaultOperation.Console,
        ["hmc"] = SimulatorFaultOperation.Hmc,
    };

    private static readonly Dictionary<string, SimulatorFaultKind> s_kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["http500"] = SimulatorFaultKind.Http500,
        ["http503"] = SimulatorFaultKind.Http503,
        ["drop"] = SimulatorFaultKind.Drop,
        ["lostResponse"] = SimulatorFaultKind.LostResponse,
        ["slow"] = SimulatorFaultKind.Slow,
        ["jclError"] = SimulatorFaultKind.JclError,
        ["abend"] = SimulatorFaultKind.Abend,
        ["rc8"] = SimulatorFaultKind.Rc8,
        ["down"] = SimulatorFaultKind.Down,
        ["canceled"] = SimulatorFaultKind.Canceled,
    };

    public static void Map(WebApplication app, ZosmfSimulator simulator)
    {
        app.MapGet("/simulator/systems", () => TypedResults.Json(simulator.ListSystems().ToList(), SimulatorJsonContext.Default.ListSimulatedSystemInfo));

        app.MapGet("/simulator/systems/{name}/history", (string name) => simulator.HasSystem(name)
            ? TypedResults.Json(simulator.History(name).ToList(), SimulatorJsonContext.Default.ListSimulatorHistoryEntry)
            : NoSystem(name));

        app.MapPost("/simulator/systems/{name}/faults", async (HttpContext context, string name) =>
        {
            if (!simulator.HasSystem(name))
            {
                return NoSystem(name);
            }

            var (body, problem) = await SimulatorHttp.ReadJsonAsync(context, SimulatorJsonContext.Default.FaultBody).ConfigureAwait(false);
            var fault = body is null ? null : ToFault(body, out problem);
            if (fault is null)
            {
                return Problem(problem!);
            }

            simulator.AddFault(name, fault);
            return Results.NoContent();
        });

        app.MapDelete("/simulator/systems/{name}/faults", (string name) =>
        {
            if (!simulator.HasSystem(name))
            {
                return NoSystem(name);
            }

            simulator.ClearFaults(name);
            return Results.NoContent();
        });
    }

    private static SimulatorFault? ToFault(FaultBody body, out string? problem)
    {
        problem = null;
        if (body.Operation is null || !s_operations.TryGetValue(body.Operation, out var operation))
        {
            problem = $"'operation' must be one of {string.Join('|', s_operations.Keys)}";
        }
        else if (body.Kind is null || !s_kinds.TryGetValue(body.Kind, out var kind))
        {
            problem = $"'kind' must be one of {string.Join('|', s_kinds.Keys)}";
        }
        else if (body.Count is < 1 or > 1_000_000)
        {
            problem = "'count' must be from 1 to 1000000";
        }
        else if (body.Seconds is < 0 or > 86_400 || (body.Seconds is { } s && !double.IsFinite(s)))
        {
            problem = "'seconds' must be from 0 to 86400";
        }
        else if (kind == SimulatorFaultKind.Canceled && operation != SimulatorFaultOperation.Ipl)
        {
            problem = "'canceled' applies to ipl only";
        }
        else
        {
            return new SimulatorFault(operation, kind, body.Count ?? 1, body.Seconds);
        }

        return null;
    }

    private static IResult NoSystem(string name) => Problem($"there is no system '{name}' on this simulator", StatusCodes.Status404NotFound);

    private static IResult Problem(string message, int status = StatusCodes.Status400BadRequest)
        => TypedResults.Json(new ControlError(message), SimulatorJsonContext.Default.ControlError, statusCode: status);
}
