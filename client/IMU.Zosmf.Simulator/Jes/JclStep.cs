namespace IMU.Zosmf.Simulator.Jes;

/// <summary>One EXEC step and its DD statements.</summary>
/// <param name="Name">The step name.</param>
/// <param name="Program">The PGM= value.</param>
/// <param name="Dds">The DD statements by ddname.</param>
internal sealed record JclStep(string Name, string Program, IReadOnlyDictionary<string, JclDd> Dds);
