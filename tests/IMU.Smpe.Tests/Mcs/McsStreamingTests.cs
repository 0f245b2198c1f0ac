using System.Text;
using IMU.Smpe.Mcs;

namespace IMU.Smpe.Tests.Mcs;

/// <summary>The streaming reader: entries one at a time, in stream order, from the bytes of a file.</summary>
public sealed class McsStreamingTests
{
    private static readonly string s_stream = Cards.Of(
        "++PTF(UZ00001).",
        "++VER(Z038) FMID(HBB77D0).",
        "++ZAP(IEFBR14) DISTLIB(AOSB3).",
        " NAME IEFBR14",
        "++HOLD(UZ00001) FMID(HBB77D0) REASON(AA00001) ERROR.",
        "++PTF(UZ0002).",
        "++VER(Z038) FMID(HBB77D0).",
        "++RELEASE(UZ00001) FMID(HBB77D0) REASON(AA00001) ERROR.",
        "++PTF(UZ00003).",
        "++VER(Z038) FMID(HBB77D0).");

    private static MemoryStream Bytes(string text) => new(Encoding.Latin1.GetBytes(text));

    [Fact]
    public void Entries_ComeInStreamOrder_EachSysmodAfterTheMcsThatEndsIt()
    {
        var entries = McsReader.ReadEntries(Bytes(s_stream), "s.mcs").ToList();

        Assert.Equal(
            [McsEntryKind.Sysmod, McsEntryKind.Hold, McsEntryKind.Error, McsEntryKind.Release, McsEntryKind.Sysmod],
            entries.Select(e => e.Kind));
        Assert.Equal("UZ00001", entries[0].Sysmod!.Id);
        Assert.Equal([" NAME IEFBR14"], entries[0].Sysmod!.Elements[0].InlineData);
        Assert.Equal(("s.mcs", 6, 7), (entries[2].Location.File, entries[2].Location.Line, entries[2].Location.Column));
        Assert.Equal("UZ00003", entries[4].Sysmod!.Id);
        Assert.Null(entries[0].Hold);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(81)]
    public void StreamSplitAnywhere_ReadsAsTheWholeString(int chunk)
    {
        var text = s_stream.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n++MOD(IEFBR15) DISTLIB(AOSB3).\r\n \u00d7\u00ff data";

        var streamed = McsReader.Read(new TrickleStream(Encoding.Latin1.GetBytes(text), chunk), "s.mcs");
        var whole = McsReader.Read(text, "s.mcs");

        Assert.Equal(whole.Sysmods.Select(McsWriter.Write), streamed.Sysmods.Select(McsWriter.Write));
        Assert.Equal(whole.Errors, streamed.Errors);
        Assert.Equal([" \u00d7\u00ff data"], streamed.Sysmods[^1].Elements[^1].InlineData);
    }

    [Fact]
    public async Task AsyncEntries_AreTheSyncEntries()
    {
        var entries = new List<McsEntry>();
        await foreach (var entry in McsReader.ReadEntriesAsync(Bytes(s_stream), "s.mcs", cancellationToken: TestContext.Current.CancellationToken))
        {
            entries.Add(entry);
        }

        Assert.Equal(McsReader.ReadEntries(Bytes(s_stream), "s.mcs").Select(e => e.ToString()), entries.Select(e => e.ToString()));
    }

    [Fact]
    public void Batches_HoldAtMostBatchSizeStatements_AndKeepStreamOrder()
    {
        var batches = McsReader.ReadBatches(Bytes(s_stream), "s.mcs", batchSize: 2).ToList();

        Assert.Equal(2, batches.Count);
        Assert.Equal(["UZ00001"], batches[0].Sysmods.Select(s => s.Id));
        Assert.Single(batches[0].Holds);
        Assert.Empty(batches[0].Errors);
        Assert.Single(batches[1].Errors);
        Assert.Single(batches[1].Releases);
        Assert.Equal(["UZ00003"], batches[1].Sysmods.Select(s => s.Id));
    }

    [Fact]
    public void Batches_OfAnEmptyStream_AreNone()
    {
        Assert.Empty(McsReader.ReadBatches(Bytes(string.Empty), "e.mcs", batchSize: 10));
    }

    [Fact]
    public void EntriesOfAString_AreTheEntriesOfItsBytes()
    {
        Assert.Equal(
            McsReader.ReadEntries(Bytes(s_stream), "s.mcs").Select(e => e.ToString()),
            McsReader.ReadEntries(s_stream, "s.mcs").Select(e => e.ToString()));
    }

    [Fact]
    public void ElementWithoutInlineData_HasAnEmptyList()
    {
        var sysmod = Assert.Single(McsReader.Read(Cards.Of("++PTF(UZ00001).", "++VER(Z038) FMID(HBB77D0).", "++MOD(IEFBR14) DISTLIB(AOSB3).")).Sysmods);

        Assert.Empty(sysmod.Elements[0].InlineData);
    }
}
