namespace IMU.Cli.Output;

/// <summary>Where commands write; injected so tests capture exactly what a user would see.</summary>
internal interface ICliConsole
{
    TextWriter Out { get; }

    TextWriter Error { get; }
}
