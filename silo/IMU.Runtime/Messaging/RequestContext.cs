namespace IMU.Runtime.Messaging;

/// <summary>
/// The request whose turn is running on the current async flow. Outgoing calls take it as their
/// parent, which forms the call chain used to detect deadlocks.
/// </summary>
internal static class RequestContext
{
    private static readonly AsyncLocal<GrainRequest?> s_current = new();

    public static GrainRequest? Current
    {
        get => s_current.Value;
        set => s_current.Value = value;
    }
}
