namespace IMU.Smpe.Zones;

/// <summary>How a CSI is opened and how long a command waits for another process that holds it.</summary>
public sealed record CsiOpenOptions
{
    /// <summary>Create, read and write, or read only.</summary>
    public CsiOpenMode Mode { get; init; } = CsiOpenMode.OpenOrCreate;

    /// <summary>How long a command waits while another process holds the CSI before it fails with RC 12.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The clock the wait is measured on.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Told once per command, with an SMP/E-style message, when the command starts waiting for the CSI.</summary>
    public Action<string>? Waiting { get; init; }
}
