using System.Globalization;
using IMU.Smpe.Activation;
using IMU.Smpe.HoldData;
using IMU.Smpe.Mcs;
using IMU.Smpe.Zones;
using Microsoft.Data.Sqlite;

namespace IMU.Benchmarks.Smpe;

/// <summary>
/// A generated zone of 200,000 elements over 20 functions (half of them serviced by 20,000 older
/// PTFs) and 10,000 received PTFs that replace three elements and zap a fourth each, PRE the RMIDs
/// they must cover and the previous PTF of their function, SUP an APAR, and carry ERROR holds
/// (resolved in the same command) and SYSTEM holds (bypassed).
/// </summary>
internal static class ApplyCheckWorkload
{
    public const int Functions = 20;
    public const int Elements = 200_000;
    public const int Ptfs = 10_000;
    private const int OldPtfs = 20_000;

    public static string Fmid(int i) => "HFN" + (i % Functions).ToString("D4", CultureInfo.InvariantCulture);

    public static string Ptf(int k) => "UZ" + k.ToString("D5", CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> PtfIds { get; } = [.. Enumerable.Range(0, Ptfs).Select(Ptf)];

    public static ZoneDefinition Zone { get; } = new("TGT", ZoneType.Target, "DLIB", "Z038");

    public static List<Sysmod> FunctionsAndPtfs()
    {
        var sysmods = new List<Sysmod>();
        for (var f = 0; f < Functions; f++)
        {
            sysmods.Add(new Sysmod { Id = Fmid(f), Type = SysmodType.Function, Vers = [new VerStatement { Srels = ["Z038"] }] });
        }

        for (var k = 0; k < Ptfs; k++)
        {
            var touched = new[] { k, k + Ptfs, k + (2 * Ptfs) };
            var pre = touched.Where(e => e % 2 == 1).Select(OldRmid).Append(OldRmid(k + (3 * Ptfs))).ToList();
            if (k >= Functions)
            {
                pre.Add(Ptf(k - Functions));
            }

            var holds = new List<HoldStatement>();
            if (k % 50 == 0)
            {
                holds.Add(new HoldStatement { SysmodId = Ptf(k), Fmid = Fmid(k), Reason = "ACTION", Category = HoldCategory.System });
            }

            sysmods.Add(new Sysmod
            {
                Id = Ptf(k),
                Type = SysmodType.Ptf,
                Vers = [new VerStatement { Srels = ["Z038"], Fmid = Fmid(k), Pre = pre, Sup = [Apar(k)] }],
                Holds = holds,
                Elements =
                [
                    .. touched.Select(e => new ElementStatement { McsType = "MOD", Name = Module(e), DistLib = "AOS12" }),
                    new ElementStatement { McsType = "ZAP", Name = Module(k + (3 * Ptfs)), DistLib = "AOS12" },
                ],
            });
        }

        return sysmods;
    }

    /// <summary>Every tenth PTF is held for the APAR that the PTF five before it supersedes.</summary>
    public static List<HoldStatement> ErrorHolds() =>
        [.. Enumerable.Range(0, Ptfs).Where(k => k % 10 == 5).Select(k => new HoldStatement
        {
            SysmodId = Ptf(k),
            Fmid = Fmid(k),
            Reason = Apar(k - 5),
            Category = HoldCategory.Error,
            Classes = ["PE"],
        })];

    /// <summary>Writes zone entries straight into the CSI file: the state many earlier APPLYs would have left.</summary>
    public static void WriteZone(string csiPath, string zone, ZoneDelta content)
    {
        using var connection = new SqliteConnection($"Data Source={csiPath};Pooling=False");
        connection.Open();
        using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        begin.ExecuteNonQuery();
        using (var store = new CsiStore(connection))
        {
            store.SaveZoneDelta(zone, content);
        }

        using var commit = connection.CreateCommand();
        commit.CommandText = "COMMIT;";
        commit.ExecuteNonQuery();
    }

    public static ZoneDelta ZoneContent()
    {
        var delta = new ZoneDelta();
        for (var f = 0; f < Functions; f++)
        {
            delta.Sysmods[Fmid(f)] = new ZoneSysmod { Id = Fmid(f), Type = SysmodType.Function, Status = SysmodEntryStatus.Applied, Fmid = Fmid(f) };
        }

        for (var o = 0; o < OldPtfs; o++)
        {
            var id = "UY" + o.ToString("D5", CultureInfo.InvariantCulture);
            delta.Sysmods[id] = new ZoneSysmod { Id = id, Type = SysmodType.Ptf, Status = SysmodEntryStatus.Applied, Fmid = Fmid(o), Activation = ActivationClass.None };
        }

        for (var e = 0; e < Elements; e++)
        {
            var key = new ElementKey("MOD", Module(e));
            delta.Elements[key] = new ElementEntry
            {
                Name = key.Name,
                Type = key.Type,
                Fmid = Fmid(e),
                Rmid = e % 2 == 1 ? OldRmid(e) : Fmid(e),
                Lmods = [key.Name],
                SysLib = "LINKLIB",
                DistLib = "AOS12",
            };
        }

        return delta;
    }

    private static string Module(int e) => "M" + e.ToString("D7", CultureInfo.InvariantCulture);

    private static string Apar(int k) => "AA" + k.ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>The old PTF that serviced element <paramref name="e"/> (odd elements only); its FMID matches the element's.</summary>
    private static string OldRmid(int e) => e % 2 == 1 ? "UY" + (e % OldPtfs).ToString("D5", CultureInfo.InvariantCulture) : Fmid(e);
}
