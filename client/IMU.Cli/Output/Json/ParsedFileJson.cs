namespace IMU.Cli.Output.Json;

/// <summary>One file of <c>imu smpe parse --json</c>: a public contract that scripts read.</summary>
internal sealed record ParsedFileJson(
    string File,
    IReadOnlyList<ParsedSysmodJson> Sysmods,
    IReadOnlyList<ParsedHoldJson> Holds,
    IReadOnlyList<ParseErrorJson> Errors);
