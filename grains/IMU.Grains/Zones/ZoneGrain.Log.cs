using Microsoft.Extensions.Logging;

namespace IMU.Grains.Zones;

/// <content>Log messages of the zone grain.</content>
public sealed partial class ZoneGrain
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Zone {Zone}: step {OperationId} failed on attempt {Attempt}; trying again in {Delay}: {Error}")]
    private partial void LogRetry(string zone, string operationId, int attempt, TimeSpan delay, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Zone {Zone}: step {OperationId} could not be run")]
    private partial void LogStepFailed(Exception exception, string zone, string operationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Zone {Zone}: step {OperationId} ended (succeeded: {Succeeded}) {Error}")]
    private partial void LogStepEnded(string zone, string operationId, bool succeeded, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SYSMOD {Sysmod} was not told its placement in zone {Zone}")]
    private partial void LogPlacementLost(Exception exception, string sysmod, string zone);
}
