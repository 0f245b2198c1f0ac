namespace IMU.Cli.Output.Json;

/// <summary>One entry of <c>report missingfix --json</c>: a public contract.</summary>
internal sealed record MissingFixJson(string Zone, string Fixcat, string Reason, IReadOnlyList<ResolverJson> Resolvers);
