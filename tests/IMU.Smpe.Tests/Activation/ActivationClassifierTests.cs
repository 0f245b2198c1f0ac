using IMU.Smpe.Activation;
using IMU.Smpe.Commands;

namespace IMU.Smpe.Tests.Activation;

public sealed class ActivationClassifierTests
{
    private static ActivationClass ActivationOf(string ptf, ApplyOptions? options = null)
    {
        using var csi = new TestCsi();
        csi.Receive("""
            ++FUNCTION(HBB77D0).
            ++VER(Z038).
            ++MOD(IEANUC01) DISTLIB(AOSB3) SYSLIB(NUCLEUS).
            ++MOD(IEAVTRP) DISTLIB(AOSB3) LMOD(IEAVTRP) SYSLIB(LPALIB).
            ++MOD(IEFBR14) DISTLIB(AOS12) LMOD(IEFBR14) SYSLIB(LINKLIB).
            """);
        csi.Apply("HBB77D0");
        csi.Receive(ptf);
        var result = csi.Apply((options ?? new ApplyOptions()) with { Select = ["UZ00001"], Check = true });
        return result.For("UZ00001").Activation;
    }

    private static readonly ApplyOptions s_bypassSystem = new() { Bypass = new BypassOptions { HoldSystem = new HoldBypass { All = true } } };

    [Fact]
    public void Activation_SystemHoldIpl_IsIpl() => Assert.Equal(ActivationClass.Ipl, ActivationOf("""
        ++PTF(UZ00001).
        ++VER(Z038) FMID(HBB77D0).
        ++HOLD(UZ00001) FMID(HBB77D0) REASON(IPL) SYSTEM.
        ++MOD(IEFBR14) DISTLIB(AOS12).
        """, s_bypassSystem));

    [Fact]
    public void Activation_ZapWhoseNameCardIsNucleus_IsIpl() => Assert.Equal(ActivationClass.Ipl, ActivationOf("""
        ++PTF(UZ00001).
        ++VER(Z038) FMID(HBB77D0).
        ++ZAP(IEEVEXSN) DISTLIB(AOSB3).
         NAME IEANUC01 IEEVEXSN
         VER 0042 4780
         REP 0042 4700
        """));

    [Fact]
    public void Activation_NipModule_IsIpl() => Assert.Equal(ActivationClass.Ipl, ActivationOf("""
        ++PTF(UZ00001).
        ++VER(Z038) FMID(HBB77D0).
        ++MOD(IEAVNP12) DISTLIB(AOSB3).
        """));

    [Fact]
    public void Activation_UpdateOfLpaElement_IsIpl() => Assert.Equal(ActivationClass.Ipl, ActivationOf("""
        ++PTF(UZ00001).
        ++VER(Z038) FMID(HBB77D0).
        ++ZAP(IEAVTRP) DISTLIB(AOSB3).
        """));

    [Fact]
    public void Activation_JclinLinkingIntoNucleus_IsIpl() => Assert.Equal(ActivationClass.Ipl, ActivationOf("""
        ++PTF(UZ00001).
        ++VER(Z038) FMID(HBB77D0).
        ++JCLIN.
        //LINK     EXEC PGM=IEWL,PARM='NCAL,LET,LIST'
        //SYSLMOD  DD DSN=SYS1.NUCLEUS,DISP=SHR
        //SYSLIN   DD *
          INCLUDE AOSB3(IEAVNP99)
          NAME IEANUC01(R)
        /*
        ++MOD(IEAVNP99) DISTLIB(AOSB3).
        """));

    [Fact]
    public void Activation_DynactHold_IsDynamic() => Assert.Equal(ActivationClass.Dynamic, ActivationOf("""
        ++PTF(UZ00001).
        ++VER(Z038) FMID(HBB77D0).
        ++HOLD(UZ00001) FMID(HBB77D0) REASON(DYNACT) SYSTEM.
        ++MOD(IEFBR14) DISTLIB(AOS12).
        """, s_bypassSystem));

    [Fact]
    public void Activation_LinklistModuleWithoutHolds_IsNone() => Assert.Equal(ActivationClass.None, ActivationOf("""
        ++PTF(UZ00001).
        ++VER(Z038) FMID(HBB77D0).
        ++MOD(IEFBR14) DISTLIB(AOS12).
        """));
}
