namespace IMU.Cli.Output.Json;

internal sealed record ParsedSysmodJson(string Id, string Type, string? Fmid);
