using System.Buffers;
using System.Text;

namespace IMU.Smpe.Mcs;

/// <summary>
/// One chunk of a stream's bytes and the same chunk as characters, one per byte (Latin-1), in
/// pooled buffers: MCS is read byte for byte and never through a decoder that could pick an encoding.
/// </summary>
internal sealed class Latin1Chunk : IDisposable
{
    public const int Size = 64 * 1024;

    private readonly byte[] _bytes = ArrayPool<byte>.Shared.Rent(Size);
    private readonly char[] _chars = ArrayPool<char>.Shared.Rent(Size);

    /// <summary>Where the next bytes are read to.</summary>
    public Memory<byte> Buffer => _bytes.AsMemory(0, Size);

    /// <summary>The first <paramref name="count"/> bytes of <see cref="Buffer"/> as characters.</summary>
    public ReadOnlySpan<char> Decode(int count) => _chars.AsSpan(0, Encoding.Latin1.GetChars(_bytes.AsSpan(0, count), _chars));

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_bytes);
        ArrayPool<char>.Shared.Return(_chars);
    }
}
