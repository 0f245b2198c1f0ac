namespace IMU.Silo.Storage;

/// <summary>A grain state row as read: the payload (null after a clear) and the version that is its ETag.</summary>
internal readonly record struct StoredGrainState(byte[]? Payload, long Version);
