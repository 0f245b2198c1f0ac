using IMU.Runtime.Hosting;
using IMU.Runtime.Storage;

namespace IMU.Runtime.Testing;

/// <summary>
/// Wraps a grain storage provider and fails reads or writes on demand, to test how grains and the
/// runtime behave when storage breaks. Killing the silo kills the wrapped provider.
/// </summary>
/// <param name="inner">The provider that does the real work.</param>
public sealed class FaultInjectionStorage(IGrainStateStorage inner) : IGrainStateStorage, IKillable
{
    private volatile Exception? _readFault;
    private volatile Exception? _writeFault;

    /// <summary>Makes every read throw <paramref name="fault"/> until <see cref="Heal"/>.</summary>
    /// <param name="fault">The exception to throw.</param>
    public void FailReads(Exception fault) => _readFault = fault ?? throw new ArgumentNullException(nameof(fault));

    /// <summary>Makes every write and clear throw <paramref name="fault"/> until <see cref="Heal"/>.</summary>
    /// <param name="fault">The exception to throw.</param>
    public void FailWrites(Exception fault) => _writeFault = fault ?? throw new ArgumentNullException(nameof(fault));

    /// <summary>Stops injecting faults.</summary>
    public void Heal()
    {
        _readFault = null;
        _writeFault = null;
    }

    /// <inheritdoc />
    public Task<GrainStateRecord?> ReadAsync(string stateName, GrainId grainId, CancellationToken cancellationToken) =>
        _readFault is { } fault ? Task.FromException<GrainStateRecord?>(fault) : inner.ReadAsync(stateName, grainId, cancellationToken);

    /// <inheritdoc />
    public Task<string> WriteAsync(string stateName, GrainId grainId, ReadOnlyMemory<byte> payload, string? expectedETag, CancellationToken cancellationToken) =>
        _writeFault is { } fault ? Task.FromException<string>(fault) : inner.WriteAsync(stateName, grainId, payload, expectedETag, cancellationToken);

    /// <inheritdoc />
    public Task ClearAsync(string stateName, GrainId grainId, string? expectedETag, CancellationToken cancellationToken) =>
        _writeFault is { } fault ? Task.FromException(fault) : inner.ClearAsync(stateName, grainId, expectedETag, cancellationToken);

    /// <inheritdoc />
    ValueTask IKillable.KillAsync() => inner is IKillable killable ? killable.KillAsync() : ValueTask.CompletedTask;
}
