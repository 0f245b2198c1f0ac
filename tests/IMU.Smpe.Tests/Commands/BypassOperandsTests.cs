using IMU.Smpe.Commands;

namespace IMU.Smpe.Tests.Commands;

public sealed class BypassOperandsTests
{
    [Fact]
    public void BypassHoldSystem_Bare_BypassesEveryReasonForEverySysmod()
    {
        var result = BypassOperands.Read("HOLDSYSTEM");

        Assert.Empty(result.Errors);
        Assert.True(result.Options.HoldSystem!.Covers("ACTION", "UJ00001"));
        Assert.True(result.Options.HoldSystem.Covers("IPL", "UJ00002"));
        Assert.Null(result.Options.HoldError);
    }

    [Fact]
    public void BypassHoldSystem_ReasonList_NarrowsToThoseReasons()
    {
        var result = BypassOperands.Read("HOLDSYSTEM(ACTION,IPL)");

        Assert.True(result.Options.HoldSystem!.Covers("IPL", "UJ00001"));
        Assert.False(result.Options.HoldSystem.Covers("DOC", "UJ00001"));
    }

    [Fact]
    public void BypassHoldSystem_NestedSysmodList_NarrowsReasonToNamedSysmods()
    {
        var result = BypassOperands.Read("HOLDSYSTEM(IPL(UJ00001,UJ00002) ACTION)");

        Assert.Equal(["UJ00001", "UJ00002"], result.Options.HoldSystem!.Reasons[0].Sysmods);
        Assert.True(result.Options.HoldSystem.Covers("IPL", "UJ00002"));
        Assert.False(result.Options.HoldSystem.Covers("IPL", "UJ00003"));
        Assert.True(result.Options.HoldSystem.Covers("ACTION", "UJ00003"));
    }

    [Fact]
    public void BypassHoldSystem_SysmodWithItsOwnList_IsAnError()
    {
        var result = BypassOperands.Read("HOLDSYSTEM(ACTION(UJ00001(IPL)))", "--bypass");

        var error = Assert.Single(result.Errors);
        Assert.Contains("UJ00001 cannot have a list of its own", error.Message);
        Assert.Equal("--bypass", error.Location.File);
        Assert.Same(BypassOptions.None, result.Options);
    }

    [Fact]
    public void BypassOperands_HoldsAndFlagsTogether_AreAllRead()
    {
        var result = BypassOperands.Read("HOLDSYSTEM(ACTION(UJ00001,UJ00002),IPL) HOLDERROR(AA12345) ID");

        Assert.Empty(result.Errors);
        Assert.False(result.Options.HoldSystem!.All);
        Assert.False(result.Options.HoldSystem.Covers("ACTION", "UJ00003"));
        Assert.True(result.Options.HoldSystem.Covers("IPL", "UJ00003"));
        Assert.True(result.Options.HoldError!.Covers("AA12345", "UJ00009"));
        Assert.True(result.Options.Id);
        Assert.False(result.Options.Pre);
    }

    [Fact]
    public void BypassHoldFixcat_ReasonList_NarrowsToThatReason()
    {
        var result = BypassOperands.Read("HOLDFIXCAT(AH47422)");

        Assert.Equal("AH47422", Assert.Single(result.Options.HoldFixcat!.Reasons).Reason);
        Assert.True(result.Options.HoldFixcat.Covers("AH47422", "HSQDD10"));
        Assert.False(result.Options.HoldFixcat.Covers("AH47423", "HSQDD10"));
    }

    [Fact]
    public void BypassAbbreviations_HoldSysAndHoldErr_AreAccepted()
    {
        var result = BypassOperands.Read("HOLDSYS(DOC) HOLDERR(AA12345)");

        Assert.Empty(result.Errors);
        Assert.True(result.Options.HoldSystem!.Covers("DOC", "UJ00001"));
        Assert.True(result.Options.HoldError!.Covers("AA12345", "UJ00001"));
        Assert.False(result.Options.HoldError.Covers("AA99999", "UJ00001"));
    }

    [Fact]
    public void BypassAbbreviations_BareInsideBypass_BypassEveryReason()
    {
        var result = BypassOperands.Read("BYPASS(HOLDSYS,HOLDERR)");

        Assert.Empty(result.Errors);
        Assert.True(result.Options.HoldSystem!.All);
        Assert.True(result.Options.HoldError!.All);
    }

    [Fact]
    public void BypassHoldClass_WithoutList_IsAnError()
    {
        var result = BypassOperands.Read("HOLDCLASS");

        var error = Assert.Single(result.Errors);
        Assert.Contains("HOLDCLASS needs a list", error.Message);
        Assert.Same(BypassOptions.None, result.Options);
    }

    [Fact]
    public void BypassHoldClass_List_IsKept()
    {
        var result = BypassOperands.Read("HOLDCLASS(ERREL,HIPER)");

        Assert.Equal(["ERREL", "HIPER"], result.Options.HoldClasses);
    }

    [Fact]
    public void BypassHoldClass_ClassWithAList_IsAnError()
    {
        var result = BypassOperands.Read("HOLDCLASS(HIPER(UJ00001))");

        Assert.Contains("HOLDCLASS needs a list of hold classes", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void BypassOperand_GivenTwice_IsAnError()
    {
        var result = BypassOperands.Read("HOLDSYSTEM(IPL) HOLDSYS(ACTION)");

        Assert.Contains("HOLDSYSTEM is given more than once", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void BypassFlags_IdPreReqIfreqApplycheck_AreSet()
    {
        var result = BypassOperands.Read("ID PRE,REQ IFREQ APPLYCHECK");

        Assert.Empty(result.Errors);
        Assert.True(result.Options.Id && result.Options.Pre && result.Options.Req && result.Options.IfReq && result.Options.ApplyCheck);
    }

    [Fact]
    public void BypassText_EnclosedInBypass_IsUnwrapped()
    {
        var result = BypassOperands.Read("BYPASS(HOLDUSER ID)");

        Assert.Empty(result.Errors);
        Assert.True(result.Options.HoldUser!.All);
        Assert.True(result.Options.Id);
    }

    [Fact]
    public void BypassOperand_Unknown_IsAnErrorNamingTheValidOnes()
    {
        var result = BypassOperands.Read("HOLDSYSTEM HOLDEVERYTHING", "--bypass");

        var error = Assert.Single(result.Errors);
        Assert.Contains("HOLDEVERYTHING", error.Message);
        Assert.Contains("HOLDERROR", error.Message);
        Assert.Equal("--bypass", error.Location.File);
    }

    [Fact]
    public void BypassFlag_WithValues_IsAnError()
    {
        var result = BypassOperands.Read("ID(UJ00001)");

        Assert.Contains("takes no values", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void BypassText_UnbalancedParenthesis_IsAPositionedError()
    {
        var result = BypassOperands.Read("HOLDSYSTEM(IPL(UJ00001)", "--bypass");

        var error = Assert.Single(result.Errors);
        Assert.Equal("--bypass", error.Location.File);
        Assert.Equal(1, error.Location.Line);
    }

    [Theory]
    [InlineData("HOLDSYSTEM(IPL(UJ9000333))", "UJ9000333")]
    [InlineData("HOLDSYSTEM(IPL(uj90003))", "uj90003")]
    [InlineData("HOLDERROR(AA12;45)", "AA12;45")]
    [InlineData("HOLDCLASS(HIPERCLASS)", "HIPERCLASS")]
    public void BypassOperand_NameBreakingSmpeRules_IsAnErrorNamingIt(string text, string culprit)
    {
        var result = BypassOperands.Read(text, "--bypass");

        var error = Assert.Single(result.Errors);
        Assert.Contains($"'{culprit}'", error.Message, StringComparison.Ordinal);
        Assert.Equal("--bypass", error.Location.File);
    }
}
