using System.CommandLine;
using IMU.Cli.Output;
using IMU.Smpe.Diagnostics;
using IMU.Smpe.Zones;

namespace IMU.Cli.Commands;

/// <summary>Opens the CSI named by <c>--csi</c> for a subcommand, as the subcommand needs it, and turns CSI failures into SMP/E-style errors.</summary>
internal static class CsiAccess
{
    /// <summary>
    /// Runs <paramref name="action"/> on the CSI opened with <paramref name="mode"/>: only <c>zone add</c>
    /// creates one, commands that only read (LIST, REPORT, every CHECK) open it read-only, so they work
    /// on read-only files and mounts and can never change the file. A command waiting for another
    /// process that holds the CSI says so on standard error.
    /// </summary>
    public static int Run(ParseResult parseResult, ICliConsole console, CsiOpenMode mode, Func<Csi, int> action)
    {
        var file = parseResult.GetValue(SmpeCommand.CsiOption);
        if (file is null)
        {
            console.Error.WriteLine($"error: '{parseResult.CommandResult.Command.Name}' needs the CSI: imu smpe --csi PATH {parseResult.CommandResult.Command.Name} ...");
            return ExitCodes.UsageError;
        }

        var options = new CsiOpenOptions
        {
            Mode = mode,
            LockTimeout = TimeSpan.FromSeconds(parseResult.GetValue(SmpeCommand.LockTimeoutOption)),
            Waiting = console.Error.WriteLine,
        };
        try
        {
            using var csi = Csi.Open(file.FullName, options);
            return action(csi);
        }
        catch (CsiException exception)
        {
            console.Error.WriteLine(exception.Message);
            if (!file.Exists && !Directory.Exists(file.FullName))
            {
                console.Error.WriteLine($"A CSI is created by defining its first zone: imu smpe --csi {file} zone add NAME --type dlib");
            }

            return ExitCodes.Severe;
        }
    }

    /// <summary>Prints the first name problem (RC 12, the operand named) and returns true, or returns false when there is none.</summary>
    public static bool Refused(ICliConsole console, params IEnumerable<string?> problems)
    {
        if (problems.FirstOrDefault(p => p is not null) is not { } problem)
        {
            return false;
        }

        console.Error.WriteLine($"IMU1004S {problem}");
        return true;
    }

    /// <summary>The <c>--zone</c> rule: a target or DLIB zone name (GLOBAL only where <paramref name="globalAllowed"/>).</summary>
    public static string? ZoneProblem(string option, string zone, bool globalAllowed = false) =>
        globalAllowed && zone == SmpeNames.GlobalZone ? null : SmpeNames.ZoneNameProblem(option, zone);

    public static IEnumerable<string?> SysmodIdProblems(string option, IEnumerable<string> ids) =>
        ids.Select(id => SmpeNames.SysmodIdProblem(option, id));
}
