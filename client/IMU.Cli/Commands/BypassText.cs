using IMU.Cli.Output;
using IMU.Smpe.Commands;

namespace IMU.Cli.Commands;

/// <summary>Reads <c>--bypass</c>, which takes SMP/E's own BYPASS operand text.</summary>
internal static class BypassText
{
    /// <summary>Returns the BYPASS options, or null after printing positioned errors for text that is not valid.</summary>
    public static BypassOptions? Read(string? text, ICliConsole console)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return BypassOptions.None;
        }

        var result = BypassOperands.Read(text, "--bypass");
        foreach (var error in result.Errors)
        {
            console.Error.WriteLine(error.ToString());
        }

        return result.Errors.Count == 0 ? result.Options : null;
    }
}
