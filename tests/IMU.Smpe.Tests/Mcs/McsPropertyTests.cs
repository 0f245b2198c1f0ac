using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IMU.Smpe.Cntl;
using IMU.Smpe.Mcs;

namespace IMU.Smpe.Tests.Mcs;

/// <summary>Properties: the readers never throw, streaming changes nothing, and print → read gives the model back.</summary>
public sealed class McsPropertyTests
{
    private static readonly string[] s_fragments =
    [
        "++", "++PTF", "++VER", "++HOLD", "++MOD", "++JCLIN", "++IF", "++RELEASE", "++ ", "PTF", "VER", "FMID", "REQ", "THEN",
        "(", ")", "((", "))", ".", " ", "  ", ",", "'", "''", "/*", "*/", "/", "*", "\n", "\r\n", "\r", "\t", "UZ00001", "HBB77D0",
        "Z038", "COMMENT(", "DESCRIPTION(", "SMRTDATA(", "CHGDT(", "SYSTEM", "ERROR", "FIXCAT", "REASON(AA12345)", "DISTLIB",
        new string(' ', 60), new string('X', 75), "\u00d7", "\0", "#@$", "SET", "BOUNDARY(", "APPLY", "BYPASS(", "SELECT(",
        "\u00ef\u00bb\u00bf", "\u00ff\u00fe", "\u001b[31m", "\u009b",
    ];

    private static readonly McsReaderLimits s_small = new() { MaxRecordLength = 90, MaxStatementLength = 300, MaxSysmodLength = 600 };

    private static Gen<string> McsIsh =>
        Gen.OneOf(
            Gen.ListOf(Gen.Elements(s_fragments)).Select(parts => string.Concat(parts)),
            Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(c => (char)c)).Select(chars => new string(chars)),
            Gen.ArrayOf(Gen.Choose(0, 255).Select(c => (char)c)).Select(chars => "++PTF(UZ00001).\n++VER(Z038) FMID(HBB77D0).\n" + new string(chars)));

    [Property]
    public Property Readers_NeverThrow_AndPositionEveryError() =>
        Prop.ForAll(Arb.From(McsIsh), text =>
        {
            var mcs = McsReader.Read(text, "f");
            var limited = McsReader.Read(text, "f", s_small);
            var cntl = SmpCntlReader.Read(text, "f");
            var operands = SmpeOperandReader.Read(text, "f");
            return mcs.Errors.Concat(limited.Errors).Concat(cntl.Errors).Concat(operands.Errors)
                    .All(e => e.Location.Line >= 1 && e.Location.Column >= 1 && e.Location.File == "f")
                && mcs.Errors.Concat(limited.Errors).All(e => !e.Message.Any(char.IsControl));
        });

    [Property]
    public Property StreamedInAnyChunks_ReadsAsTheWholeText() =>
        Prop.ForAll(Arb.From(McsIsh), Arb.From(Gen.Choose(1, 200)), (text, chunk) =>
        {
            var bytes = Encoding.Latin1.GetBytes(text);
            var whole = McsReader.ReadEntries(Encoding.Latin1.GetString(bytes), "f", s_small).ToList();
            var streamed = McsReader.ReadEntries(new TrickleStream(bytes, chunk), "f", s_small).ToList();
            Assert.Equal(whole.Select(Describe), streamed.Select(Describe));
            Assert.DoesNotContain(streamed.SkipLast(1), e => e.Kind == McsEntryKind.Refusal);
        });

    [Property]
    public Property WrittenSysmod_ReadsBackToTheSameSysmod() =>
        Prop.ForAll(Arb.From(McsGenerators.Sysmod), sysmod =>
        {
            var text = McsWriter.Write(sysmod);
            var result = McsReader.Read(text, "w");
            var back = Assert.Single(result.Sysmods);
            Assert.Empty(result.Errors.Select(e => e.ToString()));
            Assert.Equal(text, McsWriter.Write(back));
            Assert.Equal((sysmod.Id, sysmod.Type, sysmod.Description, sysmod.Rework), (back.Id, back.Type, back.Description, back.Rework));
            Assert.Equal(sysmod.Vers.SelectMany(v => v.Pre.Concat(v.Sup)), back.Vers.SelectMany(v => v.Pre.Concat(v.Sup)));
            Assert.Equal(sysmod.Elements.SelectMany(e => e.InlineData), back.Elements.SelectMany(e => e.InlineData));
            Assert.Equal(sysmod.Holds.Select(h => h.Comment), back.Holds.Select(h => h.Comment));
        });

    [Property]
    public Property WrittenHoldData_ReadsBackToTheSameHolds() =>
        Prop.ForAll(Arb.From(Gen.NonEmptyListOf(McsGenerators.Hold(null))), list =>
        {
            var text = string.Concat(list.Select(McsWriter.Write));
            var result = McsReader.Read(text, "h");
            Assert.Empty(result.Errors.Select(e => e.ToString()));
            Assert.Equal(list.Count, result.Holds.Count);
            Assert.Equal(text, string.Concat(result.Holds.Select(McsWriter.Write)));
            Assert.Equal(list.Select(h => (h.Comment, h.SmrtData?.Fix, h.SmrtData?.ChangeDate)), result.Holds.Select(h => (h.Comment, h.SmrtData?.Fix, h.SmrtData?.ChangeDate)));
            Assert.All(text.Split('\n'), record => Assert.True(record.Length <= 72, record));
        });

    private static string Describe(McsEntry entry) => entry.Kind switch
    {
        McsEntryKind.Sysmod => McsWriter.Write(entry.Sysmod!),
        McsEntryKind.Hold => McsWriter.Write(entry.Hold!),
        McsEntryKind.Error or McsEntryKind.Refusal => $"{entry.Kind} {entry.Error}",
        _ => $"{entry.Kind} {entry.Location}",
    };
}
