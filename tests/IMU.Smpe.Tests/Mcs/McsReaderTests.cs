using IMU.Smpe.Mcs;

namespace IMU.Smpe.Tests.Mcs;

/// <summary>The lexical rules of smpe-reference §1 and the checklist of §13, one test per rule.</summary>
public sealed class McsReaderTests
{
    private static Sysmod Single(string text)
    {
        var result = McsReader.Read(text, "t.mcs");
        Assert.Empty(result.Errors.Select(e => e.ToString()));
        return Assert.Single(result.Sysmods);
    }

    [Fact]
    public void Columns73To80_AreIgnored()
    {
        var sysmod = Single(Cards.Of(
            Cards.At("++PTF(UZ00001).", 73, "(((/*'X"),
            Cards.At("++VER(Z038) FMID(HBB77D0)", 73, "PRE(BAD"),
            Cards.At("  PRE(UZ00002).", 73, "00030000")));

        Assert.Equal(["UZ00002"], sysmod.Vers[0].Pre);
    }

    [Fact]
    public void PlusPlusWithBlanksBeforeKeyword_IsAccepted()
    {
        var sysmod = Single(Cards.Of("++ PTF (UZ61025) .", "++   VER (Z038) FMID(EBT1102) ."));

        Assert.Equal("UZ61025", sysmod.Id);
        Assert.Equal(SysmodType.Ptf, sysmod.Type);
    }

    [Fact]
    public void BlanksBetweenKeywordAndParenthesis_AreAccepted()
    {
        var sysmod = Single(Cards.Of(
            "++USERMOD (WM00017) .",
            "++VER (Z038) FMID (EJE1103) SUP  (UZ00001) .",
            "++SRCUPD (HASPCOMM) DISTLIB (HASPSRC)."));

        Assert.Equal(["UZ00001"], sysmod.Vers[0].Sup);
        Assert.Equal("HASPSRC", sysmod.Elements[0].DistLib);
    }

    [Fact]
    public void Statement_SpansRecordsUntilItsPeriod()
    {
        var sysmod = Single(Cards.Of(
            "++PTF(UZ00001)",
            "  .",
            "++VER(Z038)",
            "   FMID(HBB77D0)",
            "   PRE(UZ00002",
            "       UZ00003)",
            "   ."));

        Assert.Equal(["UZ00002", "UZ00003"], sysmod.Vers[0].Pre);
    }

    [Fact]
    public void PeriodInsideParentheses_DoesNotEndTheStatement()
    {
        var sysmod = Single(Cards.Of(
            "++FUNCTION(HZWE100) FILES(2) RFDSNPFX(IBM.ZOWE) .",
            "++VER(Z038) ."));

        Assert.Contains(sysmod.OtherOperands, o => o.Keyword == "RFDSNPFX" && o.Values.SequenceEqual(["IBM.ZOWE"]));
    }

    [Fact]
    public void BlanksAndCommas_AreEquivalentSeparators()
    {
        var sysmod = Single(Cards.Of(
            "++PTF(UZ00001).",
            "++VER(Z038),FMID(HBB77D0),PRE(UZ00002,UZ00003 UZ00004 , UZ00005)."));

        Assert.Equal(["UZ00002", "UZ00003", "UZ00004", "UZ00005"], sysmod.Vers[0].Pre);
    }

    [Fact]
    public void CommentInsideOperandList_IsABlank()
    {
        var sysmod = Single(Cards.Of(
            "++USERMOD(#DYP002).",
            "++VER (Z038) FMID (EBB1102)   /* MVS 3.9 BASE */",
            "     PRE (",
            "          #DYP001    /* SYSGEN MACRO UPDATE */",
            "          )",
            "     ."));

        Assert.Equal(["#DYP001"], sysmod.Vers[0].Pre);
    }

    [Fact]
    public void CommentBeforeAndAfterPeriod_IsIgnored()
    {
        var sysmod = Single(Cards.Of(
            "++USERMOD(ZP60013)     /* COUNT SVC EVENTS */  .  /* trailing",
            "   comment that runs on */",
            "++VER(Z038) FMID(FBB1221) /*",
            "   cover letter with a period. and (parentheses and 'quotes",
            "   //JOB CARD (1,1),CLASS=A",
            "*/."));

        Assert.Equal("FBB1221", sysmod.Vers[0].Fmid);
    }

    [Fact]
    public void CommentStartingInColumn1_InsideAStatement_IsAComment()
    {
        var sysmod = Single(Cards.Of(
            "++FUNCTION(HZWE100) DESCRIPTION(Zowe Open Source Project)",
            "/*",
            " # not a keyword",
            " */",
            "  .",
            "++VER(Z038) /* zOS */ SUP(AZWE001 AZWE002) DELETE(AZWE001 AZWE002) ."));

        Assert.Equal("Zowe Open Source Project", sysmod.Description);
        Assert.Equal(["AZWE001", "AZWE002"], sysmod.Vers[0].Delete);
    }

    [Fact]
    public void InlineData_EndsOnlyAtPlusPlusInColumn1()
    {
        var sysmod = Single(Cards.Of(
            "++USERMOD(#DYP001).",
            "++VER(Z038) FMID(FBB1221).",
            "++JCLIN .",
            "//SG15 EXEC LINKS,",
            "/*",
            " ++MOD(NOTMCS).",
            "./       CHANGE NAME=SGIEF441",
            "*  comment card with a period. and /* an open comment",
            "++ MACUPD (SGIEF441)  DISTLIB (AGENLIB)  .",
            "./       ENDUP"));

        Assert.Equal(["//SG15 EXEC LINKS,", "/*", " ++MOD(NOTMCS).", "./       CHANGE NAME=SGIEF441", "*  comment card with a period. and /* an open comment"], sysmod.JclIns[0].InlineData);
        Assert.Equal("SGIEF441", Assert.Single(sysmod.Elements).Name);
        Assert.Equal(["./       ENDUP"], sysmod.Elements[0].InlineData);
    }

    [Fact]
    public void InlineData_KeepsNonAsciiAndColumns73To80_AndCrLfIsALineEnd()
    {
        var dataCard = Cards.At("NAME IEFJSINT \u00d7\u00d7", 73, "TNIP0010");
        var sysmod = Single("++USERMOD(TNIP800).\r\n++VER(Z038) FMID(EBB1102).\r\n++ZAP(IEFJSINT) DISTLIB(AOSB3).\r\n" + dataCard + "\r\n");

        Assert.Equal([dataCard], sysmod.Elements[0].InlineData);
    }

    [Fact]
    public void NationalCharactersInIds_AreAccepted()
    {
        var sysmod = Single(Cards.Of("++USERMOD(#DYP001).", "++VER(Z038) FMID(@BC$12#) PRE($DYP@01)."));

        Assert.Equal("#DYP001", sysmod.Id);
        Assert.Equal("@BC$12#", sysmod.Vers[0].Fmid);
    }

    [Fact]
    public void SysmodIdNotSevenCharacters_IsAnErrorAtItsColumn()
    {
        var result = McsReader.Read(Cards.Of("++PTF(UZ6102).", "++VER(Z038) FMID(HBB77D0)."), "p.mcs");

        var error = Assert.Single(result.Errors);
        Assert.Equal("SYSMOD ID 'UZ6102' must be 7 characters", error.Message);
        Assert.Equal(("p.mcs", 1, 7), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Empty(result.Sysmods);
    }

    [Fact]
    public void LowerCaseId_IsAnError_BecauseInputIsCaseSensitive()
    {
        var result = McsReader.Read(Cards.Of("++PTF(uz00001).", "++VER(Z038) FMID(HBB77D0)."));

        Assert.Contains(result.Errors, e => e.Message.Contains("may contain only A-Z", StringComparison.Ordinal));
    }

    [Fact]
    public void LowerCaseKeyword_IsReportedWithTheUpperCaseForm()
    {
        var result = McsReader.Read(Cards.Of("++ptf(UZ00001).", "++VER(Z038) FMID(HBB77D0)."));

        Assert.Contains(result.Errors, e => e.Message.Contains("++PTF", StringComparison.Ordinal));
    }

    [Fact]
    public void QuotedStringSpanningRecords_HasNoImpliedBlankAtTheBreak()
    {
        var head = "++HFS(ZWEYML01) SYSLIB(SZWEZFS) DISTLIB(AZWEZFS) LINK('/usr/lpp/";
        var fill = new string('a', 72 - head.Length);
        var sysmod = Single(Cards.Of(
            "++FUNCTION(HZWE100).",
            "++VER(Z038).",
            head + fill,
            "bin/install.yaml') TEXT."));

        var link = Assert.Single(sysmod.Elements[0].OtherOperands, o => o.Keyword == "LINK");
        Assert.Equal("'/usr/lpp/" + fill + "bin/install.yaml'", link.Values[0]);
    }

    [Fact]
    public void FreeTextFillingColumn72_ContinuesInColumn1WithoutABlank()
    {
        var head = "++PTF(UZ00001) DESCRIPTION(Fixes the JES2 sp";
        var sysmod = Single(Cards.Of(
            head + new string('x', 72 - head.Length),
            "ool problem).",
            "++VER(Z038) FMID(HBB77D0)."));

        Assert.Equal("Fixes the JES2 sp" + new string('x', 72 - head.Length) + "ool problem", sysmod.Description);
    }

    [Fact]
    public void PeriodInColumn73_IsDroppedAndErrorReportedOnNextStatement()
    {
        var result = McsReader.Read(Cards.Of(
            "++PTF(UZ00001).",
            Cards.At("++VER(Z038) FMID(HBB77D0)", 73, "."),
            "++MOD(IEFBR14) DISTLIB(AOSB3).",
            "++PTF(UZ00002).",
            "++VER(Z038) FMID(HBB77D0)."), "p.mcs");

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Location.Line);
        Assert.Contains("++VER statement starting on line 2 is not ended by a period", error.Message, StringComparison.Ordinal);
        Assert.Equal(["UZ00002"], result.Sysmods.Select(s => s.Id));
    }

    [Fact]
    public void BadStatement_DoesNotLoseFollowingSysmods()
    {
        var result = McsReader.Read(Cards.Of(
            "++PTF(UZ00001).",
            "++VER(Z038) FMID(HBB77D0) PRE(UZ1).",
            "++MOD(IEFBR14) DISTLIB(AOSB3).",
            "++PTF(UZ00002).",
            "++VER(Z038) FMID(HBB77D0).",
            "++MOD(IEFBR14 DISTLIB(AOSB3).",
            "++PTF(UZ00003).",
            "++VER(Z038) FMID(HBB77D0).",
            "++MOD(IEFBR15) DISTLIB(AOSB3)."));

        Assert.Equal(["UZ00003"], result.Sysmods.Select(s => s.Id));
        Assert.Equal(2, result.Errors.Count);
        Assert.Equal((2, 31), (result.Errors[0].Location.Line, result.Errors[0].Location.Column));
        Assert.Equal(7, result.Errors[1].Location.Line);
        Assert.Contains("++MOD statement starting on line 6 is not ended by a period", result.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnterminatedStatementAtEndOfInput_IsAnError()
    {
        var result = McsReader.Read(Cards.Of("++PTF(UZ00001).", "++VER(Z038) FMID(HBB77D0)"));

        Assert.Contains("before the end of the input", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.Empty(result.Sysmods);
    }

    [Fact]
    public void TextOutsideAnyStatement_IsReported()
    {
        var result = McsReader.Read(Cards.Of("++PTF(UZ00001).", "  STRAY TEXT", "++VER(Z038) FMID(HBB77D0)."), "s.mcs");

        var error = Assert.Single(result.Errors);
        Assert.Equal((2, 3), (error.Location.Line, error.Location.Column));
        Assert.Single(result.Sysmods);
    }

    [Fact]
    public void BlankRecordsBetweenStatements_AreAllowed()
    {
        var sysmod = Single(Cards.Of("++PTF(UZ00001).", string.Empty, "   ", "++VER(Z038) FMID(HBB77D0)."));

        Assert.Single(sysmod.Vers);
    }

    [Fact]
    public void EmptyInput_GivesNothing()
    {
        var result = McsReader.Read(string.Empty);

        Assert.Empty(result.Sysmods);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void TextReaderOverload_ReadsTheSameAsTheString()
    {
        var text = Cards.Of("++PTF(UZ00001).", "++VER(Z038) FMID(HBB77D0).");

        var result = McsReader.Read(new StringReader(text), "r.mcs");

        Assert.Equal("UZ00001", Assert.Single(result.Sysmods).Id);
        Assert.Equal("r.mcs", result.Sysmods[0].Location.File);
    }
}
