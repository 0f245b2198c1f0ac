using System.Globalization;
using System.Text;
using System.Xml;

namespace IMU.Cli.Demo;

/// <summary>
/// The demo's fleet: twelve LPARs in three sysplexes, a test sysplex and two production ones. Each
/// sysplex is the MULTSYS group of its members (the fleet file declares no other groups), and each LPAR
/// has a short IPL window that opens within seconds of the start and comes back every minute, staggered
/// so a sysplex IPLs one system after the other, and each wave's windows open after the previous wave's.
/// </summary>
internal static class DemoFleet
{
    /// <summary>The user and the variable that carries the password the simulated z/OSMF and HMC accept; the fleet file names only the variable.</summary>
    public const string User = "IBMUSER";

    public const string PasswordVariable = "IMU_DEMO_PASSWORD";

    /// <summary>How long the simulator takes for an IPL (its <c>--ipl-duration</c>).</summary>
    public static readonly TimeSpan IplDuration = TimeSpan.FromSeconds(3);

    /// <summary>How long each LPAR's IPL is expected to take; no IPL starts later than a window's end minus this.</summary>
    public static readonly TimeSpan ExpectedIplTime = TimeSpan.FromSeconds(10);

    public static readonly TimeSpan WindowDuration = TimeSpan.FromSeconds(40);

    public static readonly TimeSpan WindowRepeat = TimeSpan.FromMinutes(1);

    /// <summary>The sysplexes in wave order, with their members.</summary>
    public static readonly (string Sysplex, string[] Lpars)[] Sysplexes =
    [
        ("TESTPLX", ["TST1", "TST2"]),
        ("PRODPLXA", ["PRA1", "PRA2", "PRA3", "PRA4", "PRA5"]),
        ("PRODPLXB", ["PRB1", "PRB2", "PRB3", "PRB4", "PRB5"]),
    ];

    /// <summary>When the first wave's first window opens, from the moment the fleet is written.</summary>
    private static readonly TimeSpan s_firstWindow = TimeSpan.FromSeconds(12);

    /// <summary>How much later each wave's windows open than the previous wave's.</summary>
    private static readonly TimeSpan s_waveSpacing = TimeSpan.FromSeconds(20);

    /// <summary>How much later each member's window opens than the previous member's in its sysplex.</summary>
    private static readonly TimeSpan s_memberSpacing = TimeSpan.FromSeconds(2);

    public static IReadOnlyList<string> Lpars { get; } = [.. Sysplexes.SelectMany(s => s.Lpars)];

    /// <summary>The rollout's waves: the test sysplex first, then each production sysplex (a MULTSYS group is never split across waves).</summary>
    public static string[][] Waves { get; } = [.. Sysplexes.Select(s => s.Lpars)];

    /// <summary>The fleet file (YAML) for LPARs whose z/OSMF (<paramref name="zosmf"/>) and HMC (<paramref name="hmc"/>) the simulator serves, with IPL windows counted from <paramref name="now"/>.</summary>
    public static string Yaml(Func<string, Uri> zosmf, Uri hmc, DateTimeOffset now)
    {
        var start = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero).AddSeconds(1);
        var yaml = new StringBuilder()
            .AppendLine("# imu demo's fleet: three sysplexes, each one MULTSYS group, IPL windows that open within seconds and recur every minute.")
            .AppendLine("lpars:");
        for (var wave = 0; wave < Sysplexes.Length; wave++)
        {
            var (sysplex, lpars) = Sysplexes[wave];
            for (var member = 0; member < lpars.Length; member++)
            {
                var opens = start + s_firstWindow + (wave * s_waveSpacing) + (member * s_memberSpacing);
                yaml.AppendLine(CultureInfo.InvariantCulture, $"  - name: {lpars[member]}")
                    .AppendLine(CultureInfo.InvariantCulture, $"    sysplex: {sysplex}")
                    .AppendLine(CultureInfo.InvariantCulture, $"    zosmf: {zosmf(lpars[member])}")
                    .AppendLine(CultureInfo.InvariantCulture, $"    hmc: {hmc}")
                    .AppendLine("    zone: TGT1")
                    .AppendLine("    dlibZone: DLIB1")
                    .AppendLine(CultureInfo.InvariantCulture, $"    credentials: {{user: {User}, passwordEnv: {PasswordVariable}}}")
                    .AppendLine(CultureInfo.InvariantCulture, $"    expectedIplTime: {Duration(ExpectedIplTime)}")
                    .AppendLine(CultureInfo.InvariantCulture, $"    iplWindows: [{{start: \"{opens:yyyy-MM-dd'T'HH:mm:ss'Z'}\", duration: {Duration(WindowDuration)}, repeat: {Duration(WindowRepeat)}}}]");
            }
        }

        return yaml.ToString();
    }

    private static string Duration(TimeSpan duration) => XmlConvert.ToString(duration);
}
