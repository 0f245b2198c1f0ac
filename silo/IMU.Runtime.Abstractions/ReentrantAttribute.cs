namespace IMU.Runtime;

/// <summary>
/// Lets calls to this grain class interleave at <c>await</c> points. Turns still never run in
/// parallel: only one piece of the grain's code runs at any moment.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class ReentrantAttribute : Attribute
{
}
