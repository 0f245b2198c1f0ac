namespace IMU.Smpe.Mcs;

/// <summary>
/// Recognizes a byte-order mark at the start of an MCS file, read byte for byte (Latin-1).
/// </summary>
/// <remarks>
/// A mark is refused rather than skipped. MCS is single-byte card images; a UTF-8 mark means an
/// editor saved the file as UTF-8, which re-encodes every byte at or above 0x80 in inline data
/// (EBCDIC-converted text, object decks) as two bytes: skipping the mark would receive corrupted
/// data without a word, and refusing it costs the user one look at the file. A UTF-16 or UTF-32
/// mark means the whole file is in a wide encoding that is not MCS at all.
/// </remarks>
internal static class ByteOrderMarks
{
    /// <summary>The refusal message when <paramref name="firstRecord"/> starts with a byte-order mark, else null.</summary>
    public static string? Describe(ReadOnlySpan<char> firstRecord)
    {
        if (firstRecord.StartsWith("\u00EF\u00BB\u00BF"))
        {
            return "the file starts with a UTF-8 byte-order mark (EF BB BF); MCS is read byte for byte, and an editor that wrote the mark "
                + "may have re-encoded bytes 0x80-0xFF of inline data as UTF-8: check the data, remove the 3 bytes and read the file again";
        }

        if (firstRecord.StartsWith("\0\0\u00FE\u00FF") || firstRecord.StartsWith("\u00FF\u00FE\0\0"))
        {
            return "the file starts with a UTF-32 byte-order mark; MCS is single-byte 80-column records: convert the file "
                + "(e.g. iconv -f UTF-32 -t ISO-8859-1) and read it again";
        }

        if (firstRecord.StartsWith("\u00FE\u00FF") || firstRecord.StartsWith("\u00FF\u00FE"))
        {
            return "the file starts with a UTF-16 byte-order mark; MCS is single-byte 80-column records: convert the file "
                + "(e.g. iconv -f UTF-16 -t ISO-8859-1) and read it again";
        }

        if (firstRecord.StartsWith("\uFEFF"))
        {
            return "the text starts with a byte-order mark (U+FEFF), so it was decoded by its mark; MCS must be read byte for byte (Latin-1): "
                + "remove the mark and read the file's bytes again";
        }

        return null;
    }
}
