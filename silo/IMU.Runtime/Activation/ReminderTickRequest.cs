using IMU.Runtime.Messaging;
using IMU.Runtime.Serialization;

namespace IMU.Runtime.Activation;

/// <summary>A reminder tick, delivered as a turn of the grain's activation (activating it if needed).</summary>
internal sealed class ReminderTickRequest(GrainId target, string reminderName, TickStatus status, long deadline)
    : GrainRequest(target, null, deadline)
{
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Task => _completion.Task;

    public override string Description => "reminder " + reminderName;

    public override bool AlwaysInterleaves => false;

    public override bool IsAbandoned => _completion.Task.IsCompleted;

    public override ValueTask StartAsync(ActivationData activation)
    {
        try
        {
            if (activation.Grain is not IRemindable remindable)
            {
                throw new InvalidOperationException($"Reminder '{reminderName}' fired for grain {Target}, whose class {activation.GrainClass.Type.Name} does not implement IRemindable.");
            }

            activation.Catalog.Metrics.ReminderTicked();
            return new ValueTask(remindable.ReceiveReminder(reminderName, status));
        }
        catch (Exception exception)
        {
            return ValueTask.FromException(exception);
        }
    }

    public override void Respond(Exception? error, bool copyError = true)
    {
        if (error is null)
        {
            _completion.TrySetResult();
        }
        else
        {
            _completion.TrySetException(copyError ? ExceptionCodec.FromPayload(ExceptionCodec.ToPayload(error)) : error);
        }
    }

    public override void TimeOut(TimeSpan timeout) =>
        _completion.TrySetException(new GrainCallTimeoutException(Target, Description, timeout));
}
