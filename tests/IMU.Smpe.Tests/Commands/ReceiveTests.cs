using System.Text;
using IMU.Smpe.Commands;
using IMU.Smpe.Diagnostics;
using IMU.Smpe.HoldData;
using IMU.Smpe.Mcs;
using IMU.Smpe.Zones;

namespace IMU.Smpe.Tests.Commands;

public sealed class ReceiveTests
{
    private const string Ptf = """
        ++PTF(UZ00001).
        ++VER(Z038) FMID(HBB77D0).
        ++MOD(MODA) DISTLIB(AOS12).
        """;

    [Fact]
    public void Receive_Function_AddsItsFmidSoItsServiceIsReceived()
    {
        using var csi = new TestCsi();

        var result = csi.Receive(TestCsi.BaseFunction + "\n" + Ptf);

        Assert.Equal(ReturnCodes.Ok, result.ReturnCode);
        Assert.All(result.Sysmods, s => Assert.Equal(ReceiveStatus.Received, s.Status));
        Assert.Equal(["HBB77D0", "UZ00001"], csi.Csi.ListSysmods(Csi.GlobalZoneName).Select(s => s.Id));
    }

    [Fact]
    public void Receive_FmidUnknownToGlobalZone_IsNotReceived()
    {
        using var csi = new TestCsi();

        var result = csi.Receive(Ptf);

        var sysmod = Assert.Single(result.Sysmods);
        Assert.Equal(ReceiveStatus.NotReceived, sysmod.Status);
        Assert.StartsWith("GIM38901I", Assert.Single(sysmod.Reasons), StringComparison.Ordinal);
        Assert.Empty(csi.Csi.ListSysmods(Csi.GlobalZoneName));
    }

    [Fact]
    public void Receive_SrelUnknownToGlobalZone_IsNotReceived()
    {
        using var csi = new TestCsi();

        var result = csi.Receive("""
            ++FUNCTION(HCI6100).
            ++VER(C150).
            ++MOD(DFHXYZ) DISTLIB(ADFHLOAD).
            """);

        Assert.Equal(ReceiveStatus.NotReceived, Assert.Single(result.Sysmods).Status);
    }

    [Fact]
    public void Receive_SrelOfAddedZone_IsKnown()
    {
        using var csi = new TestCsi();
        csi.Csi.AddZone("CICSTGT", ZoneType.Target, srel: "C150");

        var result = csi.Receive("""
            ++FUNCTION(HCI6100).
            ++VER(C150).
            ++MOD(DFHXYZ) DISTLIB(ADFHLOAD).
            """);

        Assert.Equal(ReceiveStatus.Received, Assert.Single(result.Sysmods).Status);
    }

    [Fact]
    public void Receive_HigherRework_ReReceives()
    {
        using var csi = new TestCsi();
        csi.Receive(TestCsi.BaseFunction + "\n" + Ptf);

        var same = csi.Receive(Ptf);
        var reworked = csi.Receive("""
            ++PTF(UZ00001) REWORK(2025123).
            ++VER(Z038) FMID(HBB77D0).
            ++MOD(MODB) DISTLIB(AOS12).
            """);

        Assert.Equal(ReceiveStatus.AlreadyReceived, Assert.Single(same.Sysmods).Status);
        Assert.Equal(ReceiveStatus.Reworked, Assert.Single(reworked.Sysmods).Status);
        csi.InstallBase();
        csi.Apply("UZ00001");
        Assert.Equal("UZ00001", csi.Element("MOD", "MODB").Rmid);
    }

    [Fact]
    public void HoldData_ForFmidNotInGlobalZone_IsNotApplicable()
    {
        using var csi = new TestCsi();

        var result = csi.Receive("", "++HOLD(UZ00001) FMID(HZZ0000) REASON(AA12345) ERROR.");

        Assert.Equal(HoldSummaryStatus.NotApplicable, Assert.Single(result.Holds).Status);
        Assert.Empty(csi.Csi.ListHoldData());
    }

    [Fact]
    public void HoldData_ForKnownFmid_IsHeld()
    {
        using var csi = new TestCsi();
        csi.Receive(TestCsi.BaseFunction);

        var result = csi.Receive("", "++HOLD(UZ00001) FMID(HBB77D0) REASON(AA12345) ERROR.");

        Assert.Equal(HoldSummaryStatus.Held, Assert.Single(result.Holds).Status);
        var hold = Assert.Single(csi.Csi.ListHoldData());
        Assert.Equal(("UZ00001", HoldCategory.Error), (hold.SysmodId, hold.Category));
    }

    [Fact]
    public void Release_OfExternalHold_IsReleased()
    {
        using var csi = new TestCsi();
        csi.Receive(TestCsi.BaseFunction, "++HOLD(UZ00001) FMID(HBB77D0) REASON(AA12345) ERROR.");

        var result = csi.Receive("", "++RELEASE(UZ00001) FMID(HBB77D0) REASON(AA12345) ERROR.");

        Assert.Equal(HoldSummaryStatus.Released, Assert.Single(result.Holds).Status);
        Assert.Equal(ReturnCodes.Ok, result.ReturnCode);
        Assert.Empty(csi.Csi.ListHoldData());
    }

    [Fact]
    public void Release_OfInternalHold_IsReportedIntHld()
    {
        using var csi = new TestCsi();
        csi.Receive(TestCsi.BaseFunction + "\n" + """
            ++PTF(UZ00002).
            ++VER(Z038) FMID(HBB77D0).
            ++HOLD(UZ00002) FMID(HBB77D0) REASON(ACTION) SYSTEM.
            ++MOD(MODB) DISTLIB(AOS12).
            """);

        var result = csi.Receive("", "++RELEASE(UZ00002) FMID(HBB77D0) REASON(ACTION) SYSTEM.");

        Assert.Equal(HoldSummaryStatus.InternalHold, Assert.Single(result.Holds).Status);
        Assert.Equal(ReturnCodes.Warning, result.ReturnCode);
        csi.InstallBase();
        Assert.Equal(SysmodStatus.Held, csi.Apply("UZ00002").StatusOf("UZ00002"));
    }

    [Fact]
    public void Release_ForSysmodWithoutHolds_IsSmdNf()
    {
        using var csi = new TestCsi();
        csi.Receive(TestCsi.BaseFunction);

        var result = csi.Receive("", "++RELEASE(UZ77777) FMID(HBB77D0) REASON(AA12345) ERROR.");

        Assert.Equal(HoldSummaryStatus.SysmodNotFound, Assert.Single(result.Holds).Status);
    }

    [Fact]
    public void Release_ForReasonNotHeld_IsRsnNf()
    {
        using var csi = new TestCsi();
        csi.Receive(TestCsi.BaseFunction, "++HOLD(UZ00001) FMID(HBB77D0) REASON(AA12345) ERROR.");

        var result = csi.Receive("", "++RELEASE(UZ00001) FMID(HBB77D0) REASON(AA99999) ERROR.");

        Assert.Equal(HoldSummaryStatus.ReasonNotFound, Assert.Single(result.Holds).Status);
        Assert.Single(csi.Csi.ListHoldData());
    }

    [Fact]
    public void Release_AfterHoldInSameStream_LeavesNoHold()
    {
        using var csi = new TestCsi();
        csi.Receive(TestCsi.BaseFunction);

        var result = csi.Receive("", """
            ++HOLD(UZ00001) FMID(HBB77D0) REASON(AA12345) ERROR.
            ++RELEASE(UZ00001) FMID(HBB77D0) REASON(AA12345) ERROR.
            """);

        Assert.Equal([HoldSummaryStatus.Held, HoldSummaryStatus.Released], result.Holds.Select(h => h.Status));
        Assert.Empty(csi.Csi.ListHoldData());
    }

    [Fact]
    public void Receive_RefusedStream_EndsRcTwelveAndReceivesNothingOfIt()
    {
        using var csi = new TestCsi();
        var mcs = Encoding.Latin1.GetBytes(TestCsi.BaseFunction + "\n" + Ptf + "\n" + new string('X', 200) + "\n");
        var limits = new McsReaderLimits { MaxRecordLength = 80 };

        var result = csi.Csi.Receive(McsReader.ReadBatches(new MemoryStream(mcs), "big.mcs", batchSize: 1, limits));

        Assert.Equal(ReturnCodes.Severe, result.ReturnCode);
        Assert.Equal(new SourceLocation("big.mcs", 9, 81), result.Errors[^1].Location);
        Assert.Contains("longer than 80 bytes", result.Errors[^1].Message, StringComparison.Ordinal);
        Assert.Empty(result.Sysmods);
        Assert.Empty(csi.Csi.ListSysmods(Csi.GlobalZoneName));
    }
}
