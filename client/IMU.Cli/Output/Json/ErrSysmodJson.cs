namespace IMU.Cli.Output.Json;

internal sealed record ErrSysmodJson(string Sysmod, string Reason, IReadOnlyList<string> Resolvers);
