using System.CommandLine;
using System.Globalization;
using IMU.Cli.Output;
using IMU.Smpe.Mcs;

namespace IMU.Cli.Commands;

/// <summary><c>imu smpe parse [--json] FILE...</c>: reads MCS and HOLDDATA files and reports what they hold.</summary>
/// <remarks>
/// Files are read as streams and reported as they are read, so a file of any size is parsed in
/// memory bounded by its largest SYSMOD. Text from the files is printed escaped
/// (<see cref="McsText.Escape"/>): an MCS file can carry terminal escape sequences.
/// </remarks>
internal sealed partial class ParseCommand : Command
{
    private static readonly Option<bool> s_json = new("--json")
    {
        Description = "Print one JSON object per file: sysmods, holds and positioned errors.",
    };

    private static readonly Argument<FileInfo[]> s_files = new("FILE")
    {
        Description = "MCS (SMPPTFIN) or HOLDDATA (SMPHOLD) files.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly ICliConsole _console;

    public ParseCommand(ICliConsole console)
        : base("parse", "Read MCS and HOLDDATA files: list their SYSMODs and ++HOLDs, report errors as FILE:LINE:COL.")
    {
        _console = console;
        Options.Add(s_json);
        Arguments.Add(s_files);
        SetAction(Run);
    }

    private int Run(ParseResult parseResult)
    {
        var files = parseResult.GetRequiredValue(s_files);
        using Report report = parseResult.GetValue(s_json) ? new JsonReport(_console.Out) : new TextReport(_console.Out);
        var failed = false;
        foreach (var file in files)
        {
            var name = file.ToString();
            report.BeginFile(name);
            var errors = Read(file, name, report);
            report.EndFile();
            failed |= errors > 0;
        }

        report.Finish();
        return failed ? ExitCodes.InputError : ExitCodes.Success;
    }

    /// <summary>Streams one file into the report, printing each error to stderr as it is found; returns the error count.</summary>
    private int Read(FileInfo file, string name, Report report)
    {
        var errors = 0;
        using var stream = McsFiles.Open(file, out var openError);
        try
        {
            if (stream is not null)
            {
                foreach (var entry in McsReader.ReadEntries(stream, name))
                {
                    switch (entry.Kind)
                    {
                        case McsEntryKind.Sysmod:
                            report.Sysmod(entry.Sysmod!);
                            break;
                        case McsEntryKind.Hold:
                            report.Hold(entry.Hold!);
                            break;
                        case McsEntryKind.Error:
                        case McsEntryKind.Refusal:
                            var location = entry.Error!.Location;
                            errors++;
                            _console.Error.WriteLine(McsText.Escape($"{location}: error: {entry.Error.Message}"));
                            report.Error(location.Line, location.Column, entry.Error.Message);
                            break;
                        default:
                            break;
                    }
                }
            }
        }
        catch (IOException exception)
        {
            openError = exception.Message;
        }

        if (openError is not null)
        {
            errors++;
            _console.Error.WriteLine(McsText.Escape($"{name}: error: {openError}"));
            report.Error(0, 0, openError);
        }

        return errors;
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
