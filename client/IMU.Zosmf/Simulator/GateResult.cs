using Microsoft.AspNetCore.Http;

namespace IMU.Zosmf.Simulator;

/// <summary>The outcome of <see cref="SimulatorGate.EnterAsync"/>: proceed with a system, or stop with an answer.</summary>
internal sealed record GateResult(SimulatedSystem? System, string Owner, SimulatedFault? Fault, IResult? Stopped)
{
    public static GateResult Stop(IResult result) => new(null, string.Empty, null, result);
}
