using Spectre.Console;

namespace IMU.Cli.Output;

/// <summary>Where commands write; injected so tests capture exactly what a user would see.</summary>
internal interface ICliConsole
{
    TextWriter Out { get; }

    TextWriter Error { get; }

    /// <summary>
    /// The terminal for live displays (cursor movement, colour), or null when output goes to a file, a
    /// pipe or a test; commands then print plain lines through <see cref="Out"/>.
    /// </summary>
    IAnsiConsole? Terminal => null;
}
