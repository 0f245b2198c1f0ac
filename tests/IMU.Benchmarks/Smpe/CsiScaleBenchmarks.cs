using System.Globalization;
using BenchmarkDotNet.Attributes;
using IMU.Smpe.Commands;
using IMU.Smpe.Mcs;
using IMU.Smpe.Zones;

namespace IMU.Benchmarks.Smpe;

/// <summary>
/// CSI commands against a global zone of 2,000 and of 400,000 received PTFs (20 functions applied,
/// 1,000 PTFs applied to the target zone): LIST of the target zone, APPLY CHECK and APPLY of 10 PTFs,
/// each with the CSI opened cold as a command does. The baseline is the cheapest command there is
/// (open the CSI, read the zone list): the ratios show what the command costs beyond that, and
/// comparing the two sizes shows that it does not grow with the global zone.
/// </summary>
[MemoryDiagnoser]
public class CsiScaleBenchmarks
{
    private const int Functions = 20;
    private const int AppliedPtfs = 1_000;
    private static readonly string[] s_tenPtfs = [.. Enumerable.Range(AppliedPtfs, 10).Select(Ptf)];

    private string _cached = null!;
    private string _work = null!;

    [Params(2_000, 400_000)]
    public int ReceivedPtfs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _cached = Path.Combine(Path.GetTempPath(), $"imu-bench-scale-{ReceivedPtfs}-v{CsiSchema.Version}.csi");
        _work = Path.Combine(Path.GetTempPath(), $"imu-bench-scale-{ReceivedPtfs}-{Environment.ProcessId}.csi");
        if (!File.Exists(_cached))
        {
            Build(_cached + ".building", ReceivedPtfs);
            File.Move(_cached + ".building", _cached, overwrite: true);
        }

        using var csi = Csi.Open(_cached, new CsiOpenOptions { Mode = CsiOpenMode.ReadOnly });
        var check = csi.Apply("TGT", new ApplyOptions { Select = s_tenPtfs, Check = true });
        if (check.ReturnCode != ReturnCodes.Ok || csi.ListSysmods("TGT").Count != Functions + AppliedPtfs)
        {
            throw new InvalidOperationException($"The scale CSI is not as built: APPLY CHECK RC {check.ReturnCode}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_work);

    [IterationSetup(Target = nameof(Apply10Ptfs))]
    public void CopyCsi() => File.Copy(_cached, _work, overwrite: true);

    [Benchmark(Baseline = true)]
    public int OpenAndListZones()
    {
        using var csi = Csi.Open(_cached, new CsiOpenOptions { Mode = CsiOpenMode.ReadOnly });
        return csi.ListZones().Count;
    }

    [Benchmark]
    public int ListTargetZone()
    {
        using var csi = Csi.Open(_cached, new CsiOpenOptions { Mode = CsiOpenMode.ReadOnly });
        return csi.ListSysmods("TGT").Count;
    }

    [Benchmark]
    public int ApplyCheck10Ptfs()
    {
        using var csi = Csi.Open(_cached, new CsiOpenOptions { Mode = CsiOpenMode.ReadOnly });
        return csi.Apply("TGT", new ApplyOptions { Select = s_tenPtfs, Check = true }).Sysmods.Count;
    }

    [Benchmark]
    public int Apply10Ptfs()
    {
        using var csi = Csi.Open(_work, new CsiOpenOptions { Mode = CsiOpenMode.ReadWrite });
        return csi.Apply("TGT", new ApplyOptions { Select = s_tenPtfs }).Sysmods.Count;
    }

    private static string Fmid(int f) => "HFN" + f.ToString("D4", CultureInfo.InvariantCulture);

    private static string Ptf(int k) => "U" + k.ToString("D6", CultureInfo.InvariantCulture);

    private static string Module(int f, int m) => "M" + f.ToString("D2", CultureInfo.InvariantCulture) + m.ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>Each PTF replaces one module of its function and PREs the previous PTF of that function.</summary>
    private static Sysmod PtfOf(int k) => new()
    {
        Id = Ptf(k),
        Type = SysmodType.Ptf,
        Vers = [new VerStatement { Srels = ["Z038"], Fmid = Fmid(k % Functions), Pre = k >= Functions ? [Ptf(k - Functions)] : [] }],
        Elements = [new ElementStatement { McsType = "MOD", Name = Module(k % Functions, k / Functions % 100), DistLib = "AOS12" }],
    };

    private static IEnumerable<McsParseResult> Received(int ptfs)
    {
        yield return new McsParseResult
        {
            Sysmods = [.. Enumerable.Range(0, Functions).Select(f => new Sysmod
            {
                Id = Fmid(f),
                Type = SysmodType.Function,
                Vers = [new VerStatement { Srels = ["Z038"] }],
                Elements = [.. Enumerable.Range(0, 100).Select(m => new ElementStatement { McsType = "MOD", Name = Module(f, m), DistLib = "AOS12" })],
            })],
        };

        for (var first = 0; first < ptfs; first += 1_000)
        {
            yield return new McsParseResult { Sysmods = [.. Enumerable.Range(first, Math.Min(1_000, ptfs - first)).Select(PtfOf)] };
        }
    }

    private static void Build(string path, int ptfs)
    {
        File.Delete(path);
        using var csi = Csi.Open(path);
        csi.AddZone("DLIB", ZoneType.Dlib);
        csi.AddZone("TGT", ZoneType.Target, "DLIB");
        csi.Receive(Received(ptfs));
        csi.Apply("TGT", new ApplyOptions { Select = [.. Enumerable.Range(0, Functions).Select(Fmid)] });
        csi.Apply("TGT", new ApplyOptions { Select = [.. Enumerable.Range(0, AppliedPtfs).Select(Ptf)] });
    }
}
