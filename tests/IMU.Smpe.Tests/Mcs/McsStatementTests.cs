using IMU.Smpe.HoldData;
using IMU.Smpe.Mcs;

namespace IMU.Smpe.Tests.Mcs;

/// <summary>The MCS statements of smpe-reference §2-§6 and their validation, one test per rule.</summary>
public sealed class McsStatementTests
{
    private static Sysmod Single(string text)
    {
        var result = McsReader.Read(text, "t.mcs");
        Assert.Empty(result.Errors.Select(e => e.ToString()));
        return Assert.Single(result.Sysmods);
    }

    private static string OnlyError(string text)
    {
        var result = McsReader.Read(text, "t.mcs");
        Assert.Empty(result.Sysmods);
        return Assert.Single(result.Errors).Message;
    }

    [Fact]
    public void HeaderOperands_AreRead()
    {
        var sysmod = Single(Cards.Of(
            "++FUNCTION(HZWE100) FILES(4) REWORK(2024123)",
            "  RFDSNPFX(ZOWE) FESN(0001234)",
            "  DESCRIPTION(Zowe    Open",
            "     Source Project) .",
            "++VER(Z038)."));

        Assert.Equal(SysmodType.Function, sysmod.Type);
        Assert.Equal("2024123", sysmod.Rework);
        Assert.Equal("Zowe Open Source Project", sysmod.Description);
        Assert.Equal(["FILES", "RFDSNPFX", "FESN"], sysmod.OtherOperands.Select(o => o.Keyword));
    }

    [Fact]
    public void RfdsnpfxWithoutFiles_IsAnError() =>
        Assert.Contains("only valid together with FILES", OnlyError(Cards.Of("++FUNCTION(HZWE100) RFDSNPFX(ZOWE).", "++VER(Z038).")), StringComparison.Ordinal);

    [Fact]
    public void UnknownHeaderOperand_IsAnError() =>
        Assert.Equal("'FMID' is not an operand of ++PTF", OnlyError(Cards.Of("++PTF(UZ00001) FMID(HBB77D0).", "++VER(Z038) FMID(HBB77D0).")));

    [Fact]
    public void VerOperands_AreAllRead()
    {
        var sysmod = Single(Cards.Of(
            "++FUNCTION(JZWE101).",
            "++VER(Z038,C150) FMID(HZWE100) PRE(UZ00001) REQ(UZ00002) SUP(AZWE001)",
            "  NPRE(HZWE099) DELETE(AZWE001) VERSION(HZWE098)."));

        var ver = sysmod.Vers[0];
        Assert.Equal(["Z038", "C150"], ver.Srels);
        Assert.Equal("HZWE100", ver.Fmid);
        Assert.Equal(["UZ00001"], ver.Pre);
        Assert.Equal(["UZ00002"], ver.Req);
        Assert.Equal(["AZWE001"], ver.Sup);
        Assert.Equal(["HZWE099"], ver.Npre);
        Assert.Equal(["AZWE001"], ver.Delete);
        Assert.Equal(["HZWE098"], ver.Version);
        Assert.Equal(2, ver.Location.Line);
    }

    [Fact]
    public void VerWithoutSrel_IsAnError() =>
        Assert.StartsWith("++VER has no SREL", OnlyError(Cards.Of("++PTF(UZ00001).", "++VER FMID(HBB77D0).")), StringComparison.Ordinal);

    [Fact]
    public void VerWithoutFmid_OnAPtf_IsAnError() =>
        Assert.StartsWith("++VER of PTF UZ00001 has no FMID", OnlyError(Cards.Of("++PTF(UZ00001).", "++VER(Z038).")), StringComparison.Ordinal);

    [Fact]
    public void VerWithoutFmid_OnAFunction_MakesABaseFunction() =>
        Assert.Null(Single(Cards.Of("++FUNCTION(HBB77D0).", "++VER(Z038).")).Vers[0].Fmid);

    [Fact]
    public void NpreOnAPtf_IsAnError() =>
        Assert.Contains("only valid for a ++FUNCTION", OnlyError(Cards.Of("++PTF(UZ00001).", "++VER(Z038) FMID(HBB77D0) NPRE(HBB77C0).")), StringComparison.Ordinal);

    [Fact]
    public void SysmodWithoutVer_IsAnError() =>
        Assert.StartsWith("SYSMOD UZ00001 has no ++VER", OnlyError(Cards.Of("++PTF(UZ00001).", "++MOD(IEFBR14) DISTLIB(AOSB3).")), StringComparison.Ordinal);

    [Fact]
    public void VerAfterAnElement_IsAnError() =>
        Assert.Contains("must come before", OnlyError(Cards.Of("++PTF(UZ00001).", "++VER(Z038) FMID(HBB77D0).", "++MOD(IEFBR14) DISTLIB(AOSB3).", "++VER(Z038) FMID(HBB77D0).")), StringComparison.Ordinal);

    [Fact]
    public void VerOutsideASysmod_IsAnError() =>
        Assert.Contains("outside a SYSMOD", OnlyError("++VER(Z038) FMID(HBB77D0)."), StringComparison.Ordinal);

    [Fact]
    public void IfWithoutThen_IsAccepted()
    {
        var sysmod = Single(Cards.Of("++USERMOD(ZP60040).", "++VER(Z038) FMID(EBB1102).", "++IF FMID(FBB1221) REQ(ZP60039)."));

        Assert.Equal("FBB1221", sysmod.Ifs[0].Fmid);
        Assert.Equal(["ZP60039"], sysmod.Ifs[0].Req);
    }

    [Fact]
    public void IfWithThen_OwningACoverLetterComment_IsAccepted()
    {
        var sysmod = Single(Cards.Of(
            "++PTF(UZ61025).",
            "++VER(Z038) FMID(EBT1102).",
            "++ IF FMID(JBT1112) THEN REQ (UZ57594)",
            " /*",
            "  PROBLEM DESCRIPTION(S): 'RESETPL'. NOTE",
            " */."));

        Assert.Equal("JBT1112", sysmod.Ifs[0].Fmid);
    }

    [Fact]
    public void IfFmidEqualToTheSysmodId_IsAnError() =>
        Assert.Contains("GIM36305E", OnlyError(Cards.Of("++FUNCTION(HBB77D0).", "++VER(Z038).", "++IF FMID(HBB77D0) THEN REQ(UZ00001).")), StringComparison.Ordinal);

    [Fact]
    public void IfWithoutReq_IsAnError() =>
        Assert.StartsWith("++IF has no REQ", OnlyError(Cards.Of("++PTF(UZ00001).", "++VER(Z038) FMID(HBB77D0).", "++IF FMID(HBB77C0).")), StringComparison.Ordinal);

    [Fact]
    public void ElementOperands_AreTypedAndTheRestKeptInOrder()
    {
        var sysmod = Single(Cards.Of(
            "++PTF(UZ00001).",
            "++VER(Z038) FMID(HBB77D0).",
            "++ MOD (IEFVPP) DISTLIB (AOSB3) LMOD (IEFVH1,IEFVH2)",
            "   LEPARM (RENT,REUS,REFR) CSECT(IEFVPP) RMID(UZ00000)",
            "   UMID(UZ00002 UZ00003) VERSION(HBB77C0) .",
            "++MAC(RESETPL) DISTLIB(AMACLIB) SYSLIB(MACLIB)",
            "   SSI(23120932) ASSEM(IEAVNP03).",
            "++MOD(IEECVXIT) TXLIB(UMODOBJ).",
            "++MOD(IKJEFTE2) DISTLIB(AOST4) LKLIB(GENLIB).",
            "++SAMP(ZWEMKDIR) SYSLIB(SZWESAMP) DISTLIB(AZWESAMP) RELFILE(1).",
            "++MAC(OLDMAC) DELETE."));

        var mod = sysmod.Elements[0];
        Assert.Equal(("MOD", "IEFVPP", "AOSB3"), (mod.McsType, mod.Name, mod.DistLib));
        Assert.Equal(["IEFVH1", "IEFVH2"], mod.Lmods);
        Assert.Equal("UZ00000", mod.Rmid);
        Assert.Equal(["UZ00002", "UZ00003"], mod.Umids);
        Assert.Equal(["HBB77C0"], mod.Versions);
        Assert.Equal(["LEPARM(RENT,REUS,REFR)", "CSECT(IEFVPP)"], mod.OtherOperands.Select(o => $"{o.Keyword}({string.Join(',', o.Values)})"));
        Assert.Equal(["MACLIB"], sysmod.Elements[1].SysLibs);
        Assert.Equal(["SSI", "ASSEM"], sysmod.Elements[1].OtherOperands.Select(o => o.Keyword));
        Assert.Equal("UMODOBJ", sysmod.Elements[2].TxLib);
        Assert.Equal("GENLIB", sysmod.Elements[3].LkLib);
        Assert.Equal(("SAMP", 1), (sysmod.Elements[4].McsType, sysmod.Elements[4].RelFile));
        Assert.True(sysmod.Elements[5].Delete);
    }

    [Fact]
    public void HierarchicalFileOperands_KeepNestedValuesAsWritten()
    {
        var sysmod = Single(Cards.Of(
            "++FUNCTION(HZWE100).",
            "++VER(Z038).",
            "++HFS(ZWEPAX01)      SYSLIB(SZWEZFS ) DISTLIB(AZWEZFS ) RELFILE(4)",
            "   SHSCRIPT(ZWESHPAX,PRE,POST)",
            "   BINARY            PARM(PATHMODE(0,7,5,5)) LINK('../bin/zwe') ."));

        var hfs = sysmod.Elements[0];
        Assert.Equal(["SZWEZFS"], hfs.SysLibs);
        Assert.Equal(
            ["SHSCRIPT:ZWESHPAX|PRE|POST", "BINARY:", "PARM:PATHMODE(0,7,5,5)", "LINK:'../bin/zwe'"],
            hfs.OtherOperands.Select(o => o.Keyword + ":" + string.Join('|', o.Values)));
    }

    [Fact]
    public void NationalLanguageDataElement_IsAnElement() =>
        Assert.Equal("PNLENU", Single(Cards.Of("++PTF(UZ00001).", "++VER(Z038) FMID(HBB77D0).", "++PNLENU(ISRPANL) SYSLIB(ISPPENU) DISTLIB(AISPPENU) RELFILE(2).")).Elements[0].McsType);

    [Fact]
    public void ElementNameLongerThanEight_IsAnError() =>
        Assert.Equal("element name 'IEFBR14XX' must be 1 to 8 characters", OnlyError(Cards.Of("++PTF(UZ00001).", "++VER(Z038) FMID(HBB77D0).", "++MOD(IEFBR14XX) DISTLIB(AOSB3).")));

    [Fact]
    public void UnknownMcs_IsAnErrorAndItsDataIsSkipped()
    {
        var result = McsReader.Read(Cards.Of("++PTF(UZ00001).", "++VER(Z038) FMID(HBB77D0).", "++WIDGET(X).", "DATA", "++PTF(UZ00002).", "++VER(Z038) FMID(HBB77D0)."));

        Assert.Equal("'++WIDGET' is not an MCS that SMP/E knows", Assert.Single(result.Errors).Message);
        Assert.Equal(["UZ00002"], result.Sysmods.Select(s => s.Id));
    }

    [Fact]
    public void DeleteMoveAndAssign_AreRead()
    {
        var result = McsReader.Read(Cards.Of(
            "++PTF(UZ00001).",
            "++VER(Z038) FMID(HBB77D0).",
            "++DELETE(IEFOLD) SYSLIB(LINKLIB) ALIAS(IEFOLDA).",
            "++MOVE(IEFX) SYSLIB(LINKLIB) TOSYSLIB(LPALIB).",
            "++ASSIGN SOURCEID(PUT2401) TO(UZ00001)."));

        Assert.Empty(result.Errors);
        var sysmod = Assert.Single(result.Sysmods);
        Assert.Equal("IEFOLD", sysmod.Deletes[0].LoadModule);
        Assert.Equal(["LINKLIB"], sysmod.Deletes[0].SysLibs);
        Assert.Equal(["IEFOLDA"], sysmod.Deletes[0].Aliases);
        Assert.Equal(("MOVE", "IEFX"), (sysmod.OtherStatements[0].McsType, sysmod.OtherStatements[0].Name));
        Assert.Equal("PUT2401", result.Assigns[0].SourceId);
        Assert.Equal(["UZ00001"], result.Assigns[0].Sysmods);
    }

    [Fact]
    public void InternalHold_BelongsToTheSysmod_ExternalHoldAfterElementsToTheStream()
    {
        var result = McsReader.Read(Cards.Of(
            "++PTF(UO12345).",
            "++VER(Z038) FMID(AZWE001).",
            "++HOLD(UO12345) SYSTEM FMID(AZWE001) REASON(ACTION) DATE(20013)",
            "  COMMENT(Stop the servers.",
            "  Start them again).",
            "++MOD(ZWEX) DISTLIB(AZWEAUTH).",
            "++HOLD(UO12345) FMID(AZWE001) REASON(AA12345) ERROR DATE(25123)."));

        Assert.Empty(result.Errors);
        var hold = Assert.Single(Assert.Single(result.Sysmods).Holds);
        Assert.Equal((HoldCategory.System, "ACTION", "Stop the servers.\n  Start them again"), (hold.Category, hold.Reason, hold.Comment));
        Assert.Equal(HoldCategory.Error, Assert.Single(result.Holds).Category);
    }
}
