using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IMU.Runtime.Invocation;
using IMU.Runtime.Storage;

namespace IMU.Runtime.Activation;

/// <summary>
/// A grain's named state bound to a storage provider. Writes present the ETag of the last read or
/// write; a conflict marks the activation stale (it is deactivated after the call) and is rethrown
/// to the grain, which must not retry blindly.
/// </summary>
internal sealed class PersistentState<TState> : IPersistentState<TState>
{
    private readonly string _stateName;
    private readonly IGrainStateStorage _storage;
    private readonly JsonTypeInfo<TState> _typeInfo;
    private readonly ActivationData _activation;

    public PersistentState(string stateName, IGrainStateStorage storage, JsonTypeInfo<TState> typeInfo, ActivationData activation)
    {
        _stateName = stateName;
        _storage = storage;
        _typeInfo = typeInfo;
        _activation = activation;
        State = CreateDefault();
    }

    public TState State { get; set; }

    public string? ETag { get; private set; }

    public bool RecordExists { get; private set; }

    public async Task ReadStateAsync(CancellationToken cancellationToken = default)
    {
        var record = await _storage.ReadAsync(_stateName, _activation.GrainId, cancellationToken);
        if (record is null)
        {
            State = CreateDefault();
            ETag = null;
            RecordExists = false;
            return;
        }

        State = JsonSerializer.Deserialize(record.Payload.Span, _typeInfo)!;
        ETag = record.ETag;
        RecordExists = true;
    }

    public async Task WriteStateAsync(CancellationToken cancellationToken = default)
    {
        var buffer = GrainCallBuffer.Rent();
        try
        {
            buffer.Write(State, _typeInfo);
            ETag = await _storage.WriteAsync(_stateName, _activation.GrainId, buffer.WrittenMemory, ETag, cancellationToken);
            RecordExists = true;
            _activation.Catalog.Metrics.StateWritten(succeeded: true);
        }
        catch (InconsistentStateException)
        {
            _activation.MarkStale();
            _activation.Catalog.Metrics.StateWritten(succeeded: false);
            throw;
        }
        finally
        {
            buffer.Return();
        }
    }

    public async Task ClearStateAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _storage.ClearAsync(_stateName, _activation.GrainId, ETag, cancellationToken);
        }
        catch (InconsistentStateException)
        {
            _activation.MarkStale();
            throw;
        }

        State = CreateDefault();
        ETag = null;
        RecordExists = false;
    }

    private TState CreateDefault()
    {
        if (_typeInfo.CreateObject is { } create)
        {
            return (TState)create();
        }

        // Positional records and collections have no parameterless factory; an empty document builds them.
        return _typeInfo.Kind switch
        {
            JsonTypeInfoKind.Object => JsonSerializer.Deserialize("{}"u8, _typeInfo)!,
            JsonTypeInfoKind.Enumerable => JsonSerializer.Deserialize("[]"u8, _typeInfo)!,
            _ => default!,
        };
    }
}
