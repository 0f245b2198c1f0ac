using BenchmarkDotNet.Attributes;
using IMU.Smpe.Commands;
using IMU.Smpe.Mcs;
using IMU.Smpe.Zones;
using Microsoft.Data.Sqlite;

namespace IMU.Benchmarks.Smpe;

/// <summary>
/// APPLY CHECK of 10,000 PTFs against a target zone of 200,000 elements, the whole command on a CSI
/// file opened cold: every SYSMOD, hold and element entry it needs is read by key (target: under 1 s),
/// against the floor in the same run (the Ratio column): the same 10,000 received SYSMODs' MCS read
/// by key from the same file, and nothing decided.
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

    private string _directory = null!;
    private string _csiPath = null!;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "imu-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        _csiPath = Path.Combine(_directory, "bench.csi");
        WriteCsi();
        var check = ApplyCheck();
        if (check.ReturnCode != ReturnCodes.Warning || check.Sysmods.Count(r => r.Status == SysmodStatus.Applied) != ApplyCheckWorkload.Ptfs)
        {
            throw new InvalidOperationException($"The workload does not apply cleanly: RC {check.ReturnCode}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    /// <summary>The floor: each selected SYSMOD's MCS read by key on a read-only connection, one query each.</summary>
    [Benchmark(Baseline = true)]
    public long ReadSelection_10000Ptfs()
    {
        using var connection = new SqliteConnection($"Data Source={_csiPath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT mcs FROM global_sysmod WHERE id = $id;";
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var bytes = 0L;
        foreach (var ptf in ApplyCheckWorkload.PtfIds)
        {
            id.Value = ptf;
            using var reader = command.ExecuteReader();
            bytes += reader.Read() ? reader.GetFieldValue<byte[]>(0).Length : 0;
        }

        return bytes;
    }

    [Benchmark]
    public int ApplyCheck_10000Ptfs() => ApplyCheck().Sysmods.Count;

    private CommandResult ApplyCheck()
    {
        using var csi = Csi.Open(_csiPath, new CsiOpenOptions { Mode = CsiOpenMode.ReadOnly });
        return csi.Apply(ApplyCheckWorkload.Zone.Name, s_options);
    }

    private void WriteCsi()
    {
        using (var csi = Csi.Open(_csiPath))
        {
            csi.AddZone(ApplyCheckWorkload.Zone.Related!, ZoneType.Dlib);
            csi.AddZone(ApplyCheckWorkload.Zone.Name, ZoneType.Target, ApplyCheckWorkload.Zone.Related);
            csi.Receive([new McsParseResult { Sysmods = ApplyCheckWorkload.FunctionsAndPtfs() }], [new McsParseResult { Holds = ApplyCheckWorkload.ErrorHolds() }]);
        }

        ApplyCheckWorkload.WriteZone(_csiPath, ApplyCheckWorkload.Zone.Name, ApplyCheckWorkload.ZoneContent());
    }
}
