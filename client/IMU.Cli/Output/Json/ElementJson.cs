namespace IMU.Cli.Output.Json;

internal sealed record ElementJson(string Name, string Type, string Fmid, string Rmid, IReadOnlyList<string> Umids);
