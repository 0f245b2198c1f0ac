namespace IMU.Cli.Output.Json;

internal sealed record ReceivedSysmodJson(string Id, string Type, string Status, IReadOnlyList<string> Reasons);
