namespace IMU.Cli.Output.Json;

internal sealed record ReceiveResultJson(
    int ReturnCode,
    IReadOnlyList<ReceivedSysmodJson> Sysmods,
    IReadOnlyList<HoldSummaryJson> Holds,
    IReadOnlyList<string> Errors);
