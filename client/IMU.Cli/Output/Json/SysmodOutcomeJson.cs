namespace IMU.Cli.Output.Json;

internal sealed record SysmodOutcomeJson(string Id, string Status, IReadOnlyList<HoldJson> Holds, IReadOnlyList<string> Reasons, string Activation);
