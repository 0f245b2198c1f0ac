using System.Runtime.CompilerServices;

namespace IMU.Smpe.Mcs;

/// <summary>
/// Reads SMP/E MCS: SMPPTFIN streams (SYSMODs, possibly with external <c>++HOLD</c> and
/// <c>++RELEASE</c>) and SMPHOLD streams (HOLDDATA), following smpe-reference §1.
/// </summary>
/// <remarks>
/// <para>
/// The reader never throws on bad input: every problem becomes a positioned
/// <see cref="Diagnostics.SmpeError"/> and reading resumes at the next <c>++</c> in columns 1-2.
/// A SYSMOD with any bad MCS (header, <c>++VER</c>, <c>++IF</c>, internal <c>++HOLD</c>, element)
/// is not returned at all, as SMP/E would not receive it; the SYSMODs after it are.
/// </para>
/// <para>
/// Streams are read byte for byte (Latin-1: one character per byte, so EBCDIC-converted inline data
/// survives and columns are byte columns) and a byte-order mark is refused, never used to pick a
/// decoding. <see cref="ReadEntries(Stream, string, McsReaderLimits?)"/> and
/// <see cref="ReadBatches"/> hold only the SYSMOD being read (and the batch), so their memory is
/// bounded by the largest SYSMOD, not by the file; <see cref="McsReaderLimits"/> bounds that.
/// </para>
/// </remarks>
public static class McsReader
{
    /// <summary>Characters read from a string or reader at a time.</summary>
    private const int ChunkSize = Latin1Chunk.Size;

    /// <summary>Reads MCS from a string.</summary>
    /// <param name="text">The stream: 80-column records separated by LF or CRLF.</param>
    /// <param name="fileName">The name used in error locations.</param>
    /// <param name="limits">Bounds on records, statements and SYSMODs; <see cref="McsReaderLimits.Default"/> when null.</param>
    /// <returns>The SYSMODs, external holds, releases and errors.</returns>
    public static McsParseResult Read(string text, string fileName = "", McsReaderLimits? limits = null) => Collect(ReadEntries(text, fileName, limits));

    /// <summary>Reads MCS from a reader, to its end.</summary>
    /// <param name="reader">The stream.</param>
    /// <param name="fileName">The name used in error locations.</param>
    /// <returns>The SYSMODs, external holds, releases and errors.</returns>
    public static McsParseResult Read(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Collect(Entries(Parser(fileName, null), reader));

        static IEnumerable<McsEntry> Entries(McsStreamParser parser, TextReader reader)
        {
            var chars = new char[ChunkSize];
            var read = -1;
            while (read != 0)
            {
                read = parser.Refused ? 0 : reader.Read(chars, 0, ChunkSize);
                foreach (var entry in Take(parser, chars.AsSpan(0, read)))
                {
                    yield return entry;
                }
            }
        }
    }

    /// <summary>Reads a whole MCS or HOLDDATA stream (its bytes, Latin-1) into one result.</summary>
    /// <param name="stream">The bytes of the file.</param>
    /// <param name="fileName">The name used in error locations.</param>
    /// <param name="limits">Bounds on records, statements and SYSMODs; <see cref="McsReaderLimits.Default"/> when null.</param>
    /// <returns>The SYSMODs, external holds, releases and errors.</returns>
    /// <remarks>The result holds the whole stream: for large input use <see cref="ReadBatches"/>.</remarks>
    public static McsParseResult Read(Stream stream, string fileName, McsReaderLimits? limits = null) =>
        Collect(ReadEntries(stream, fileName, limits));

    /// <summary>Reads MCS from a string one entry at a time, in stream order.</summary>
    /// <param name="text">The stream: 80-column records separated by LF or CRLF.</param>
    /// <param name="fileName">The name used in error locations.</param>
    /// <param name="limits">Bounds on records, statements and SYSMODs; <see cref="McsReaderLimits.Default"/> when null.</param>
    /// <returns>The entries: SYSMODs, HOLDDATA, other statements and errors.</returns>
    public static IEnumerable<McsEntry> ReadEntries(string text, string fileName = "", McsReaderLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = Parser(fileName, limits);
        return Entries(parser, text);

        static IEnumerable<McsEntry> Entries(McsStreamParser parser, string text)
        {
            for (var start = 0; start < text.Length && !parser.Refused; start += ChunkSize)
            {
                foreach (var entry in Take(parser, text.AsSpan(start, Math.Min(ChunkSize, text.Length - start))))
                {
                    yield return entry;
                }
            }

            foreach (var entry in Take(parser, []))
            {
                yield return entry;
            }
        }
    }

    /// <summary>
    /// Reads an MCS or HOLDDATA stream one entry at a time, in stream order, holding only the SYSMOD
    /// being read. Each SYSMOD, hold, release and error is yielded as soon as it is complete.
    /// </summary>
    /// <param name="stream">The bytes of the file, read to its end (Latin-1, byte for byte).</param>
    /// <param name="fileName">The name used in error locations.</param>
    /// <param name="limits">Bounds on records, statements and SYSMODs; <see cref="McsReaderLimits.Default"/> when null.</param>
    /// <returns>The entries; a <see cref="McsEntryKind.Refusal"/> is the last one.</returns>
    /// <remarks>The stream is read as the entries are enumerated; it is not disposed.</remarks>
    public static IEnumerable<McsEntry> ReadEntries(Stream stream, string fileName, McsReaderLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var parser = Parser(fileName, limits);
        return Entries(parser, stream);

        static IEnumerable<McsEntry> Entries(McsStreamParser parser, Stream stream)
        {
            using var bytes = new Latin1Chunk();
            var read = -1;
            while (read != 0)
            {
                read = parser.Refused ? 0 : stream.Read(bytes.Buffer.Span);
                foreach (var entry in Take(parser, bytes.Decode(read)))
                {
                    yield return entry;
                }
            }
        }
    }

    /// <summary>The asynchronous form of <see cref="ReadEntries(Stream, string, McsReaderLimits?)"/>.</summary>
    /// <param name="stream">The bytes of the file, read to its end (Latin-1, byte for byte).</param>
    /// <param name="fileName">The name used in error locations.</param>
    /// <param name="limits">Bounds on records, statements and SYSMODs; <see cref="McsReaderLimits.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The entries; a <see cref="McsEntryKind.Refusal"/> is the last one.</returns>
    public static IAsyncEnumerable<McsEntry> ReadEntriesAsync(Stream stream, string fileName, McsReaderLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var parser = Parser(fileName, limits);
        return Entries(parser, stream, cancellationToken);

        static async IAsyncEnumerable<McsEntry> Entries(McsStreamParser parser, Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            using var bytes = new Latin1Chunk();
            var read = -1;
            while (read != 0)
            {
                read = parser.Refused ? 0 : await stream.ReadAsync(bytes.Buffer, cancellationToken);
                foreach (var entry in Take(parser, bytes.Decode(read)))
                {
                    yield return entry;
                }
            }
        }
    }

    /// <summary>
    /// Reads an MCS or HOLDDATA stream in batches of at most <paramref name="batchSize"/> SYSMODs,
    /// HOLDDATA and other statements (with the errors found among them), so that a consumer such as
    /// RECEIVE holds one batch at a time. Stream order is kept across and within batches.
    /// </summary>
    /// <param name="stream">The bytes of the file, read to its end (Latin-1, byte for byte).</param>
    /// <param name="fileName">The name used in error locations.</param>
    /// <param name="batchSize">The most statements (SYSMODs, holds, releases, ...) in one batch; errors do not count.</param>
    /// <param name="limits">Bounds on records, statements and SYSMODs; <see cref="McsReaderLimits.Default"/> when null.</param>
    /// <returns>The batches; none for an empty stream. A refused stream ends with a batch whose <see cref="McsParseResult.Refused"/> is set.</returns>
    public static IEnumerable<McsParseResult> ReadBatches(Stream stream, string fileName, int batchSize, McsReaderLimits? limits = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var entries = ReadEntries(stream, fileName, limits);
        return Batches(entries, batchSize);

        static IEnumerable<McsParseResult> Batches(IEnumerable<McsEntry> entries, int batchSize)
        {
            var batch = new McsParseResultBuilder();
            foreach (var entry in entries)
            {
                batch.Add(entry);
                if (batch.Statements == batchSize)
                {
                    yield return batch.Build();
                    batch = new McsParseResultBuilder();
                }
            }

            if (!batch.IsEmpty)
            {
                yield return batch.Build();
            }
        }
    }

    /// <summary>Collects entries (from any of the <c>ReadEntries</c> forms) into one result.</summary>
    /// <param name="entries">The entries, in stream order.</param>
    /// <returns>The SYSMODs, holds, releases, other statements and errors, each list in stream order.</returns>
    public static McsParseResult Collect(IEnumerable<McsEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var result = new McsParseResultBuilder();
        foreach (var entry in entries)
        {
            result.Add(entry);
        }

        return result.Build();
    }

    /// <summary>
    /// Feeds the parser the next chunk (an empty one ends the input) and returns what it completed,
    /// as a copy: the parser's own list is reused by the next chunk while the caller still yields.
    /// </summary>
    private static McsEntry[] Take(McsStreamParser parser, ReadOnlySpan<char> chunk)
    {
        if (chunk.IsEmpty)
        {
            parser.End();
        }
        else
        {
            parser.Feed(chunk);
        }

        var entries = parser.Output.ToArray();
        parser.Output.Clear();
        return entries;
    }

    private static McsStreamParser Parser(string fileName, McsReaderLimits? limits)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        limits ??= McsReaderLimits.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.MaxRecordLength, 80, nameof(limits));
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.MaxStatementLength, 80, nameof(limits));
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.MaxSysmodLength, 80, nameof(limits));
        return new McsStreamParser(fileName, limits);
    }
}
