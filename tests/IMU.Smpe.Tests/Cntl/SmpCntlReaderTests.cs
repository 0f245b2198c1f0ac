using IMU.Smpe.Cntl;
using IMU.Smpe.Mcs;
using IMU.Smpe.Tests.Mcs;

namespace IMU.Smpe.Tests.Cntl;

/// <summary>SMPCNTL commands (smpe-reference §8.5, §11) read with the MCS lexical rules.</summary>
public sealed class SmpCntlReaderTests
{
    private static T Only<T>(string text)
        where T : SmpCntlCommand
    {
        var result = SmpCntlReader.Read(text, "cntl");
        Assert.Empty(result.Errors.Select(e => e.ToString()));
        return Assert.IsType<T>(Assert.Single(result.Commands));
    }

    [Fact]
    public void MinimalGimsmpJob_IsRead()
    {
        var result = SmpCntlReader.Read(Cards.Of(
            "  SET BOUNDARY(GLOBAL).",
            "  RECEIVE SYSMODS HOLDDATA LIST.",
            "  SET BDY(TGTZN1).",
            "  APPLY SELECT(UJ00001,UJ00002) GROUPEXTEND CHECK",
            "        BYPASS(HOLDSYSTEM(ACTION(UJ00001))).",
            "  REPORT ERRSYSMODS ZONES(TGTZN1)."));

        Assert.Empty(result.Errors);
        Assert.Equal("GLOBAL", Assert.IsType<SetBoundaryCommand>(result.Commands[0]).Zone);
        var receive = Assert.IsType<ReceiveCommand>(result.Commands[1]);
        Assert.True(receive.Sysmods && receive.HoldData && receive.List);
        Assert.Equal("TGTZN1", Assert.IsType<SetBoundaryCommand>(result.Commands[2]).Zone);
        var apply = Assert.IsType<ApplyCommand>(result.Commands[3]);
        Assert.Equal(["UJ00001", "UJ00002"], apply.Select);
        Assert.True(apply.GroupExtend && apply.Check);
        Assert.Equal("HOLDSYSTEM(ACTION(UJ00001))", Assert.Single(apply.Bypass).ToString());
        Assert.Equal(["TGTZN1"], Assert.IsType<ReportErrsysmodsCommand>(result.Commands[4]).Zones);
        Assert.Equal((4, 3), (apply.Location.Line, apply.Location.Column));
    }

    [Fact]
    public void Bypass_IsKeptAsAnExactOperandTree()
    {
        var apply = Only<ApplyCommand>(Cards.Of("APPLY PTFS", "  BYPASS(HOLDSYSTEM(ACTION(UJ00001),IPL) HOLDERROR(AA12345) ID)."));

        Assert.Equal(
            [new SmpeOperand("HOLDSYSTEM", [new SmpeOperand("ACTION", [new SmpeOperand("UJ00001", [])]), new SmpeOperand("IPL", [])]), new SmpeOperand("HOLDERROR", [new SmpeOperand("AA12345", [])]), new SmpeOperand("ID", [])],
            apply.Bypass,
            SmpeOperandComparer.Instance);
        Assert.Equal([SysmodType.Ptf], apply.MassTypes);
    }

    [Fact]
    public void MassModeKeywords_ForfmidExcludeAndGroupExtendOptions_AreRead()
    {
        var apply = Only<ApplyCommand>(Cards.Of(
            "APPLY PTFS APARS USERMODS FUNCTIONS FORFMID(HBB77D0,MYSET)",
            "      EXCLUDE(UJ00009) GROUPEXTEND(NOAPARS,NOUSERMODS) REDO",
            "      COMPRESS(ALL)."));

        Assert.Equal([SysmodType.Ptf, SysmodType.Apar, SysmodType.Usermod, SysmodType.Function], apply.MassTypes);
        Assert.Equal(["HBB77D0", "MYSET"], apply.ForFmid);
        Assert.Equal(["UJ00009"], apply.Exclude);
        Assert.True(apply.GroupExtend && apply.GroupExtendNoApars && apply.GroupExtendNoUsermods && apply.Redo);
        Assert.Equal("COMPRESS(ALL)", Assert.Single(apply.OtherOperands).ToString());
    }

    [Fact]
    public void AcceptRestoreRejectAndList_AreRead()
    {
        var result = SmpCntlReader.Read(Cards.Of(
            "ACCEPT SELECT(UJ00001) CHECK.",
            "RESTORE SELECT(UJ00001) GROUP.",
            "REJECT SELECT(UJ00001) BYPASS(APPLYCHECK) HOLDDATA.",
            "LIST SYSMODS FORFMID(HBB77D0)."));

        Assert.Empty(result.Errors);
        Assert.True(Assert.IsType<AcceptCommand>(result.Commands[0]).Check);
        Assert.True(Assert.IsType<RestoreCommand>(result.Commands[1]).Group);
        var reject = Assert.IsType<RejectCommand>(result.Commands[2]);
        Assert.True(reject.HoldData);
        Assert.Equal("APPLYCHECK", Assert.Single(reject.Bypass).Keyword);
        var list = Assert.IsType<ListCommand>(result.Commands[3]);
        Assert.True(list.Sysmods);
        Assert.Equal("FORFMID(HBB77D0)", Assert.Single(list.Operands).ToString());
    }

    [Fact]
    public void CommandsContinueFreelyWithCommentsAndAColumn1Period()
    {
        var apply = Only<ApplyCommand>(Cards.Of(
            "   APPLY REDO /* again */",
            "         SELECT(",
            "   UJ00001   /* the fix */",
            "   )",
            "."));

        Assert.Equal(["UJ00001"], apply.Select);
    }

    [Fact]
    public void Columns73To80_AreIgnoredInCommands() =>
        Assert.Equal("GLOBAL", Only<SetBoundaryCommand>(Cards.At("SET BOUNDARY(GLOBAL).", 73, "BOGUS(X")).Zone);

    [Fact]
    public void GroupOnApply_IsAnError() =>
        Assert.Equal("'GROUP' is not an operand of APPLY", Assert.Single(SmpCntlReader.Read("APPLY SELECT(UJ00001) GROUP.").Errors).Message);

    [Fact]
    public void TemplatePlaceholders_GivePositionedErrorsAndTheGoodCommandsSurvive()
    {
        var result = SmpCntlReader.Read(Cards.Of(
            "  SET BOUNDARY(${tzone}) .",
            "  APPLY  SELECT([FMID])",
            "         CHECK .",
            "  SET BOUNDARY(GLOBAL)."), "t.jcl");

        Assert.Equal(["t.jcl:1:16: error: zone name '${tzone}' must be 1 to 7 characters", "t.jcl:2:17: error: SELECT value '[FMID]' must be 7 characters"], result.Errors.Select(e => e.ToString()));
        Assert.Equal("GLOBAL", Assert.IsType<SetBoundaryCommand>(Assert.Single(result.Commands)).Zone);
    }

    [Fact]
    public void RejectedCommands_AreNamedAndPositionedBeforeTheirErrors()
    {
        var result = SmpCntlReader.Read(Cards.Of(
            "  SET BOUNDARY(${tzone}) .",
            "  LIST SYSMODS .",
            "  APPLY SELECT(UJ00001)",
            "        FOO BAR ."), "t.jcl");

        Assert.Equal([("SET", 1, 3), ("APPLY", 3, 3)], result.Rejected.Select(r => (r.Name, r.Location.Line, r.Location.Column)));
        Assert.Equal([1, 4, 4], result.Errors.Select(e => e.Location.Line));
        Assert.IsType<ListCommand>(Assert.Single(result.Commands));
    }

    [Fact]
    public void UnsupportedCommand_IsReportedAndSkipped()
    {
        var result = SmpCntlReader.Read(Cards.Of("UCLIN.", "SET BDY(GLOBAL)."));

        Assert.Contains("'UCLIN' is not supported here", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.Single(result.Commands);
    }

    [Fact]
    public void MissingPeriodAtEnd_IsAnError() =>
        Assert.Equal("command is not ended by a period before the end of the input", Assert.Single(SmpCntlReader.Read("SET BDY(GLOBAL).\n  LIST SYSMODS").Errors).Message);

    [Fact]
    public void LowerCaseCommand_IsAnError() =>
        Assert.Contains("upper case", Assert.Single(SmpCntlReader.Read("apply select(UJ00001).").Errors).Message, StringComparison.Ordinal);
}
