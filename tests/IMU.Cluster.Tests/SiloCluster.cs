using System.Net;
using System.Text;

namespace IMU.Cluster.Tests;

/// <summary>
/// Several <c>imu silo --postgres</c> processes on one database, each with its own silo, gateway and HTTP
/// port. A killed silo is started again on the same ports, as systemd or Kubernetes would restart it.
/// </summary>
internal sealed class SiloCluster : IAsyncDisposable
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromMinutes(2);

    private readonly string _postgres;
    private readonly string[] _extraArgs;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly ImuProcess?[] _processes;
    private readonly StringBuilder _finishedOutput = new();

    private SiloCluster(string postgres, int count, string[] extraArgs, IReadOnlyDictionary<string, string> environment)
    {
        _postgres = postgres;
        _extraArgs = extraArgs;
        _environment = environment;
        _processes = new ImuProcess?[count];
        var ports = FreePorts.Take(count * 3);
        Slots = [.. Enumerable.Range(0, count).Select(i => new SiloSlot(i + 1, ports[i * 3], ports[(i * 3) + 1], ports[(i * 3) + 2]))];
    }

    public IReadOnlyList<SiloSlot> Slots { get; }

    /// <summary>What every silo printed so far, killed ones included, for a failure message.</summary>
    public string Output
    {
        get
        {
            var output = new StringBuilder(_finishedOutput.ToString());
            foreach (var (process, slot) in _processes.Zip(Slots))
            {
                output.AppendLine($"--- silo {slot.Number} (running)").Append(process?.Output);
            }

            return output.ToString();
        }
    }

    /// <summary>Starts <paramref name="count"/> silos together and waits until each says it is ready.</summary>
    public static async Task<SiloCluster> StartAsync(string postgres, int count, string[]? extraArgs = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var cluster = new SiloCluster(postgres, count, extraArgs ?? [], environment ?? new Dictionary<string, string>());
        try
        {
            await Task.WhenAll(cluster.Slots.Select(cluster.StartAsync));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the silo of <paramref name="slot"/> (again) and waits for its ready line.</summary>
    public async Task StartAsync(SiloSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        var process = ImuProcess.Start(
            "IMU silo ready:",
            ["silo", "--postgres", _postgres, "--silo-port", $"{slot.SiloPort}", "--gateway-port", $"{slot.GatewayPort}", "--http-port", $"{slot.HttpPort}", .. _extraArgs],
            _environment);
        _processes[slot.Number - 1] = process;
        await process.Ready.WithTestTimeout(s_startTimeout);
    }

    /// <summary>SIGKILL of the silo of <paramref name="slot"/>.</summary>
    public async Task KillAsync(SiloSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        if (_processes[slot.Number - 1] is { } process)
        {
            await process.KillAsync();
            _finishedOutput.AppendLine($"--- silo {slot.Number} (killed)").Append(process.Output);
            await process.DisposeAsync();
            _processes[slot.Number - 1] = null;
        }
    }

    /// <summary>The slot whose silo listens on <paramref name="siloPort"/> (a silo address's port).</summary>
    public SiloSlot? SlotOf(int siloPort) => Slots.FirstOrDefault(s => s.SiloPort == siloPort);

    public async ValueTask DisposeAsync()
    {
        foreach (var slot in Slots)
        {
            await KillAsync(slot);
        }
    }

    /// <summary>One silo's ports; <see cref="HttpBase"/> serves <c>/health/*</c>.</summary>
    internal sealed record SiloSlot(int Number, int SiloPort, int GatewayPort, int HttpPort)
    {
        public Uri HttpBase => new($"http://{IPAddress.Loopback}:{HttpPort}/");
    }
}
