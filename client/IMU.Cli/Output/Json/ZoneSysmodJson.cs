namespace IMU.Cli.Output.Json;

internal sealed record ZoneSysmodJson(string Id, string? Type, string Status);
