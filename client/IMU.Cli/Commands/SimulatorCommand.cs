using System.CommandLine;
using System.Xml;
using IMU.Cli.Output;
using IMU.Smpe.Mcs;
using IMU.Zosmf.Simulator;

namespace IMU.Cli.Commands;

/// <summary>
/// <c>imu simulator --systems N --port P --data DIR [--base FILE.mcs]... [--ipl-duration DURATION]</c>:
/// runs the z/OSMF + HMC simulator until Ctrl+C or SIGTERM.
/// </summary>
internal sealed class SimulatorCommand : Command
{
    private static readonly Option<int> s_systems = new("--systems")
    {
        Description = "How many LPARs to simulate: SYS001, SYS002, ... (1-9999).",
        HelpName = "N",
        DefaultValueFactory = _ => 12,
    };

    private static readonly Option<int> s_port = new("--port")
    {
        Description = "The loopback port to listen on; 0 picks a free one.",
        HelpName = "P",
        DefaultValueFactory = _ => 8080,
    };

    private static readonly Option<DirectoryInfo?> s_data = new("--data")
    {
        Description = "The directory for the systems' CSIs (DIR/SYSnnn.csi, zones TGT1 and DLIB1), kept between runs; a temporary one when omitted.",
        HelpName = "DIR",
    };

    private static readonly Option<FileInfo[]> s_base = new("--base")
    {
        Description = "MCS every system has RECEIVEd, APPLYed and ACCEPTed when its CSI is first created (its installed base); may be given more than once.",
        HelpName = "FILE.mcs",
    };

    private static readonly Option<string> s_iplDuration = new("--ipl-duration")
    {
        Description = "How long an IPL takes from the HMC load until z/OSMF answers again, as an ISO-8601 duration (PT3M, PT20S).",
        HelpName = "DURATION",
        DefaultValueFactory = _ => "PT3M",
    };

    private static readonly Option<string?> s_user = new("--user")
    {
        Description = "Accept only this user id (with --password) on z/OSMF and the HMC; any user is accepted when omitted.",
        HelpName = "USERID",
    };

    private static readonly Option<string?> s_password = new("--password")
    {
        Description = "The password that goes with --user.",
        HelpName = "PASSWORD",
    };

    private static readonly Option<string?> s_token = new("--token")
    {
        Description = "Accept this bearer token on z/OSMF; any token is accepted when neither --user nor --token is given.",
        HelpName = "TOKEN",
    };

    private static readonly Option<bool> s_log = new("--log") { Description = "Log every request to the console." };

    public SimulatorCommand(ICliConsole console)
        : base("simulator", "Run a z/OSMF + HMC simulator for many LPARs, each running SMP/E with IMU.Smpe; Ctrl+C or SIGTERM stops it.")
    {
        Options.Add(s_systems);
        Options.Add(s_port);
        Options.Add(s_data);
        Options.Add(s_base);
        Options.Add(s_iplDuration);
        Options.Add(s_user);
        Options.Add(s_password);
        Options.Add(s_token);
        Options.Add(s_log);
        s_systems.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 9999)
            {
                result.AddError($"--systems {result.GetValueOrDefault<int>()}: simulate 1 to 9999 systems.");
            }
        });
        s_port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError($"--port {result.GetValueOrDefault<int>()}: a port is 0 (any free one) to 65535.");
            }
        });
        s_iplDuration.Validators.Add(result =>
        {
            if (Duration(result.GetValueOrDefault<string>()) is null)
            {
                result.AddError($"--ipl-duration '{result.GetValueOrDefault<string>()}': give an ISO-8601 duration such as PT3M or PT20S.");
            }
        });
        Validators.Add(result =>
        {
            if ((result.GetValue(s_user) is null) != (result.GetValue(s_password) is null))
            {
                result.AddError("--user and --password go together.");
            }
        });
        SetAction((parseResult, cancellationToken) => RunAsync(parseResult, console, cancellationToken));
    }

    private static async Task<int> RunAsync(ParseResult parseResult, ICliConsole console, CancellationToken cancellationToken)
    {
        var baseMcs = new List<McsParseResult>();
        foreach (var file in parseResult.GetValue(s_base) ?? [])
        {
            var read = McsFiles.Read(file, out var error);
            if (read is null || read.Errors.Count > 0)
            {
                await console.Error.WriteLineAsync(read is null ? $"{file}: error: {error}" : string.Join(Environment.NewLine, read.Errors)).ConfigureAwait(false);
                return ExitCodes.InputError;
            }

            baseMcs.Add(read);
        }

        var options = new SimulatorOptions
        {
            Systems = parseResult.GetValue(s_systems),
            Port = parseResult.GetValue(s_port),
            DataDirectory = parseResult.GetValue(s_data)?.FullName,
            BaseMcs = baseMcs,
            IplDuration = Duration(parseResult.GetValue(s_iplDuration))!.Value,
            UserId = parseResult.GetValue(s_user),
            Password = parseResult.GetValue(s_password),
            BearerToken = parseResult.GetValue(s_token),
            LogToConsole = parseResult.GetValue(s_log),
        };
        ZosmfSimulator simulator;
        try
        {
            simulator = await ZosmfSimulator.StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (SimulatorStartException ex)
        {
            await console.Error.WriteLineAsync($"imu simulator: error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.InputError;
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Success;
        }

        await using (simulator.ConfigureAwait(false))
        {
            var output = console.Out;
            await output.WriteLineAsync($"z/OSMF + HMC simulator on {simulator.BaseAddress} with {simulator.SystemNames.Count} systems; CSIs in {simulator.DataDirectory}").ConfigureAwait(false);
            await output.WriteLineAsync($"  HMC (every partition, found by name): {simulator.HmcBaseAddress}").ConfigureAwait(false);
            foreach (var name in simulator.SystemNames)
            {
                await output.WriteLineAsync($"  {name,-8} z/OSMF {simulator.ZosmfBaseAddress(name)}").ConfigureAwait(false);
            }

            await output.WriteLineAsync($"  control: {simulator.BaseAddress}simulator/systems (Ctrl+C or SIGTERM stops)").ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                await output.WriteLineAsync("stopping").ConfigureAwait(false);
            }
        }

        return ExitCodes.Success;
    }

    private static TimeSpan? Duration(string? text)
    {
        try
        {
            var duration = XmlConvert.ToTimeSpan(text ?? string.Empty);
            return duration >= TimeSpan.Zero && duration <= TimeSpan.FromDays(1) ? duration : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
