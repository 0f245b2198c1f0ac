using IMU.Smpe.Commands;
using IMU.Smpe.HoldData;

namespace IMU.Smpe.Tests.Commands;

public sealed class ApplyHoldTests
{
    private const string HeldPtf = """
        ++PTF(UZ00001).
        ++VER(Z038) FMID(HBB77D0).
        ++MOD(MODA) DISTLIB(AOS12).
        """;

    private const string ErrorHold = """
        ++HOLD(UZ00001) FMID(HBB77D0) REASON(AA12345) ERROR
          CLASS(PE) DATE(25123).
        """;

    private const string FixcatHold = """
        ++HOLD(UZ00001) FIXCAT FMID(HBB77D0) REASON(AH47422)
          RESOLVER(UZ00008) CATEGORY(IBM.Function.Test).
        """;

    private static TestCsi WithHeldPtf(string holdData, string extraMcs = "")
    {
        var csi = new TestCsi();
        csi.InstallBase();
        csi.Csi.SetFixcatInterest(TestCsi.Target, ["IBM.Function.*"]);
        csi.Receive(HeldPtf + "\n" + extraMcs, holdData);
        return csi;
    }

    private static CommandResult ApplyWith(TestCsi csi, BypassOptions bypass, params string[] ids) =>
        csi.Apply(new ApplyOptions { Select = ids, Bypass = bypass });

    [Fact]
    public void HoldError_WithoutBypass_IsNotApplied()
    {
        using var csi = WithHeldPtf(ErrorHold);

        var result = csi.Apply("UZ00001");

        Assert.Equal(SysmodStatus.Held, result.StatusOf("UZ00001"));
        Assert.Equal(new HoldResult(HoldCategory.Error, "AA12345", Bypassed: false), Assert.Single(result.For("UZ00001").Holds));
        Assert.Equal(ReturnCodes.Error, result.ReturnCode);
        Assert.Equal("HBB77D0", csi.Element("MOD", "MODA").Rmid);
    }

    [Fact]
    public void HoldError_BypassHoldError_IsAppliedAndStillReported()
    {
        using var csi = WithHeldPtf(ErrorHold);

        var result = ApplyWith(csi, new BypassOptions { HoldError = new HoldBypass { All = true } }, "UZ00001");

        Assert.Equal(SysmodStatus.Applied, result.StatusOf("UZ00001"));
        Assert.Equal(new HoldResult(HoldCategory.Error, "AA12345", Bypassed: true), Assert.Single(result.For("UZ00001").Holds));
        Assert.Equal(ReturnCodes.Warning, result.ReturnCode);
    }

    [Fact]
    public void HoldError_BypassForOtherReason_StaysHeld()
    {
        using var csi = WithHeldPtf(ErrorHold);

        var bypass = new BypassOptions { HoldError = new HoldBypass { Reasons = [new HoldBypassReason("AA99999", [])] } };

        Assert.Equal(SysmodStatus.Held, ApplyWith(csi, bypass, "UZ00001").StatusOf("UZ00001"));
    }

    [Fact]
    public void HoldError_ResolvedBySysmodWhoseIdIsReason_IsApplied()
    {
        using var csi = WithHeldPtf(ErrorHold, """
            ++APAR(AA12345).
            ++VER(Z038) FMID(HBB77D0).
            ++ZAP(MODB) DISTLIB(AOS12).
            """);
        csi.Apply("AA12345");

        Assert.Equal(SysmodStatus.Applied, csi.Apply("UZ00001").StatusOf("UZ00001"));
    }

    [Fact]
    public void HoldError_ResolvedBySysmodThatSupersedesReason_IsApplied()
    {
        using var csi = WithHeldPtf(ErrorHold, """
            ++PTF(UZ00005).
            ++VER(Z038) FMID(HBB77D0) SUP(AA12345).
            ++MOD(MODB) DISTLIB(AOS12).
            """);
        csi.Apply("UZ00005");

        var result = csi.Apply("UZ00001");

        Assert.Equal(SysmodStatus.Applied, result.StatusOf("UZ00001"));
        Assert.Empty(result.For("UZ00001").Holds);
    }

    [Fact]
    public void HoldError_ResolverInSameCommand_IsApplied()
    {
        using var csi = WithHeldPtf(ErrorHold, """
            ++PTF(UZ00005).
            ++VER(Z038) FMID(HBB77D0) SUP(AA12345).
            ++MOD(MODB) DISTLIB(AOS12).
            """);

        var result = csi.Apply("UZ00001", "UZ00005");

        Assert.Equal(ReturnCodes.Ok, result.ReturnCode);
        Assert.Equal(SysmodStatus.Applied, result.StatusOf("UZ00001"));
    }

    [Fact]
    public void HoldError_Released_IsApplied()
    {
        using var csi = WithHeldPtf(ErrorHold);
        csi.Receive("", """
            ++RELEASE(UZ00001) FMID(HBB77D0) REASON(AA12345) ERROR.
            """);

        Assert.Equal(SysmodStatus.Applied, csi.Apply("UZ00001").StatusOf("UZ00001"));
    }

    [Fact]
    public void HoldClass_BypassMatchingClass_IsApplied()
    {
        using var csi = WithHeldPtf(ErrorHold);

        var bypass = new BypassOptions { HoldClasses = ["PE"] };

        Assert.Equal(SysmodStatus.Applied, ApplyWith(csi, bypass, "UZ00001").StatusOf("UZ00001"));
    }

    [Fact]
    public void HoldClass_BypassOtherClass_StaysHeld()
    {
        using var csi = WithHeldPtf(ErrorHold);

        var bypass = new BypassOptions { HoldClasses = ["HIPER"] };

        Assert.Equal(SysmodStatus.Held, ApplyWith(csi, bypass, "UZ00001").StatusOf("UZ00001"));
    }

    [Fact]
    public void HoldSystem_Internal_IsHeldWithoutBypass()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive("""
            ++PTF(UZ00002).
            ++VER(Z038) FMID(HBB77D0).
            ++HOLD(UZ00002) FMID(HBB77D0) REASON(ACTION) SYSTEM
              COMMENT(RECYCLE THE TASK).
            ++MOD(MODB) DISTLIB(AOS12).
            """);

        var result = csi.Apply("UZ00002");

        Assert.Equal(SysmodStatus.Held, result.StatusOf("UZ00002"));
        Assert.Equal(new HoldResult(HoldCategory.System, "ACTION", Bypassed: false), Assert.Single(result.For("UZ00002").Holds));
    }

    [Fact]
    public void HoldSystem_BypassReason_IsApplied()
    {
        using var csi = WithHeldPtf("++HOLD(UZ00001) FMID(HBB77D0) REASON(DOC) SYSTEM.");

        var bypass = new BypassOptions { HoldSystem = new HoldBypass { Reasons = [new HoldBypassReason("DOC", [])] } };

        Assert.Equal(SysmodStatus.Applied, ApplyWith(csi, bypass, "UZ00001").StatusOf("UZ00001"));
    }

    [Fact]
    public void HoldSystem_NestedBypassForOtherSysmod_StaysHeld()
    {
        using var csi = WithHeldPtf("++HOLD(UZ00001) FMID(HBB77D0) REASON(ACTION) SYSTEM.");

        var bypass = new BypassOptions { HoldSystem = new HoldBypass { Reasons = [new HoldBypassReason("ACTION", ["UZ00777"])] } };

        Assert.Equal(SysmodStatus.Held, ApplyWith(csi, bypass, "UZ00001").StatusOf("UZ00001"));
    }

    [Fact]
    public void HoldSystem_NestedBypassForThisSysmod_IsApplied()
    {
        using var csi = WithHeldPtf("++HOLD(UZ00001) FMID(HBB77D0) REASON(ACTION) SYSTEM.");

        var bypass = new BypassOptions { HoldSystem = new HoldBypass { Reasons = [new HoldBypassReason("ACTION", ["UZ00001"])] } };

        Assert.Equal(SysmodStatus.Applied, ApplyWith(csi, bypass, "UZ00001").StatusOf("UZ00001"));
    }

    [Fact]
    public void HoldUser_BypassHoldUserForReason_IsApplied()
    {
        using var csi = WithHeldPtf("++HOLD(UZ00001) FMID(HBB77D0) REASON(LOCAL01) USER.");

        var held = csi.Apply(new ApplyOptions { Select = ["UZ00001"], Check = true });
        var bypass = new BypassOptions { HoldUser = new HoldBypass { Reasons = [new HoldBypassReason("LOCAL01", [])] } };

        Assert.Equal(SysmodStatus.Held, held.StatusOf("UZ00001"));
        Assert.Equal(SysmodStatus.Applied, ApplyWith(csi, bypass, "UZ00001").StatusOf("UZ00001"));
    }

    [Fact]
    public void HoldFixcat_ResolvedByResolver_IsApplied()
    {
        using var csi = WithHeldPtf(
            FixcatHold,
            """
            ++PTF(UZ00008).
            ++VER(Z038) FMID(HBB77D0).
            ++MOD(MODB) DISTLIB(AOS12).
            """);

        var alone = csi.Apply(new ApplyOptions { Select = ["UZ00001"], Check = true });
        var withResolver = csi.Apply("UZ00001", "UZ00008");

        Assert.Equal(SysmodStatus.Held, alone.StatusOf("UZ00001"));
        Assert.Equal(SysmodStatus.Applied, withResolver.StatusOf("UZ00001"));
    }

    [Fact]
    public void HoldFixcat_BypassHoldFixcat_IsApplied()
    {
        using var csi = WithHeldPtf(FixcatHold);

        var bypass = new BypassOptions { HoldFixcat = new HoldBypass { All = true } };

        Assert.Equal(SysmodStatus.Applied, ApplyWith(csi, bypass, "UZ00001").StatusOf("UZ00001"));
    }
}
