using System.Net.Http.Json;
using IMU.Zosmf.Console;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IMU.Zosmf.Simulator;

/// <summary>The console REST subset: <c>D IPLINFO</c> answers IEE254I; other commands are refused as z/OS would.</summary>
internal static class ConsoleEndpoints
{
    public static void Map(RouteGroupBuilder system, SimulatorGate gate, ZosmfSimulator simulator)
    {
        system.MapPut("/zosmf/restconsoles/consoles/{console}", async (HttpContext context, string system) =>
        {
            var entered = await gate.EnterAsync(context, system, SimulatorOperation.Console, zosmf: true).ConfigureAwait(false);
            if (entered.Stopped is not null)
            {
                return entered.Stopped;
            }

            var request = await context.Request.ReadFromJsonAsync(ZosmfJsonContext.Default.ConsoleRequest, context.RequestAborted).ConfigureAwait(false);
            var command = string.Join(' ', (request?.Command ?? string.Empty).ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            var now = simulator.Time.GetUtcNow();
            var text = command == "D IPLINFO"
                ? IplInfoParser.Format(now, entered.System!.Ipl.Current, LoadDevice(entered.System!.Ipl.LastUsedLoad.LoadParameter))
                : $"IEE305I {command} COMMAND INVALID";
            var response = new ConsoleResponse { CommandResponse = text, CommandResponseKey = "C" + now.ToUnixTimeMilliseconds() };
            return SimulatorGate.Answer(context, entered, TypedResults.Json(response, ZosmfJsonContext.Default.ConsoleResponse));
        });
    }

    private static string LoadDevice(string loadParameter) => loadParameter.Length >= 4 ? loadParameter[..4] : loadParameter;
}
