namespace IMU.Runtime.Scheduling;

/// <summary>The queue of continuations of one activation.</summary>
internal interface IActivationWorkQueue
{
    void Post(SendOrPostCallback callback, object? state);
}
