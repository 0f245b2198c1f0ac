namespace IMU.Runtime.Scheduling;

/// <summary>
/// Installed while an activation's work runs, so every <c>await</c> in grain code resumes on the
/// activation's queue: the turns of one activation never run in parallel, even when they interleave.
/// </summary>
internal sealed class ActivationSynchronizationContext(IActivationWorkQueue queue) : SynchronizationContext
{
    public override void Post(SendOrPostCallback d, object? state) => queue.Post(d, state);

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("Blocking on a grain's scheduler would deadlock the activation; await instead.");

    public override SynchronizationContext CreateCopy() => this;
}
