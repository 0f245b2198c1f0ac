using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace IMU.Runtime.Invocation;

/// <summary>
/// A pooled buffer holding the serialized arguments or result of one call. Copy semantics means
/// every call is serialized, so the buffers and their JSON writers are reused instead of allocated.
/// </summary>
public sealed class GrainCallBuffer : IBufferWriter<byte>
{
    private const int InitialSize = 512;
    private const int MaxRetainedSize = 64 * 1024;
    private const int MaxPooled = 1024;

    private static readonly ConcurrentQueue<GrainCallBuffer> s_pool = new();
    private static int s_pooledCount;

    [ThreadStatic]
    private static GrainCallBuffer? s_cached;

    private readonly Utf8JsonWriter _writer;
    private byte[] _buffer;
    private int _written;
    private bool _inArray;

    private GrainCallBuffer()
    {
        _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
        _writer = new Utf8JsonWriter(this, new JsonWriterOptions { SkipValidation = true });
    }

    /// <summary>The bytes written so far; completes the JSON first.</summary>
    public ReadOnlySpan<byte> WrittenSpan
    {
        get
        {
            Complete();
            return _buffer.AsSpan(0, _written);
        }
    }

    /// <summary>The bytes written so far, as memory; completes the JSON first.</summary>
    public ReadOnlyMemory<byte> WrittenMemory
    {
        get
        {
            Complete();
            return _buffer.AsMemory(0, _written);
        }
    }

    /// <summary>Rents an empty buffer for a single value (a result).</summary>
    /// <returns>The buffer; give it back with <see cref="Return"/>.</returns>
    public static GrainCallBuffer Rent()
    {
        var buffer = s_cached;
        if (buffer is not null)
        {
            s_cached = null;
        }
        else if (s_pool.TryDequeue(out buffer))
        {
            Interlocked.Decrement(ref s_pooledCount);
        }
        else
        {
            buffer = new GrainCallBuffer();
        }

        return buffer;
    }

    /// <summary>Rents a buffer that holds a JSON array of arguments, ready for <see cref="Write{T}"/>.</summary>
    /// <returns>The buffer.</returns>
    public static GrainCallBuffer RentArguments()
    {
        var buffer = Rent();
        buffer._writer.WriteStartArray();
        buffer._inArray = true;
        return buffer;
    }

    /// <summary>Serializes one value (an argument or the result).</summary>
    /// <typeparam name="T">The value's declared type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="typeInfo">Source-generated JSON metadata of <typeparamref name="T"/>.</param>
    public void Write<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.Serialize(_writer, value, typeInfo);

    /// <summary>Empties the buffer and gives it back to the pool; it must not be used afterwards.</summary>
    public void Return()
    {
        _writer.Reset();
        _written = 0;
        _inArray = false;
        if (_buffer.Length > MaxRetainedSize)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
        }

        if (s_cached is null)
        {
            s_cached = this;
        }
        else if (Interlocked.Increment(ref s_pooledCount) <= MaxPooled)
        {
            s_pool.Enqueue(this);
        }
        else
        {
            Interlocked.Decrement(ref s_pooledCount);
        }
    }

    void IBufferWriter<byte>.Advance(int count) => _written += count;

    Memory<byte> IBufferWriter<byte>.GetMemory(int sizeHint)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_written);
    }

    Span<byte> IBufferWriter<byte>.GetSpan(int sizeHint)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_written);
    }

    private void Complete()
    {
        if (_inArray)
        {
            _writer.WriteEndArray();
            _inArray = false;
        }

        _writer.Flush();
    }

    private void Ensure(int sizeHint)
    {
        var needed = _written + Math.Max(sizeHint, 1);
        if (needed <= _buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        _buffer.AsSpan(0, _written).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
