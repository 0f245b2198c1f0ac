namespace IMU.Runtime;

/// <summary>
/// The identity of a grain: its type (the stable alias of its grain interface) and its string key.
/// A grain with a given id exists logically at all times; the runtime activates it on demand.
/// </summary>
/// <param name="Type">The grain type: the <see cref="AliasAttribute"/> of the grain interface, or its full name.</param>
/// <param name="Key">The primary key, e.g. an LPAR name.</param>
public readonly record struct GrainId(string Type, string Key)
{
    /// <summary>Formats the id as <c>type/key</c>, the form used in logs, traces and storage.</summary>
    /// <returns>The id text.</returns>
    public override string ToString() => $"{Type}/{Key}";
}
