namespace IMU.Runtime.Storage;

/// <summary>A stored grain state: the serialized payload and the ETag that fences the next write.</summary>
/// <param name="Payload">The serialized state (UTF-8 JSON).</param>
/// <param name="ETag">The version token a writer must present to overwrite this record.</param>
public sealed record GrainStateRecord(ReadOnlyMemory<byte> Payload, string ETag);
