namespace IMU.Runtime;

/// <summary>
/// Marks a grain interface method (typically a read-only query) whose calls may interleave with any
/// other call of the activation, even on a non-reentrant grain.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class AlwaysInterleaveAttribute : Attribute
{
}
