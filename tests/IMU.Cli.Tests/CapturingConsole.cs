using IMU.Cli.Output;

namespace IMU.Cli.Tests;

internal sealed class CapturingConsole : ICliConsole
{
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    public TextWriter Out => _out;

    public TextWriter Error => _error;

    public string OutText => _out.ToString();

    public string ErrorText => _error.ToString();
}
