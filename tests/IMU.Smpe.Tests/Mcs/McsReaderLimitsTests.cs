using System.Text;
using IMU.Smpe.Mcs;

namespace IMU.Smpe.Tests.Mcs;

/// <summary>What the reader does with input too large for a sane bound: refuse or skip it, with a position.</summary>
public sealed class McsReaderLimitsTests
{
    private static readonly McsReaderLimits s_small = new() { MaxRecordLength = 100, MaxStatementLength = 200, MaxSysmodLength = 400 };

    [Fact]
    public void RecordLongerThanTheLimit_RefusesTheStream_AtThatRecord()
    {
        var text = Cards.Of("++HOLD(UZ00009) FMID(HBB77D0) REASON(AA00001) ERROR.", "++PTF(UZ00001).", "++VER(Z038) FMID(HBB77D0).", new string('\0', 101), "++PTF(UZ00002).", "++VER(Z038) FMID(HBB77D0).");

        var result = McsReader.Read(new MemoryStream(Encoding.Latin1.GetBytes(text)), "z.bin", s_small);

        Assert.True(result.Refused);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("z.bin", 4, 101), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Contains("longer than 100 bytes", error.Message, StringComparison.Ordinal);
        Assert.Single(result.Holds);
        Assert.Empty(result.Sysmods);
    }

    [Fact]
    public void EndlessRecord_IsRefusedWithoutReadingTheRest()
    {
        var zeros = new EndlessZeros();

        var entry = Assert.Single(McsReader.ReadEntries(zeros, "/dev/zero"));

        Assert.Equal(McsEntryKind.Refusal, entry.Kind);
        Assert.Equal(("/dev/zero", 1, 65537), (entry.Location.File, entry.Location.Line, entry.Location.Column));
        Assert.InRange(zeros.BytesRead, 65537, 2 * 65536);
    }

    [Fact]
    public void RecordOfExactlyTheLimit_WithCrLf_IsRead()
    {
        var data = new string('X', 100);
        var result = McsReader.Read(Cards.Of("++PTF(UZ00001).", "++VER(Z038) FMID(HBB77D0).", "++MOD(A) DISTLIB(B).", data + "\r", string.Empty), "f", s_small);

        Assert.Empty(result.Errors);
        Assert.Equal([data], result.Sysmods[0].Elements[0].InlineData);
    }

    [Fact]
    public void StatementLongerThanTheLimit_DropsItsSysmod_AndReadingResumesAtTheNextPlusPlus()
    {
        var pre = Enumerable.Range(0, 30).Select(i => $"  UZ{i:00000}").ToArray();
        var text = Cards.Of([
            "++PTF(UZ00001).", "++VER(Z038) FMID(HBB77D0) PRE(", .. pre, "  ).",
            "++PTF(UZ00002).", "++VER(Z038) FMID(HBB77D0)."]);

        var result = McsReader.Read(text, "p.mcs", s_small);

        var error = Assert.Single(result.Errors);
        Assert.Equal("p.mcs", error.Location.File);
        Assert.Contains("++VER statement starting on line 2 is longer than 200 characters", error.Message, StringComparison.Ordinal);
        Assert.Equal(["UZ00002"], result.Sysmods.Select(s => s.Id));
        Assert.False(result.Refused);
    }

    [Fact]
    public void SysmodLargerThanTheLimit_IsNotRead_ButTheOnesAfterItAre()
    {
        var data = Enumerable.Repeat(new string('D', 79), 10).ToArray();
        var text = Cards.Of([
            "++PTF(UZ00001).", "++VER(Z038) FMID(HBB77D0).", "++MOD(A) DISTLIB(B).", .. data,
            "++HOLD(UZ00009) FMID(HBB77D0) REASON(AA00001) ERROR.",
            "++PTF(UZ00002).", "++VER(Z038) FMID(HBB77D0).", "++MOD(A) DISTLIB(B).", .. data[..2]]);

        var result = McsReader.Read(text, "big.mcs", s_small);

        var error = Assert.Single(result.Errors);
        Assert.Contains("SYSMOD UZ00001 starting on line 1 is larger than 400 bytes", error.Message, StringComparison.Ordinal);
        Assert.Equal(("big.mcs", 8), (error.Location.File, error.Location.Line));
        Assert.Equal(["UZ00002"], result.Sysmods.Select(s => s.Id));
        Assert.Single(result.Holds);
    }

    [Fact]
    public void ErrorQuotingAHugeWord_IsCutInTheMiddle_KeepingProblemAndRemedy()
    {
        var word = string.Concat(Enumerable.Repeat(new string('X', 72) + "\n", 100));
        var result = McsReader.Read("++PTF(" + word + ").\n++VER(Z038) FMID(HBB77D0).\n", "w.mcs");

        var error = Assert.Single(result.Errors);
        Assert.InRange(error.Message.Length, 900, 1010);
        Assert.StartsWith("SYSMOD ID 'XXX", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("XXX' must be 7 characters", error.Message, StringComparison.Ordinal);
        Assert.Contains(" ... ", error.Message, StringComparison.Ordinal);
    }

    /// <summary>What <c>/dev/zero</c> gives: zero bytes without end, counted.</summary>
    private sealed class EndlessZeros : ReadOnlyTestStream
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            BytesRead += count;
            return count;
        }
    }
}
