using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using IMU.Cli.Commands;
using IMU.Cli.Output;
using IMU.Smpe.Zones;
using Microsoft.Data.Sqlite;

namespace IMU.Cli;

/// <summary>Builds the <c>imu</c> command tree and runs it; tests call <see cref="RunAsync"/> directly.</summary>
internal static class CliApplication
{
    public static RootCommand CreateRootCommand(ICliConsole console)
    {
        return new RootCommand("IMU.Cluster: rolling z/OS maintenance across a fleet of LPARs.")
        {
            new SmpeCommand(console),
            new SimulatorCommand(console),
            new SiloCommand(console),
            new DbCommand(console),
            new ProbeCommand(console),
            new FleetCommand(console),
            new LparCommand(console),
            new MaintenanceCommand(console),
            new SysmodCommand(console),
            new RolloutCommand(console),
            new FleetDemoCommand(console),
        };
    }

    /// <summary>
    /// Parses and runs <paramref name="args"/>. Usage errors exit 2 before anything runs; failures of a
    /// command end with a message and SMP/E's RC 12 (CSI and SQLite problems) or 20 (anything else),
    /// never with a stack trace. Everything printed goes through <see cref="EscapingConsole"/>.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, ICliConsole console, CancellationToken cancellationToken = default)
    {
        console = new EscapingConsole(console);
        var root = CreateRootCommand(console);
        var parseResult = root.Parse(args);
        if (parseResult.Action is not HelpAction && UsageErrors(parseResult) is { Count: > 0 } errors)
        {
            foreach (var error in errors)
            {
                console.Error.WriteLine($"error: {error}");
            }

            console.Error.WriteLine($"Try '{CommandPath(parseResult.CommandResult)} --help'.");
            return ExitCodes.UsageError;
        }

        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parseResult.InvokeAsync(configuration, cancellationToken);
        }
        catch (CsiException exception)
        {
            console.Error.WriteLine(exception.Message);
            return ExitCodes.Severe;
        }
        catch (SqliteException exception)
        {
            console.Error.WriteLine($"IMU1014S THE CSI CANNOT BE USED: {exception.Message}");
            return ExitCodes.Severe;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.Error.WriteLine("imu: canceled");
            return ExitCodes.Severe;
        }
        catch (Exception exception)
        {
            console.Error.WriteLine($"imu: internal error: {exception.GetType().Name}: {exception.Message}");
            return ExitCodes.InternalError;
        }
    }

    private static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (var result = command; result.Parent is CommandResult parent; result = parent)
        {
            names.Insert(0, result.Command.Name);
        }

        return string.Join(' ', names.Prepend("imu"));
    }

    /// <summary>
    /// The parser's errors, plus option-like words that landed in a positional argument (<c>parse --foo f</c>
    /// would otherwise read a file named <c>--foo</c>); after <c>--</c> such a word is taken as a name.
    /// </summary>
    private static List<string> UsageErrors(ParseResult parseResult)
    {
        var errors = parseResult.Errors.Select(e => e.Message).ToList();
        var literal = parseResult.Tokens.SkipWhile(t => t.Type != TokenType.DoubleDash).ToHashSet(ReferenceEqualityComparer.Instance);
        for (SymbolResult? result = parseResult.CommandResult; result is not null; result = result.Parent)
        {
            foreach (var argument in result is CommandResult command ? command.Children.OfType<ArgumentResult>() : [])
            {
                foreach (var token in argument.Tokens)
                {
                    if (token.Value.Length > 1 && token.Value[0] == '-' && !literal.Contains(token))
                    {
                        errors.Add($"unknown option '{token.Value}' (to name a file that starts with '-', put it after '--')");
                    }
                }
            }
        }

        return errors;
    }
}
