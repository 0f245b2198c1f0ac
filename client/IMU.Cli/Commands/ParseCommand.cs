using System.CommandLine;
using System.Text.Json;
using IMU.Cli.Output;
using IMU.Cli.Output.Json;

namespace IMU.Cli.Commands;

/// <summary><c>imu smpe parse [--json] FILE...</c>: reads MCS and HOLDDATA files and reports what they hold.</summary>
internal sealed class ParseCommand : Command
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
        var reports = new List<ParsedFileJson>(files.Length);
        var failed = false;
        foreach (var file in files)
        {
            var report = ParseFile(file);
            failed |= report.Errors.Count > 0;
            foreach (var error in report.Errors)
            {
                _console.Error.WriteLine($"{report.File}:{error.Line}:{error.Column}: error: {error.Message}");
            }

            reports.Add(report);
        }

        if (parseResult.GetValue(s_json))
        {
            _console.Out.WriteLine(JsonSerializer.Serialize(reports, CliJsonContext.Default.IReadOnlyListParsedFileJson));
        }
        else
        {
            WriteSummary(reports);
        }

        return failed ? ExitCodes.InputError : ExitCodes.Success;
    }

    private static ParsedFileJson ParseFile(FileInfo file)
    {
        if (McsFiles.Read(file, out var error) is not { } result)
        {
            return new ParsedFileJson(file.ToString(), [], [], [new ParseErrorJson(0, 0, error ?? "")]);
        }

        var sysmods = result.Sysmods
            .Select(s => new ParsedSysmodJson(s.Id, SmpeWords.Of(s.Type), s.Vers.Count > 0 ? s.Vers[0].Fmid : null))
            .ToList();
        var holds = result.Sysmods.SelectMany(s => s.Holds)
            .Concat(result.Holds)
            .Select(h => new ParsedHoldJson(h.SysmodId, SmpeWords.Of(h.Category), h.Reason, h.Fmid))
            .ToList();
        var errors = result.Errors
            .Select(e => new ParseErrorJson(e.Location.Line, e.Location.Column, e.Message))
            .ToList();
        return new ParsedFileJson(file.ToString(), sysmods, holds, errors);
    }

    private void WriteSummary(List<ParsedFileJson> reports)
    {
        var table = new TextTable("FILE", "SYSMODS", "HOLDS", "ERRORS");
        foreach (var report in reports)
        {
            table.AddRow(report.File, report.Sysmods.Count.ToString(), report.Holds.Count.ToString(), report.Errors.Count.ToString());
        }

        table.WriteTo(_console.Out);
        foreach (var report in reports.Where(r => r.Sysmods.Count > 0))
        {
            _console.Out.WriteLine();
            _console.Out.WriteLine($"{report.File}:");
            var sysmods = new TextTable("SYSMOD", "TYPE", "FMID");
            foreach (var sysmod in report.Sysmods)
            {
                sysmods.AddRow(sysmod.Id, sysmod.Type, sysmod.Fmid ?? "");
            }

            sysmods.WriteTo(_console.Out);
        }
    }
}
