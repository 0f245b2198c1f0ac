using System.Text;
using IMU.Smpe.Mcs;

namespace IMU.Cli.Commands;

/// <summary>Reads MCS and HOLDDATA files for <c>parse</c> and <c>receive</c> the same way.</summary>
internal static class McsFiles
{
    /// <summary>Reads and parses <paramref name="file"/>; returns null with <paramref name="error"/> set when it cannot be read.</summary>
    public static McsParseResult? Read(FileInfo file, out string? error)
    {
        try
        {
            // Latin-1 maps every byte to one char, so EBCDIC-converted bytes in inline data survive
            // and columns stay byte columns.
            var text = File.ReadAllText(file.FullName, Encoding.Latin1);
            error = null;
            return McsReader.Read(text, file.ToString());
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error = exception is FileNotFoundException ? "file not found" : exception.Message;
            return null;
        }
    }
}
