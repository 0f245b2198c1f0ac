using System.Net;
using System.Text.Json;
using IMU.TestUtilities;

namespace IMU.Cli.Tests;

/// <summary>
/// The orchestrator as an operator runs it: <c>imu simulator</c> and <c>imu silo</c> as two processes on
/// free ports, and <c>imu</c> commands run as processes against the silo's gateway. The simulated systems
/// have an installed base; the fleet file gives each LPAR credentials by reference to a variable set on the silo.
/// </summary>
internal sealed class OrchestratorProcesses : IAsyncDisposable
{
    /// <summary>The variable the fleet file names in <c>credentials.passwordEnv</c>.</summary>
    public const string PasswordVariable = "IMU_CLI_TEST_PASSWORD";

    /// <summary>What every simulated system has RECEIVEd, APPLYed and ACCEPTed (<c>--base</c>).</summary>
    public const string BaseMcs = """
        ++FUNCTION(HBB77D0).
        ++VER(Z038).
        ++MOD(IEFBR14) DISTLIB(AOS12) LMOD(IEFBR14) SYSLIB(LINKLIB).
        ++MOD(IGGCSI00) DISTLIB(AOS12) LMOD(IGGCSI00) SYSLIB(LINKLIB).
        """;

    /// <summary>Two plain PTFs, a PE-held PTF and a MULTSYS PTF for the base.</summary>
    public const string PackageMcs = """
        ++PTF(UJ00001).
        ++VER(Z038) FMID(HBB77D0).
        ++MOD(IEFBR14) DISTLIB(AOS12).
        ++PTF(UJ00002).
        ++VER(Z038) FMID(HBB77D0).
        ++MOD(IGGCSI00) DISTLIB(AOS12).
        ++PTF(UJ00003).
        ++VER(Z038) FMID(HBB77D0).
        ++MOD(IMUC003) DISTLIB(AOS12).
        ++PTF(UJ00004).
        ++VER(Z038) FMID(HBB77D0).
        ++HOLD(UJ00004) FMID(HBB77D0) REASON(MULTSYS) SYSTEM.
        ++MOD(IMUC004) DISTLIB(AOS12).
        """;

    /// <summary>HOLDDATA putting UJ00003 in PE (an ERROR hold).</summary>
    public const string PackageHoldData = """
        ++HOLD(UJ00003) FMID(HBB77D0) REASON(AA00002) ERROR
          DATE(26001) CLASS(PE).
        """;

    /// <summary>The longest a rollout of the tests may take, a silo restart and its reminders included.</summary>
    public static readonly TimeSpan RolloutLimit = TimeSpan.FromMinutes(4);

    private static readonly TimeSpan s_commandLimit = TimeSpan.FromSeconds(60);
    private readonly string[] _siloArgs;
    private readonly int _httpPort;

    private OrchestratorProcesses(TempDirectory data, SimulatorProcess simulator, string[] siloArgs, int gatewayPort, int httpPort)
    {
        Data = data;
        Simulator = simulator;
        _siloArgs = siloArgs;
        _httpPort = httpPort;
        Gateway = $"127.0.0.1:{gatewayPort}";
    }

    public TempDirectory Data { get; }

    public SimulatorProcess Simulator { get; }

    public SiloProcess? Silo { get; private set; }

    public string Gateway { get; }

    public static async Task<OrchestratorProcesses> StartAsync(int systems)
    {
        var data = new TempDirectory();
        try
        {
            var ports = FreePorts.Take(4);
            var simulator = await SimulatorProcess.StartAsync(
                "--systems", $"{systems}", "--port", $"{ports[0]}", "--data", Path.Combine(data.Path, "simulator"), "--base", data.WriteFile("base.mcs", BaseMcs));
            string[] siloArgs = ["--data", Path.Combine(data.Path, "silo"), "--gateway-port", $"{ports[1]}", "--silo-port", $"{ports[2]}", "--http-port", $"{ports[3]}"];
            var processes = new OrchestratorProcesses(data, simulator, siloArgs, ports[1], ports[3]);
            await processes.StartSiloAsync();
            return processes;
        }
        catch
        {
            data.Dispose();
            throw;
        }
    }

    /// <summary>Starts <c>imu silo</c> on the same <c>--data</c> (after a kill, a new silo on what the old one left).</summary>
    public async Task StartSiloAsync()
    {
        Assert.True(Silo is null, "a silo is already running");
        Silo = await SiloProcess.StartAsync(_siloArgs, new Dictionary<string, string> { [PasswordVariable] = "SYS1" });
        using var http = new HttpClient();
        using var ready = await http.GetAsync(new Uri($"http://127.0.0.1:{_httpPort}/health/ready"), TestContext.Current.CancellationToken).WithTestTimeout();
        Assert.True(ready.StatusCode == HttpStatusCode.OK, $"/health/ready answered {ready.StatusCode} after the ready line:\n{Silo.Output}");
    }

    /// <summary>SIGKILL of the silo: no shutdown, no flush.</summary>
    public async Task KillSiloAsync()
    {
        await Silo!.KillAsync();
        await Silo.DisposeAsync();
        Silo = null;
    }

    /// <summary>A fleet file (JSON) declaring each LPAR as <c>NAME:SYSPLEX</c> with its simulated z/OSMF, the one HMC, and credentials by reference.</summary>
    public string FleetJson(params string[] lpars) => JsonSerializer.Serialize(new
    {
        lpars = lpars.Select(l => l.Split(':')).Select(l => new Dictionary<string, object>
        {
            ["name"] = l[0],
            ["sysplex"] = l[1],
            ["zosmf"] = Simulator.ZosmfAddress(l[0]).ToString(),
            ["hmc"] = Simulator.BaseAddress.ToString(),
            ["zone"] = "TGT1",
            ["dlibZone"] = "DLIB1",
            ["credentials"] = new Dictionary<string, string> { ["user"] = "IBMUSER", ["passwordEnv"] = PasswordVariable },
        }),
    });

    /// <summary>Runs <c>imu ARGS --gateway G</c> as its own process and returns its exit code and both streams.</summary>
    public Task<(int ExitCode, string Stdout, string Stderr)> ImuAsync(params string[] args) => ImuWithinAsync(s_commandLimit, args);

    public Task<(int ExitCode, string Stdout, string Stderr)> ImuWithinAsync(TimeSpan limit, params string[] args) => ImuProcess.RunAsync(limit, [.. args, "--gateway", Gateway]);

    /// <summary>Starts <c>imu rollout status NAME --watch --json</c> as its own process: one status document per line at each change.</summary>
    public ImuProcess Watch(string rollout) => ImuProcess.Start(["rollout", "status", rollout, "--watch", "--json", "--gateway", Gateway]);

    /// <summary>Runs an <c>imu</c> command that must succeed, and returns what it printed.</summary>
    public async Task<string> ImuOkAsync(params string[] args)
    {
        var (exitCode, stdout, stderr) = await ImuAsync(args);
        Assert.True(exitCode == 0, $"imu {string.Join(' ', args)} exited {exitCode}:\n{stderr}{stdout}");
        return stdout;
    }

    public async ValueTask DisposeAsync()
    {
        if (Silo is not null)
        {
            await Silo.DisposeAsync();
        }

        await Simulator.DisposeAsync();
        Data.Dispose();
    }
}
