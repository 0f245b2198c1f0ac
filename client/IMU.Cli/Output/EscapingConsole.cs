using Spectre.Console;

namespace IMU.Cli.Output;

/// <summary>The console every command writes to: <see cref="EscapingTextWriter"/> over both streams.</summary>
internal sealed class EscapingConsole(ICliConsole inner) : ICliConsole
{
    public TextWriter Out { get; } = new EscapingTextWriter(inner.Out);

    public TextWriter Error { get; } = new EscapingTextWriter(inner.Error);

    /// <summary>Passed through: a live display escapes the text it renders itself.</summary>
    public IAnsiConsole? Terminal => inner.Terminal;
}
