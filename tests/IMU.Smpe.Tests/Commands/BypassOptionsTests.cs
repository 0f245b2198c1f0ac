using IMU.Smpe.Commands;

namespace IMU.Smpe.Tests.Commands;

public sealed class BypassOptionsTests
{
    [Fact]
    public void Parse_NestedHoldSystemErrorAndId_ReadsEveryOperand()
    {
        var options = BypassOptions.Parse("HOLDSYSTEM(ACTION(UJ00001,UJ00002),IPL) HOLDERROR(AA12345) ID");

        Assert.NotNull(options.HoldSystem);
        Assert.False(options.HoldSystem.All);
        Assert.Equal(["UJ00001", "UJ00002"], options.HoldSystem.Reasons[0].Sysmods);
        Assert.True(options.HoldSystem.Covers("ACTION", "UJ00002"));
        Assert.False(options.HoldSystem.Covers("ACTION", "UJ00003"));
        Assert.True(options.HoldSystem.Covers("IPL", "UJ00003"));
        Assert.True(options.HoldError!.Covers("AA12345", "UJ00009"));
        Assert.True(options.Id);
        Assert.False(options.Pre);
    }

    [Fact]
    public void Parse_Abbreviations_AreAccepted()
    {
        var options = BypassOptions.Parse("BYPASS(HOLDSYS,HOLDERR)");

        Assert.True(options.HoldSystem!.All);
        Assert.True(options.HoldError!.All);
    }

    [Fact]
    public void Parse_HoldClassAndRequisites_AreRead()
    {
        var options = BypassOptions.Parse("HOLDCLASS(HIPER,PE) PRE REQ IFREQ APPLYCHECK HOLDUSER HOLDFIXCAT(AH47422)");

        Assert.Equal(["HIPER", "PE"], options.HoldClasses);
        Assert.True(options.Pre && options.Req && options.IfReq && options.ApplyCheck);
        Assert.True(options.HoldUser!.All);
        Assert.Equal("AH47422", Assert.Single(options.HoldFixcat!.Reasons).Reason);
    }

    [Fact]
    public void Parse_HoldClassWithoutList_IsRejected()
    {
        Assert.Throws<FormatException>(() => BypassOptions.Parse("HOLDCLASS"));
    }

    [Fact]
    public void Parse_UnbalancedParentheses_IsRejected()
    {
        Assert.Throws<FormatException>(() => BypassOptions.Parse("HOLDSYSTEM(ACTION(UJ00001)"));
    }
}
