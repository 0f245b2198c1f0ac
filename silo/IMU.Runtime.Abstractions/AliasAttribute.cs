namespace IMU.Runtime;

/// <summary>
/// A stable wire name for a grain interface or method, so renaming the C# type or method does not
/// change what is stored or sent.
/// </summary>
/// <param name="alias">The stable name.</param>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class AliasAttribute(string alias) : Attribute
{
    /// <summary>The stable name.</summary>
    public string Alias { get; } = alias;
}
