using System.CommandLine;
using System.Text.Json;
using IMU.Cli.Output;
using IMU.Cli.Output.Json;
using IMU.Smpe.Commands;
using IMU.Smpe.Mcs;
using IMU.Smpe.Zones;

namespace IMU.Cli.Commands;

/// <summary><c>imu smpe --csi PATH receive [--holddata FILE]... [FILE]...</c>: SMPPTFIN and SMPHOLD into the global zone.</summary>
internal sealed class ReceiveCommand : Command
{
    /// <summary>SYSMODs and HOLDDATA statements handed to RECEIVE at a time: enough to amortize the per-batch work, few enough to stay small.</summary>
    private const int BatchSize = 1000;

    private static readonly Option<FileInfo[]> s_holdData = SmpeOptions.HoldData();

    private static readonly Argument<FileInfo[]> s_files = SmpeOptions.McsFiles();

    private static readonly Option<bool> s_json = SmpeOptions.Json();

    private readonly ICliConsole _console;

    public ReceiveCommand(ICliConsole console)
        : base("receive", "RECEIVE SYSMODs and HOLDDATA into the global zone; prints the ++HOLD/++RELEASE summary.")
    {
        _console = console;
        Options.Add(s_holdData);
        Arguments.Add(s_files);
        Options.Add(s_json);
        Validators.Add(result =>
        {
            if (result.GetValue(s_files) is not { Length: > 0 } && result.GetValue(s_holdData) is not { Length: > 0 })
            {
                result.AddError("Give at least one SYSMOD file or --holddata FILE.");
            }
        });
        SetAction(parseResult =>
        {
            var sysmodFiles = parseResult.GetValue(s_files) ?? [];
            var holdFiles = parseResult.GetValue(s_holdData) ?? [];
            if (sysmodFiles.Concat(holdFiles).FirstOrDefault(f => !f.Exists) is { } missing)
            {
                _console.Error.WriteLine($"{missing}: error: {(Directory.Exists(missing.FullName) ? "is a directory" : "file not found")}");
                return ExitCodes.Severe;
            }

            return CsiAccess.Run(parseResult, console, CsiOpenMode.ReadWrite, csi =>
            {
                ReceiveResult result;
                try
                {
                    result = csi.Receive(Stream(sysmodFiles), Stream(holdFiles));
                }
                catch (IOException exception)
                {
                    _console.Error.WriteLine($"error: {exception.Message}; nothing was received");
                    return ExitCodes.Severe;
                }

                if (parseResult.GetValue(s_json))
                {
                    _console.Out.WriteLine(JsonSerializer.Serialize(ToJson(result), CliJsonContext.Default.ReceiveResultJson));
                }
                else
                {
                    WriteReport(result);
                }

                return result.ReturnCode;
            });
        });
    }

    /// <summary>
    /// The files read in batches as RECEIVE consumes them, so memory is bounded by a batch and the largest
    /// SYSMOD, not by the files; a file that cannot be opened or read ends RECEIVE with nothing received.
    /// </summary>
    private static IEnumerable<McsParseResult> Stream(FileInfo[] files)
    {
        foreach (var file in files)
        {
            using var stream = McsFiles.Open(file, out var error) ?? throw new IOException($"{file}: {error}");
            foreach (var batch in McsReader.ReadBatches(stream, file.ToString(), BatchSize))
            {
                yield return batch;
            }
        }
    }

    private static ReceiveResultJson ToJson(ReceiveResult result) => new(
        result.ReturnCode,
        [.. result.Sysmods.Select(s => new ReceivedSysmodJson(s.Id, SmpeWords.Of(s.Type), SmpeWords.Of(s.Status), s.Reasons))],
        [.. result.Holds.Select(h => new HoldSummaryJson(h.SysmodId, h.Fmid, SmpeWords.Of(h.Category), h.Reason, h.Release ? "++RELEASE" : "++HOLD", SmpeWords.Of(h.Status)))],
        [.. result.Errors.Select(e => e.ToString())]);

    private void WriteReport(ReceiveResult result)
    {
        foreach (var error in result.Errors)
        {
            _console.Error.WriteLine(error.ToString());
        }

        if (result.ReturnCode == ReturnCodes.Severe)
        {
            _console.Error.WriteLine("error: RECEIVE stopped at the refused file; nothing was received");
        }

        var output = _console.Out;
        output.WriteLine($"RECEIVE   RETURN CODE {result.ReturnCode:00}");
        if (result.Sysmods.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("RECEIVE SUMMARY REPORT");
            TextTable.Write(
                output,
                ["SYSMOD", "TYPE", "STATUS", "REASONS"],
                result.Sysmods.Select(s => new[] { s.Id, SmpeWords.Of(s.Type), SmpeWords.Of(s.Status), string.Join("; ", s.Reasons) }));
        }

        if (result.Holds.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("++HOLD/++RELEASE SUMMARY REPORT");
            TextTable.Write(
                output,
                ["STATEMENT", "TYPE", "SYSMOD", "FMID", "REASON", "STATUS"],
                result.Holds.Select(h => new[] { h.Release ? "++RELEASE" : "++HOLD", SmpeWords.ShortOf(h.Category), h.SysmodId, h.Fmid, h.Reason, SmpeWords.Of(h.Status) }));
        }

        output.WriteLine();
        var received = result.Sysmods.Count(s => s.Status is ReceiveStatus.Received or ReceiveStatus.Reworked);
        var held = result.Holds.Count(h => h.Status == HoldSummaryStatus.Held);
        output.WriteLine($"{received} OF {result.Sysmods.Count} SYSMODS RECEIVED; {held} OF {result.Holds.Count} HOLDDATA STATEMENTS NOW HOLDING");
    }
}
