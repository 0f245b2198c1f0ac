using Microsoft.AspNetCore.Builder;

namespace IMU.Zosmf.Simulator;

/// <summary>Maps the simulated REST subset under <c>/systems/{system}/</c>.</summary>
internal static class SimulatorEndpoints
{
    public static void Map(WebApplication app, ZosmfSimulator simulator)
    {
        var gate = new SimulatorGate(simulator);
        var system = app.MapGroup("/systems/{system}");
        JobsEndpoints.Map(system, gate, simulator);
        ConsoleEndpoints.Map(system, gate, simulator);
        HmcEndpoints.Map(system, gate);
    }
}
