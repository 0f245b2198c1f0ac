using BenchmarkDotNet.Attributes;
using IMU.Smpe.Commands;
using IMU.Smpe.Mcs;
using IMU.Smpe.Selection;
using IMU.Smpe.Zones;
using Microsoft.Data.Sqlite;

namespace IMU.Benchmarks.Smpe;

/// <summary>
/// APPLY CHECK of 10,000 PTFs against a target zone of 200,000 elements: the decision alone on
/// zones already in memory, and the whole command on a CSI file opened cold (zone load included).
/// </summary>
[MemoryDiagnoser]
public class ApplyCheckBenchmarks
{
    private static readonly ApplyOptions s_options = new()
    {
        Select = ApplyCheckWorkload.PtfIds,
        Check = true,
        Bypass = new BypassOptions { HoldSystem = new HoldBypass { All = true } },
    };

    private GlobalZoneModel _global = null!;
    private ZoneModel _zone = null!;
    private string _directory = null!;
    private string _csiPath = null!;

    [GlobalSetup]
    public void Setup()
    {
        _global = ApplyCheckWorkload.Global();
        _zone = ApplyCheckWorkload.TargetZone();
        _directory = Path.Combine(Path.GetTempPath(), "imu-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        _csiPath = Path.Combine(_directory, "bench.csi");
        WriteCsi();
        var check = Decide();
        if (check.ReturnCode != ReturnCodes.Warning || check.Results.Count(r => r.Status == SysmodStatus.Applied) != ApplyCheckWorkload.Ptfs)
        {
            throw new InvalidOperationException($"The workload does not apply cleanly: RC {check.ReturnCode}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark(Baseline = true)]
    public int ApplyCheck_ZoneLoaded() => Decide().Results.Count;

    [Benchmark]
    public int ApplyCheck_IncludingZoneLoad()
    {
        using var csi = Csi.Open(_csiPath);
        return csi.Apply(ApplyCheckWorkload.Zone.Name, s_options).Sysmods.Count;
    }

    private InstallPlan Decide() => new InstallPlanner(_global, _zone, accept: false, s_options).Plan();

    private void WriteCsi()
    {
        using (var csi = Csi.Open(_csiPath))
        {
            csi.AddZone(ApplyCheckWorkload.Zone.Name, ZoneType.Target, ApplyCheckWorkload.Zone.Related);
            csi.Receive([new McsParseResult { Sysmods = ApplyCheckWorkload.FunctionsAndPtfs() }], [new McsParseResult { Holds = ApplyCheckWorkload.ErrorHolds() }]);
        }

        using var connection = new SqliteConnection($"Data Source={_csiPath};Pooling=False");
        connection.Open();
        using var tx = connection.BeginTransaction();
        var store = new CsiStore(connection);
        store.SaveZoneDelta(ApplyCheckWorkload.Zone.Name, ApplyCheckWorkload.ZoneContent(), tx);
        store.BumpGeneration(tx);
        tx.Commit();
    }
}
