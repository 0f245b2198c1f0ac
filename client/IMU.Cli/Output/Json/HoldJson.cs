namespace IMU.Cli.Output.Json;

/// <summary>A hold on a SYSMOD in a command result; <see cref="Bypassed"/> records that BYPASS let it through.</summary>
internal sealed record HoldJson(string Category, string Reason, bool Bypassed);
