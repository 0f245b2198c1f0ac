using Microsoft.Extensions.Logging;

namespace IMU.Grains.Rollouts;

/// <content>Log messages of the rollout grain.</content>
public sealed partial class RolloutGrain
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Rollout {Rollout} created by {By}")]
    private partial void LogCreated(string rollout, string by);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rollout {Rollout}: {What} did not get through; it is sent again on the next reminder tick")]
    private partial void LogNotSent(Exception exception, string rollout, string what);
}
