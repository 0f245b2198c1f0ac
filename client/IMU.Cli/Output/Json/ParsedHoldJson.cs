namespace IMU.Cli.Output.Json;

internal sealed record ParsedHoldJson(string Sysmod, string Category, string Reason, string Fmid);
