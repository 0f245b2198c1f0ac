using System.Reflection;
using System.Text.RegularExpressions;
using IMU.Smpe.Commands;
using IMU.Smpe.Diagnostics;
using IMU.Smpe.HoldData;
using IMU.Smpe.Zones;

namespace IMU.Smpe.Tests.Diagnostics;

public sealed partial class SmpeMessagesTests
{
    /// <summary>The GIM numbers smpe-reference.md documents with the meaning the engine uses them for.</summary>
    private static readonly string[] s_documentedGim = ["GIM38901I", "GIM38201W", "GIM45401W", "GIM32501E"];

    [Fact]
    public void MessageIds_EveryMessage_IsADocumentedGimIdOrImuPrefixed()
    {
        var ids = new List<string>();
        foreach (var method in typeof(SmpeMessages).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            var text = (string)method.Invoke(null, [.. method.GetParameters().Select(p => Sample(p.ParameterType))])!;
            var id = text.Split(' ')[0];
            Assert.True(s_documentedGim.Contains(id) || ImuId().IsMatch(id), $"{method.Name}: {text}");
            ids.Add(id);
        }

        Assert.True(ids.Count >= 30, $"only {ids.Count} messages found");
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void HoldError_Message_UsesImuIdInSmpeWording()
    {
        using var csi = HeldPtf();

        var result = csi.Apply("UZ00001");

        Assert.Equal(["IMU3205E UZ00001 IS HELD FOR ERROR REASON AA12345"], result.For("UZ00001").Reasons);
    }

    [Fact]
    public void SeverityLetter_HeldSysmod_MatchesReturnCode8()
    {
        using var csi = HeldPtf();

        var result = csi.Apply("UZ00001");

        Assert.Equal(ReturnCodes.Error, result.ReturnCode);
        Assert.Equal(result.ReturnCode, HighestSeverity(result));
    }

    [Fact]
    public void SeverityLetter_BypassedHold_MatchesReturnCode4()
    {
        using var csi = HeldPtf();

        var result = csi.Apply(new ApplyOptions { Select = ["UZ00001"], Bypass = new BypassOptions { HoldError = new HoldBypass { All = true } } });

        Assert.Equal(ReturnCodes.Warning, result.ReturnCode);
        Assert.Equal(result.ReturnCode, HighestSeverity(result));
    }

    [Fact]
    public void SeverityLetter_AlreadyApplied_MatchesReturnCode0()
    {
        using var csi = new TestCsi();
        csi.InstallBase();

        var result = csi.Apply("HBB77D0");

        Assert.Equal(ReturnCodes.Ok, result.ReturnCode);
        Assert.Equal(result.ReturnCode, HighestSeverity(result));
        Assert.StartsWith("IMU3202I", Assert.Single(result.For("HBB77D0").Reasons), StringComparison.Ordinal);
    }

    private static TestCsi HeldPtf()
    {
        var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive(
            """
            ++PTF(UZ00001).
            ++VER(Z038) FMID(HBB77D0).
            ++MOD(MODA) DISTLIB(AOS12).
            """,
            "++HOLD(UZ00001) FMID(HBB77D0) REASON(AA12345) ERROR DATE(25123).");
        return csi;
    }

    private static int HighestSeverity(CommandResult result) =>
        result.Sysmods.SelectMany(s => s.Reasons).Concat(result.Messages).Select(m => m.Split(' ')[0][^1] switch
        {
            'I' => ReturnCodes.Ok,
            'W' => ReturnCodes.Warning,
            'E' => ReturnCodes.Error,
            _ => ReturnCodes.Severe,
        }).DefaultIfEmpty(ReturnCodes.Ok).Max();

    private static object Sample(Type type) =>
        type == typeof(string) ? "UZ00001"
        : type == typeof(bool) ? false
        : type == typeof(int) ? 1
        : type == typeof(TimeSpan) ? TimeSpan.FromSeconds(30)
        : type == typeof(ZoneType) ? ZoneType.Target
        : type == typeof(SysmodEntryStatus) ? SysmodEntryStatus.Applied
        : type == typeof(HoldCategory) ? HoldCategory.Error
        : type == typeof(ElementKey) ? new ElementKey("MOD", "MODA")
        : type == typeof(SmpeError) ? new SmpeError(new SourceLocation("SMPCNTL", 1, 1), "a syntax error")
        : throw new InvalidOperationException($"no sample for {type}");

    [GeneratedRegex(@"^IMU\d{4}[IWES]$")]
    private static partial Regex ImuId();
}
