namespace IMU.Runtime;

/// <summary>
/// Marks a grain constructor parameter of type <see cref="IPersistentState{TState}"/>: the runtime
/// binds it to the named state of this grain in the named storage, read before activation.
/// </summary>
/// <param name="stateName">The state name, unique within the grain.</param>
/// <param name="storageName">The storage provider name; null for the default provider.</param>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class PersistentStateAttribute(string stateName, string? storageName = null) : Attribute
{
    /// <summary>The name of the default storage provider.</summary>
    public const string DefaultStorageName = "Default";

    /// <summary>The state name, unique within the grain.</summary>
    public string StateName { get; } = stateName;

    /// <summary>The storage provider name.</summary>
    public string StorageName { get; } = storageName ?? DefaultStorageName;
}
