namespace IMU.Cli.Output.Json;

internal sealed record HoldSummaryJson(string Sysmod, string Fmid, string Category, string Reason, string Statement, string Status);
