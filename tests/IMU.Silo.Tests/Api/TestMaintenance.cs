namespace IMU.Silo.Tests.Api;

/// <summary>The SYSMODs the API and browser tests roll out, written out in SMP/E's MCS.</summary>
internal static class TestMaintenance
{
    /// <summary>A PTF with no hold: applied, and done once applied.</summary>
    public const string PlainPtf = """
        ++PTF(UJ00001).
        ++VER(Z038) FMID(HBB77D0).
        ++MOD(IEFBR14) DISTLIB(AOS12).
        """;

    /// <summary>A PTF that HOLDDATA holds for an ERROR (PE): the rollout waits for a decision on it.</summary>
    public const string PeHeldPtf = """
        ++PTF(UJ00003).
        ++VER(Z038) FMID(HBB77D0).
        ++MOD(IGGCSI00) DISTLIB(AOS12).
        """;

    public const string PeHoldData = """
        ++HOLD(UJ00003) FMID(HBB77D0) REASON(AA00002) ERROR
          DATE(26001) CLASS(PE)
          COMMENT(PROBLEM IN CATALOG SEARCH INTERFACE; SEE APAR AA00002).
        """;
}
