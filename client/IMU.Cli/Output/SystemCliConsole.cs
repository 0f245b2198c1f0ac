using Spectre.Console;

namespace IMU.Cli.Output;

internal sealed class SystemCliConsole : ICliConsole
{
    public TextWriter Out => Console.Out;

    public TextWriter Error => Console.Error;

    /// <summary>Spectre's console when stdout is an interactive terminal that understands ANSI sequences.</summary>
    public IAnsiConsole? Terminal =>
        !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities is { Ansi: true, Interactive: true } ? AnsiConsole.Console : null;
}
