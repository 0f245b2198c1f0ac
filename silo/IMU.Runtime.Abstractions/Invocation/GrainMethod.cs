namespace IMU.Runtime.Invocation;

/// <summary>Describes one method of a grain interface; instances are created once by generated code.</summary>
public sealed class GrainMethod
{
    /// <summary>Creates the description.</summary>
    /// <param name="interfaceName">The grain interface name (C# name, for messages and spans).</param>
    /// <param name="name">The method's stable name: its <see cref="AliasAttribute"/> or its C# name.</param>
    /// <param name="id">The method's index in the interface, used to dispatch.</param>
    /// <param name="alwaysInterleave">Whether the method carries <see cref="AlwaysInterleaveAttribute"/>.</param>
    public GrainMethod(string interfaceName, string name, int id, bool alwaysInterleave)
    {
        InterfaceName = interfaceName;
        Name = name;
        Id = id;
        AlwaysInterleave = alwaysInterleave;
        FullName = interfaceName + "." + name;
    }

    /// <summary>The grain interface name.</summary>
    public string InterfaceName { get; }

    /// <summary>The stable method name.</summary>
    public string Name { get; }

    /// <summary><c>Interface.Method</c>, as used in spans and error messages.</summary>
    public string FullName { get; }

    /// <summary>The method's index in the interface.</summary>
    public int Id { get; }

    /// <summary>Whether calls to this method may interleave with any other call.</summary>
    public bool AlwaysInterleave { get; }

    /// <inheritdoc />
    public override string ToString() => FullName;
}
