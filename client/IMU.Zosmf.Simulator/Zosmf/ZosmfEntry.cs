using IMU.Zosmf.Simulator.Systems;
using Microsoft.AspNetCore.Http;

namespace IMU.Zosmf.Simulator.Zosmf;

/// <summary>The outcome of <see cref="ZosmfGate.EnterAsync"/>: go on with a system and its user, or stop with an answer.</summary>
internal sealed record ZosmfEntry(SimulatedSystem? System, string Owner, bool LoseResponse, IResult? Stopped)
{
    public static ZosmfEntry Stop(IResult result) => new(null, string.Empty, false, result);

    /// <summary>The handler's answer, or a dropped connection when a fault says the answer is lost.</summary>
    public IResult Answer(HttpContext context, IResult result) => LoseResponse ? SimulatorHttp.Drop(context) : result;
}
