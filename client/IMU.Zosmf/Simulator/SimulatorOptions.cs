using System.Globalization;
using System.Net;

namespace IMU.Zosmf.Simulator;

/// <summary>How the z/OSMF simulator is set up.</summary>
public sealed record SimulatorOptions
{
    /// <summary>How many systems to simulate, named <c>SYS001</c>, <c>SYS002</c>, ... unless <see cref="SystemNames"/> is set.</summary>
    public int Systems { get; init; } = 3;

    /// <summary>Explicit system names (overrides <see cref="Systems"/>).</summary>
    public IReadOnlyList<string>? SystemNames { get; init; }

    /// <summary>The TCP port; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>The address to listen on; loopback unless set.</summary>
    public IPAddress ListenAddress { get; init; } = IPAddress.Loopback;

    /// <summary>A directory for each system's CSI file (<c>{name}.csi</c>); a fresh temporary directory when null.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>The user id Basic credentials must carry; any credentials are accepted when null.</summary>
    public string? UserId { get; init; }

    /// <summary>The password Basic credentials must carry.</summary>
    public string? Password { get; init; }

    /// <summary>A bearer token accepted instead of Basic credentials.</summary>
    public string? BearerToken { get; init; }

    /// <summary>How long a simulated IPL takes on the simulator's clock.</summary>
    public TimeSpan IplDuration { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Sysres volumes by device number; every system has the same set (its own copies).</summary>
    public IReadOnlyDictionary<string, string> SysresVolumes { get; init; } = new Dictionary<string, string>
    {
        ["0A80"] = "RESA01",
        ["0A81"] = "RESB01",
    };

    /// <summary>The device every system last IPLed from when the simulator starts.</summary>
    public string InitialLoadAddress { get; init; } = "0A80";

    /// <summary>The load parameter of the initial IPL.</summary>
    public string InitialLoadParameter { get; init; } = "0A8201M1";

    /// <summary>The target zone each system's CSI defines.</summary>
    public string TargetZone { get; init; } = "TGT1";

    /// <summary>The distribution zone each system's CSI defines.</summary>
    public string DistributionZone { get; init; } = "DLIB1";

    /// <summary>Log requests to the console (standalone runs).</summary>
    public bool LogToConsole { get; init; }

    internal IReadOnlyList<string> ResolveSystemNames()
        => SystemNames ?? Enumerable.Range(1, Systems).Select(i => "SYS" + i.ToString("000", CultureInfo.InvariantCulture)).ToList();
}
