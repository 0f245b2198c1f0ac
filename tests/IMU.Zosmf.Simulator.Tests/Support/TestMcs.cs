namespace IMU.Zosmf.Simulator.Tests.Support;

/// <summary>Small MCS inputs: a function, a PTF on it, and a PTF held for ACTION.</summary>
public static class TestMcs
{
    public const string FunctionAndPtfs = """
        ++FUNCTION(HBB7790).
        ++VER(Z038).
        ++MOD(IEAMOD1) DISTLIB(AOSFUN) SYSLIB(LINKLIB).
        ++MOD(IEAMOD2) DISTLIB(AOSFUN) SYSLIB(LINKLIB).
        ++PTF(UJ00001).
        ++VER(Z038) FMID(HBB7790).
        ++MOD(IEAMOD1) DISTLIB(AOSFUN) SYSLIB(LINKLIB).
        ++PTF(UJ00002).
        ++VER(Z038) FMID(HBB7790).
        ++HOLD(UJ00002) SYSTEM FMID(HBB7790) REASON(ACTION) DATE(26001)
          COMMENT(RUN THE POST-INSTALL STEP).
        ++MOD(IEAMOD2) DISTLIB(AOSFUN) SYSLIB(LINKLIB).
        """;
}
