using IMU.Smpe.Mcs;

namespace IMU.Cli.Commands;

/// <summary>Opens and reads MCS and HOLDDATA files for <c>parse</c> and <c>receive</c> the same way.</summary>
internal static class McsFiles
{
    /// <summary>Reads and parses the whole of <paramref name="file"/>; returns null with <paramref name="error"/> set when it cannot be read.</summary>
    public static McsParseResult? Read(FileInfo file, out string? error)
    {
        using var stream = Open(file, out error);
        if (stream is null)
        {
            return null;
        }

        try
        {
            return McsReader.Read(stream, file.ToString());
        }
        catch (IOException exception)
        {
            error = exception.Message;
            return null;
        }
    }

    /// <summary>
    /// Opens <paramref name="file"/> for <see cref="McsReader"/>, which reads its bytes as they are
    /// (Latin-1, byte for byte: no decoding, so no byte-order mark can choose one); returns null with
    /// <paramref name="error"/> set when it cannot be opened.
    /// </summary>
    public static FileStream? Open(FileInfo file, out string? error)
    {
        if (Directory.Exists(file.FullName))
        {
            error = "is a directory, not an MCS file";
            return null;
        }

        try
        {
            error = null;

            // The reader asks for large chunks itself; a FileStream buffer would only copy them once more.
            return new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error = exception is FileNotFoundException or DirectoryNotFoundException ? "file not found" : exception.Message;
            return null;
        }
    }
}
