using System.Globalization;
using System.Text;

namespace IMU.Benchmarks.Smpe;

/// <summary>
/// Deterministic MCS streams for the reading benchmarks: 100,000 external ++HOLD statements
/// (ERROR with CLASS and Enhanced HOLDDATA, SYSTEM, FIXCAT with CATEGORY and RESOLVER) and
/// 10,000 PTFs (++VER with PRE/SUP lists, ++IF, an internal ++HOLD, ++MOD/++MAC and every fifth
/// one a ++ZAP with inline data).
/// </summary>
internal static class McsReadingWorkload
{
    public const string Sysmods10000Ptfs = "SMPPTFIN-10000-PTFs";
    public const string HoldData100000Holds = "SMPHOLD-100000-HOLDs";

    private const int HoldCount = 100_000;
    private const int SysmodCount = 10_000;

    private static readonly Lazy<string> s_holdData = new(BuildHoldData);
    private static readonly Lazy<string> s_sysmods = new(() => BuildSysmods("UJ"));

    public static string Text(string workload) => workload == HoldData100000Holds ? s_holdData.Value : s_sysmods.Value;

    /// <summary>The SYSMODs or holds the workload holds.</summary>
    public static int Count(string workload) => workload == HoldData100000Holds ? HoldCount : SysmodCount;

    /// <summary>Bytes of the stream as it sits in a file (one byte per character, LF record ends).</summary>
    public static long Bytes(string workload) => Text(workload).Length;

    /// <summary>
    /// Writes an MCS file of about <paramref name="bytes"/> bytes for memory checks of the streaming
    /// reader (<c>imu smpe parse</c> under <c>/usr/bin/time -v</c>): blocks of 10,000 PTFs, every fourth
    /// block 100,000 ++HOLDs instead. PTF IDs differ between blocks (the first 649 blocks, 2.5 GB).
    /// </summary>
    public static void WriteFile(string path, long bytes)
    {
        using var file = File.Create(path);
        for (var block = 0; file.Length < bytes; block++)
        {
            var letters = (block + 27) % (26 * 26);
            var prefix = $"{(char)('A' + (letters / 26))}{(char)('A' + (letters % 26))}";
            file.Write(Encoding.Latin1.GetBytes(block % 4 == 3 ? s_holdData.Value : BuildSysmods(prefix)));
        }
    }

    private static string Id(string prefix, int number) => prefix + (number % 100_000).ToString("00000", CultureInfo.InvariantCulture);

    private static string BuildHoldData()
    {
        var text = new StringBuilder(HoldCount * 150);
        for (var i = 0; i < HoldCount; i++)
        {
            switch (i % 3)
            {
                case 0:
                    text.Append("++HOLD(").Append(Id("UJ", i)).Append(") FMID(HBB77D0) REASON(").Append(Id("AA", i)).Append(") ERROR DATE(25123)\n")
                        .Append("  CLASS(HIPER,PE)\n")
                        .Append("  COMMENT(SMRTDATA(CHGDT(250503) FIX(").Append(Id("UJ", i + 1)).Append(") SYMP(IPL,PRV))).\n");
                    break;
                case 1:
                    text.Append("++HOLD(").Append(Id("UJ", i)).Append(") FMID(HBB77D0) REASON(IPL) SYSTEM DATE(25123)\n")
                        .Append("  COMMENT(Re-IPL the system after this PTF is applied\n")
                        .Append("          to activate the change in the nucleus).\n");
                    break;
                default:
                    text.Append("++HOLD(HBB77D0) FIXCAT FMID(HBB77D0) REASON(").Append(Id("AH", i)).Append(") RESOLVER(").Append(Id("UI", i)).Append(")\n")
                        .Append("  CATEGORY(IBM.ProductInstall-RequiredService,IBM.Coexistence.z/OS.3.1)\n")
                        .Append("  DATE(22276).\n");
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>10,000 PTFs; their IDs and those they name start with <paramref name="prefix"/>.</summary>
    private static string BuildSysmods(string prefix)
    {
        var text = new StringBuilder(SysmodCount * 900);
        for (var i = 0; i < SysmodCount; i++)
        {
            var id = Id(prefix, i);
            text.Append("++PTF(").Append(id).Append(") /* 5752-SC1CV-HBB77D0 */ REWORK(2025123).\n")
                .Append("++VER(Z038) FMID(HBB77D0)\n")
                .Append("  PRE(").Append(Id(prefix, i + 10_000)).Append(',').Append(Id(prefix, i + 20_000)).Append(' ').Append(Id(prefix, i + 30_000)).Append(")\n")
                .Append("  SUP(").Append(Id("AA", i)).Append(',').Append(Id("AA", i + 10_000)).Append(',').Append(Id(prefix, i + 40_000)).Append(") .\n")
                .Append("++IF FMID(JBB77D1) THEN REQ(").Append(Id(prefix, i + 50_000)).Append(") .\n")
                .Append("++HOLD(").Append(id).Append(") SYSTEM FMID(HBB77D0) REASON(ACTION) DATE(25123)\n")
                .Append("  COMMENT(Stop the started task before APPLY and restart it\n")
                .Append("          afterwards.) .\n")
                .Append("++MOD(IEFM").Append((i % 10_000).ToString("0000", CultureInfo.InvariantCulture)).Append(") DISTLIB(AOSB3) LMOD(IEFBR14,IEFLM01) .\n")
                .Append("++MAC(IEZM").Append((i % 10_000).ToString("0000", CultureInfo.InvariantCulture)).Append(") DISTLIB(AMACLIB) SYSLIB(MACLIB) .\n");
            if (i % 5 == 0)
            {
                text.Append("++ZAP(IEFZ").Append((i % 10_000).ToString("0000", CultureInfo.InvariantCulture)).Append(") DISTLIB(AOSB3) .\n")
                    .Append(" NAME IEANUC01 IEFZ").Append((i % 10_000).ToString("0000", CultureInfo.InvariantCulture)).Append('\n')
                    .Append(" VER 000042 4780C010                  VERIFY THE BRANCH\n")
                    .Append(" REP 000042 4700C010                  NOP IT\n")
                    .Append(" IDRDATA ").Append(id).Append('\n');
            }
        }

        return text.ToString();
    }
}
