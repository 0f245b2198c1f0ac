using System.Collections.Concurrent;
using System.Globalization;
using IMU.Zosmf.Simulator.Faults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IMU.Zosmf.Simulator.Zosmf;

/// <summary>
/// The console REST subset: <c>D IPLINFO</c> answers IEE254I, other commands IEE305I, as z/OS would.
/// A slow console (fault) answers the command with an empty <c>cmd-response</c>; the answer is then
/// collected with <c>GET .../solmsgs/{key}</c>.
/// </summary>
internal static class ConsoleEndpoints
{
    private const string Consoles = "/zosmf/restconsoles/consoles/{console}";

    public static void Map(RouteGroupBuilder system, ZosmfGate gate, TimeProvider time)
    {
        var pending = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var keys = 0;
        system.MapPut(Consoles, async (HttpContext context, string system, string console) =>
        {
            var entry = await gate.EnterAsync(context, system, null).ConfigureAwait(false);
            if (entry.Stopped is not null)
            {
                return entry.Stopped;
            }

            var (body, problem) = await SimulatorHttp.ReadJsonAsync(context, SimulatorJsonContext.Default.ZosmfConsoleBody).ConfigureAwait(false);
            if (body?.Command is not { Length: > 0 and <= 126 } text)
            {
                return SimulatorHttp.ZosmfBadRequest(problem ?? "'cmd' is required: a console command of 1 to 126 characters.");
            }

            var fault = entry.System!.Faults.Take(SimulatorFaultOperation.Console);
            var slow = fault?.Kind == SimulatorFaultKind.Slow;
            var answerEntry = slow ? entry : await ZosmfGate.ApplyAsync(context, entry.System, entry.Owner, fault, time).ConfigureAwait(false);
            if (answerEntry.Stopped is not null)
            {
                return answerEntry.Stopped;
            }

            var command = string.Join(' ', text.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            var now = time.GetUtcNow();
            var response = command == "D IPLINFO"
                ? Iee254iWriter.Write(now, entry.System.Lpar.Current)
                : $"IEE305I {command} COMMAND INVALID";
            var key = "C" + Interlocked.Increment(ref keys).ToString(CultureInfo.InvariantCulture);
            if (slow)
            {
                pending[key] = response;
            }

            var uri = $"/systems/{entry.System.Name}/zosmf/restconsoles/consoles/{console}/solmsgs/{key}";
            var answer = new ZosmfConsoleAnswer
            {
                CommandResponse = slow ? string.Empty : response,
                CommandResponseKey = key,
                CommandResponseUri = uri,
                CommandResponseUrl = $"{context.Request.Scheme}://{context.Request.Host}{uri}",
            };
            return answerEntry.Answer(context, TypedResults.Json(answer, SimulatorJsonContext.Default.ZosmfConsoleAnswer));
        });

        system.MapGet(Consoles + "/solmsgs/{key}", async (HttpContext context, string system, string console, string key) =>
        {
            var entry = await gate.EnterAsync(context, system, SimulatorFaultOperation.Console).ConfigureAwait(false);
            if (entry.Stopped is not null)
            {
                return entry.Stopped;
            }

            var response = pending.TryRemove(key, out var collected) ? collected : string.Empty;
            return entry.Answer(context, TypedResults.Json(new ZosmfConsoleAnswer { CommandResponse = response }, SimulatorJsonContext.Default.ZosmfConsoleAnswer));
        });
    }
}
