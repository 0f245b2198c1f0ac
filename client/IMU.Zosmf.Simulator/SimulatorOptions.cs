using System.Net;
using IMU.Smpe.Mcs;

namespace IMU.Zosmf.Simulator;

/// <summary>How the z/OSMF + HMC simulator is set up.</summary>
public sealed record SimulatorOptions
{
    /// <summary>How many systems to simulate, named <c>SYS001</c>, <c>SYS002</c>, ... unless <see cref="SystemNames"/> is set.</summary>
    public int Systems { get; init; } = 3;

    /// <summary>Explicit system names (overrides <see cref="Systems"/>); each is also the LPAR's name on the HMC.</summary>
    public IReadOnlyList<string>? SystemNames { get; init; }

    /// <summary>The TCP port; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>The address to listen on; loopback unless set.</summary>
    public IPAddress ListenAddress { get; init; } = IPAddress.Loopback;

    /// <summary>The directory holding each system's CSI (<c>{name}.csi</c>); a fresh temporary directory, deleted on dispose, when null.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>MCS every system has RECEIVEd, APPLYed and ACCEPTed when its CSI is first created (its installed base).</summary>
    public IReadOnlyList<McsParseResult> BaseMcs { get; init; } = [];

    /// <summary>How long an IPL takes from the HMC load until z/OSMF answers again; the HMC load job itself completes after a quarter of it.</summary>
    public TimeSpan IplDuration { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>The simulator's clock: job and IPL durations, session expiry, spool times.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The user id z/OSMF Basic credentials and HMC logons must carry; any user and password are accepted when null.</summary>
    public string? UserId { get; init; }

    /// <summary>The password that goes with <see cref="UserId"/>.</summary>
    public string? Password { get; init; }

    /// <summary>A bearer token z/OSMF accepts; with neither this nor <see cref="UserId"/> set, any token is accepted.</summary>
    public string? BearerToken { get; init; }

    /// <summary>How long an HMC session lives without use before the HMC expires it.</summary>
    public TimeSpan HmcSessionTimeout { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The global CSI data set name each system's SMPCSI DD must name.</summary>
    public string GlobalCsi { get; init; } = "SMPE.GLOBAL.CSI";

    /// <summary>Sysres volumes by device number; every system has the same set (its own copies).</summary>
    public IReadOnlyDictionary<string, string> SysresVolumes { get; init; } = new Dictionary<string, string>
    {
        ["0A80"] = "RESA01",
        ["0A81"] = "RESB01",
    };

    /// <summary>The device every system last IPLed from when its CSI is created.</summary>
    public string InitialLoadAddress { get; init; } = "0A80";

    /// <summary>The load parameter of that IPL.</summary>
    public string InitialLoadParameter { get; init; } = "0A8201M1";

    /// <summary>The target zone each system's CSI defines.</summary>
    public string TargetZone { get; init; } = "TGT1";

    /// <summary>The distribution zone each system's CSI defines.</summary>
    public string DistributionZone { get; init; } = "DLIB1";

    /// <summary>The largest JCL a submit may carry.</summary>
    public int MaxJclBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>How much job output one system's spool keeps; the oldest finished jobs are purged past it, as JES purges.</summary>
    public long SpoolLimitBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>How many jobs one system's spool keeps at most.</summary>
    public int SpoolLimitJobs { get; init; } = 2000;

    /// <summary>Log requests to the console (standalone runs).</summary>
    public bool LogToConsole { get; init; }
}
