using IMU.Smpe.HoldData;
using IMU.Smpe.Mcs;
using IMU.Smpe.Tests.Mcs;

namespace IMU.Smpe.Tests.HoldData;

/// <summary>External HOLDDATA streams (smpe-reference §5, §7), read by <see cref="McsReader"/>.</summary>
public sealed class HoldDataTests
{
    private static HoldStatement OnlyHold(string text)
    {
        var result = McsReader.Read(text, "h.txt");
        Assert.Empty(result.Errors.Select(e => e.ToString()));
        Assert.Empty(result.Sysmods);
        return Assert.Single(result.Holds);
    }

    private static string OnlyError(string text)
    {
        var result = McsReader.Read(text, "h.txt");
        Assert.Empty(result.Holds);
        return Assert.Single(result.Errors).Message;
    }

    [Fact]
    public void EnhancedHoldData_SmrtDataComment_IsStructured()
    {
        var hold = OnlyHold(Cards.Of(
            "++HOLD(UJ00001) FMID(HBB77D0) REASON(AA00002) ERROR DATE(25123)",
            "  CLASS(HIPER,PE)",
            "  COMMENT(SMRTDATA(CHGDT(250503) FIX(UJ00003) SYMP(IPL,PRV)))."));

        Assert.Equal((HoldCategory.Error, "UJ00001", "HBB77D0", "AA00002", "25123"), (hold.Category, hold.SysmodId, hold.Fmid, hold.Reason, hold.Date));
        Assert.Equal(["HIPER", "PE"], hold.Classes);
        Assert.NotNull(hold.SmrtData);
        Assert.Equal(("250503", "UJ00003"), (hold.SmrtData.ChangeDate, hold.SmrtData.Fix));
        Assert.Equal(["IPL", "PRV"], hold.SmrtData.Symptoms);
    }

    [Fact]
    public void SmrtData_OperandsInAnyOrder_AreFound()
    {
        var hold = OnlyHold(Cards.Of(
            "++HOLD(TZ03488) FMID(BSSIZ31) REASON(MF04145) ERROR DATE(20280)",
            "  COMMENT(SMRTDATA(FIX(TZ04145) SYMP(DAL) CHGDT(230308)))."));

        Assert.Equal(("230308", "TZ04145"), (hold.SmrtData?.ChangeDate, hold.SmrtData?.Fix));
    }

    [Fact]
    public void PlainComment_HasNoSmrtData() =>
        Assert.Null(OnlyHold("++HOLD(UJ00001) FMID(HBB77D0) REASON(DOC) SYSTEM COMMENT(Read the book)."). SmrtData);

    [Fact]
    public void FixcatHold_KeepsMixedCaseCategoriesAndResolver()
    {
        var hold = OnlyHold(Cards.Of(
            "++HOLD(HSQDD10) FIXCAT FMID(HSQDD10) REASON(AH47422) RESOLVER(UI81853)",
            "  CATEGORY(IBM.ProductInstall-RequiredService,IBM.Coexistence.z/OS.3.1)",
            "  DATE(22276)."));

        Assert.Equal(HoldCategory.Fixcat, hold.Category);
        Assert.Equal("UI81853", hold.Resolver);
        Assert.Equal(["IBM.ProductInstall-RequiredService", "IBM.Coexistence.z/OS.3.1"], hold.FixCategories);
    }

    [Fact]
    public void HoldDataStream_ManyHoldsAndReleases_AreAllExternal()
    {
        var result = McsReader.Read(Cards.Of(
            "++HOLD(UZ00001) FMID(HBB77D0) REASON(CPU0A) USER.",
            "++HOLD(UZ00002) FMID(HBB77D0) REASON(IPL) SYSTEM COMMENT(IPL needed).",
            "++RELEASE(UZ00001) FMID(HBB77D0) REASON(CPU0A) USER DATE(25124)."));

        Assert.Empty(result.Errors);
        Assert.Equal([HoldCategory.User, HoldCategory.System], result.Holds.Select(h => h.Category));
        var release = Assert.Single(result.Releases);
        Assert.Equal(("UZ00001", "CPU0A", HoldCategory.User, "25124"), (release.SysmodId, release.Reason, release.Category, release.Date));
        Assert.Equal(3, release.Location.Line);
    }

    [Fact]
    public void HoldWithTwoTypes_IsAnError() =>
        Assert.StartsWith("++HOLD names more than one hold type", OnlyError("++HOLD(UZ00001) FMID(HBB77D0) REASON(AA12345) ERROR SYSTEM."), StringComparison.Ordinal);

    [Fact]
    public void HoldWithoutType_IsAnError() =>
        Assert.StartsWith("++HOLD has no hold type", OnlyError("++HOLD(UZ00001) FMID(HBB77D0) REASON(AA12345)."), StringComparison.Ordinal);

    [Fact]
    public void HoldWithoutFmid_IsAnError() =>
        Assert.StartsWith("++HOLD has no FMID", OnlyError("++HOLD(UZ00001) REASON(AA12345) ERROR."), StringComparison.Ordinal);

    [Fact]
    public void HoldWithoutReason_IsAnError() =>
        Assert.StartsWith("++HOLD has no REASON", OnlyError("++HOLD(UZ00001) FMID(HBB77D0) ERROR."), StringComparison.Ordinal);

    [Fact]
    public void ReasonLongerThanSeven_IsAnError() =>
        Assert.Equal("REASON ID 'AA123456' must be 1 to 7 characters", OnlyError("++HOLD(UZ00001) FMID(HBB77D0) REASON(AA123456) ERROR."));

    [Fact]
    public void HoldDateNotJulian_IsAnError() =>
        Assert.StartsWith("DATE '2025-01-01' must be a Julian date", OnlyError(Cards.Of("++HOLD(UZ00001) FMID(HBB77D0) REASON(AA12345) ERROR", "  DATE(2025-01-01).")), StringComparison.Ordinal);

    [Fact]
    public void ReleaseWithoutType_IsAnError() =>
        Assert.StartsWith("++RELEASE has no hold type", McsReader.Read("++RELEASE(UZ00001) FMID(HBB77D0) REASON(AA12345).").Errors[0].Message, StringComparison.Ordinal);

    [Fact]
    public void SlashStarInHoldComment_OpensAnMcsComment()
    {
        var hold = OnlyHold(Cards.Of(
            "++HOLD(UZ00001) FMID(HBB77D0) REASON(DDDEF) SYSTEM COMMENT(",
            "  Allocate the data sets /* with the sample JCL */ first)."));

        Assert.Equal("Allocate the data sets  first", hold.Comment);
    }

    [Fact]
    public void BadHold_DoesNotLoseTheHoldsAfterIt()
    {
        var result = McsReader.Read(Cards.Of(
            "++HOLD(UZ001) FMID(HBB77D0) REASON(AA12345) ERROR.",
            "++HOLD(UZ00002) FMID(HBB77D0) REASON(AA12345) ERROR."), "h.txt");

        Assert.Equal("h.txt:1:8: error: SYSMOD ID 'UZ001' must be 7 characters", Assert.Single(result.Errors).ToString());
        Assert.Equal("UZ00002", Assert.Single(result.Holds).SysmodId);
    }
}
