namespace IMU.Cli.Output.Json;

/// <summary>A SYSMOD that resolves a missing fix, and whether it is received.</summary>
internal sealed record ResolverJson(string Id, bool Received);
