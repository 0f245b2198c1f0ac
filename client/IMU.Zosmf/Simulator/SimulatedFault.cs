namespace IMU.Zosmf.Simulator;

/// <summary>One fault to inject into a simulated operation.</summary>
public sealed record SimulatedFault
{
    private SimulatedFault(SimulatedFaultKind kind) => Kind = kind;

    /// <summary>What the fault does.</summary>
    public SimulatedFaultKind Kind { get; }

    /// <summary>The status for <see cref="SimulatedFaultKind.HttpStatus"/>.</summary>
    public int StatusCode { get; private init; }

    /// <summary>The wait for <see cref="SimulatedFaultKind.Slow"/>.</summary>
    public TimeSpan Delay { get; private init; }

    /// <summary>The completion code for <see cref="SimulatedFaultKind.Abend"/>, e.g. <c>S0C4</c>.</summary>
    public string AbendCode { get; private init; } = "S0C4";

    /// <summary>Answer with <paramref name="statusCode"/> (500, 503, ...) without doing the work.</summary>
    public static SimulatedFault Http(int statusCode) => new(SimulatedFaultKind.HttpStatus) { StatusCode = statusCode };

    /// <summary>Wait <paramref name="delay"/> (on the simulator's clock) before answering.</summary>
    public static SimulatedFault Slow(TimeSpan delay) => new(SimulatedFaultKind.Slow) { Delay = delay };

    /// <summary>Drop the connection without doing the work.</summary>
    public static SimulatedFault DropConnection() => new(SimulatedFaultKind.DropConnection);

    /// <summary>Do the work, then drop the connection.</summary>
    public static SimulatedFault LoseResponse() => new(SimulatedFaultKind.LoseResponse);

    /// <summary>The submitted job ends with JCL ERROR.</summary>
    public static SimulatedFault JclError() => new(SimulatedFaultKind.JclError);

    /// <summary>The submitted job ends with <c>ABEND code</c>.</summary>
    public static SimulatedFault Abend(string code = "S0C4") => new(SimulatedFaultKind.Abend) { AbendCode = code };
}
