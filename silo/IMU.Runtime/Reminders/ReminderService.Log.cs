using Microsoft.Extensions.Logging;

namespace IMU.Runtime.Reminders;

/// <summary>Log messages of the reminder service.</summary>
public sealed partial class ReminderService
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning,
        Message = "Reminder {ReminderName} of grain {GrainId}: the tick due {TickTime:O} failed; the next try is the tick due {NextTickTime:O}")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string reminderName, GrainId grainId, DateTimeOffset tickTime, DateTimeOffset nextTickTime);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning,
        Message = "Reminder {ReminderName} of grain {GrainId}: the tick due {TickTime:O} was skipped because the previous tick is still being handled")]
    private static partial void LogTickSkipped(ILogger logger, string reminderName, GrainId grainId, DateTimeOffset tickTime);
}
