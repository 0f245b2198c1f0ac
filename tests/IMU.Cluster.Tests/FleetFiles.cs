using System.Globalization;
using System.Text;

namespace IMU.Cluster.Tests;

/// <summary>Fleet files (YAML) for the simulator's systems, as an operator would write them.</summary>
internal static class FleetFiles
{
    /// <summary>The variable the fleet names for the LPARs' password; the silos get it in their environment.</summary>
    public const string PasswordVariable = "IMU_CLUSTER_TEST_PASSWORD";

    /// <summary>The silos' environment: the LPARs' password, and job and IPL polling fast enough for simulated systems.</summary>
    public static IReadOnlyDictionary<string, string> SiloEnvironment { get; } = new Dictionary<string, string>
    {
        [PasswordVariable] = "SYS1",
        ["Zosmf__StatusPollInterval"] = "00:00:00.200",
        ["Zosmf__IplPollInterval"] = "00:00:00.500",
        ["Zosmf__ConsoleFollowUpDelay"] = "00:00:00.200",
    };

    /// <summary>
    /// Every system as an LPAR with its own z/OSMF and the simulator's HMC, zones TGT1/DLIB1, sysplexes of
    /// <paramref name="perSysplex"/> in order (PLEX01, PLEX02, ...), and, when given, one daily IPL window.
    /// </summary>
    public static string Yaml(SimulatorProcess simulator, IReadOnlyList<string> systems, int perSysplex, (DateTimeOffset Start, TimeSpan Length, TimeSpan ExpectedIplTime)? window = null)
    {
        var yaml = new StringBuilder("lpars:\n");
        for (var i = 0; i < systems.Count; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - name: {systems[i]}\n    sysplex: PLEX{(i / perSysplex) + 1:00}\n")
                .Append(CultureInfo.InvariantCulture, $"    zosmf: {simulator.ZosmfBaseAddress(systems[i])}\n    hmc: {simulator.BaseAddress}\n")
                .Append("    zone: TGT1\n    dlibZone: DLIB1\n")
                .Append(CultureInfo.InvariantCulture, $"    credentials: {{user: IBMUSER, passwordEnv: {PasswordVariable}}}\n");
            if (window is { } w)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"    expectedIplTime: PT{w.ExpectedIplTime.TotalSeconds:0}S\n")
                    .Append(CultureInfo.InvariantCulture, $"    iplWindows: [{{start: \"{w.Start:yyyy-MM-dd'T'HH:mm:ss'Z'}\", duration: PT{w.Length.TotalSeconds:0}S, repeat: P1D}}]\n");
            }
        }

        return yaml.ToString();
    }
}
