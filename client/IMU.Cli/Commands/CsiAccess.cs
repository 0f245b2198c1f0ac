using System.CommandLine;
using IMU.Cli.Output;
using IMU.Smpe.Zones;

namespace IMU.Cli.Commands;

/// <summary>Opens the CSI named by <c>--csi</c> for a subcommand and turns CSI failures into SMP/E-style errors.</summary>
internal static class CsiAccess
{
    /// <summary>
    /// Runs <paramref name="action"/> on the CSI. Only <c>zone add</c> may create the file
    /// (<paramref name="create"/>); every other command refuses a CSI that does not exist, as SMP/E refuses
    /// an SMPCSI data set that is not there, instead of silently working on an empty one.
    /// </summary>
    public static int Run(ParseResult parseResult, ICliConsole console, bool create, Func<Csi, int> action)
    {
        var file = parseResult.GetValue(SmpeCommand.CsiOption);
        if (file is null)
        {
            console.Error.WriteLine($"error: '{parseResult.CommandResult.Command.Name}' needs the CSI: imu smpe --csi PATH {parseResult.CommandResult.Command.Name} ...");
            return ExitCodes.UsageError;
        }

        if (!create && !file.Exists)
        {
            console.Error.WriteLine($"error: CSI {file} does not exist; define a zone first: imu smpe --csi {file} zone add NAME --type target");
            return ExitCodes.Severe;
        }

        try
        {
            using var csi = Csi.Open(file.FullName);
            return action(csi);
        }
        catch (CsiException exception)
        {
            console.Error.WriteLine($"error: {exception.Message}");
            return ExitCodes.Severe;
        }
    }
}
