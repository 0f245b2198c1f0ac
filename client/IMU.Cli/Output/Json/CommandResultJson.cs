namespace IMU.Cli.Output.Json;

/// <summary>The result of <c>apply</c>, <c>accept</c> or <c>restore</c> with <c>--json</c>: a public contract.</summary>
internal sealed record CommandResultJson(
    string Command,
    string Zone,
    bool Check,
    int ReturnCode,
    IReadOnlyList<SysmodOutcomeJson> Sysmods,
    IReadOnlyList<ElementJson> Elements);
