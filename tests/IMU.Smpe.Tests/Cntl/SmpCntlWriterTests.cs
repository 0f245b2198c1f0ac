using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using IMU.Smpe.Cntl;

namespace IMU.Smpe.Tests.Cntl;

/// <summary>SMPCNTL written from the command model reads back to the same commands, and nothing else can be written.</summary>
public sealed class SmpCntlWriterTests
{
    [Fact]
    public void WrittenCommands_ReadBackToTheSameCommands()
    {
        Prop.ForAll(Arb.From(Gen.NonEmptyListOf(SmpCntlGenerators.Command)), commands =>
        {
            var text = SmpCntlWriter.Write(commands);
            var read = SmpCntlReader.Read(text, "w");

            Assert.Empty(read.Errors.Select(e => e.ToString()));
            Assert.Equal(commands.Select(Shape), read.Commands.Select(Shape));
            Assert.All(text.TrimEnd('\n').Split('\n'), record => Assert.True(record.Length <= 72 && !record.StartsWith('/'), record));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Apply_WithEveryOperand_IsWrittenInSmpeSyntax()
    {
        var apply = new ApplyCommand
        {
            Select = ["UJ00001", "UJ00002"],
            GroupExtend = true,
            Check = true,
            Bypass = [new SmpeOperand("HOLDSYSTEM", [new SmpeOperand("ACTION", [new SmpeOperand("UJ00001", [])])]), new SmpeOperand("ID", [])],
        };

        Assert.Equal("APPLY SELECT(UJ00001,UJ00002) GROUPEXTEND\n  BYPASS(HOLDSYSTEM(ACTION(UJ00001)),ID) CHECK.\n", SmpCntlWriter.Write(apply));
    }

    [Fact]
    public void LongSelectList_WrapsAfterACommaWithinColumn71()
    {
        var ids = Enumerable.Range(1, 40).Select(i => $"UJ{i:00000}").ToList();

        var text = SmpCntlWriter.Write(new RestoreCommand { Select = ids, Group = true });

        Assert.All(text.TrimEnd('\n').Split('\n'), record => Assert.True(record.Length <= 71, record));
        Assert.Equal(ids, Assert.IsType<RestoreCommand>(Assert.Single(SmpCntlReader.Read(text).Commands)).Select);
    }

    [Theory]
    [InlineData("UJ00001) APPLY SELECT(UJ99999")]
    [InlineData("UJ00001.")]
    [InlineData("UJ0/*01")]
    [InlineData("uj00001")]
    [InlineData("UJ0001")]
    public void SelectValue_ThatIsNotASysmodId_IsRefused(string id)
        => Assert.Throws<ArgumentException>(() => SmpCntlWriter.Write(new ApplyCommand { Select = [id] }));

    [Theory]
    [InlineData("TGT1.")]
    [InlineData("TOOLONG1")]
    [InlineData("1TGT")]
    [InlineData("t.g(")]
    public void SetBoundary_ZoneThatBreaksTheZoneNameRule_IsRefused(string zone)
        => Assert.Throws<ArgumentException>(() => SmpCntlWriter.Write(new SetBoundaryCommand { Zone = zone }));

    [Fact]
    public void BypassValue_ThatWouldCloseTheStatement_IsRefused()
    {
        var bypass = new SmpeOperand("HOLDERROR", [new SmpeOperand("AA12345)) APPLY SELECT(UJ99999", [])]);

        Assert.Throws<ArgumentException>(() => SmpCntlWriter.Write(new ApplyCommand { Select = ["UJ00001"], Bypass = [bypass] }));
    }

    [Fact]
    public void GroupExtendOption_WithoutGroupExtend_IsRefused()
        => Assert.Throws<ArgumentException>(() => SmpCntlWriter.Write(new AcceptCommand { Select = ["UJ00001"], GroupExtendNoApars = true }));

    /// <summary>The command without its position, as JSON: records compare lists by reference, so they are compared by content.</summary>
    private static string Shape(SmpCntlCommand command) =>
        command.GetType().Name + JsonSerializer.Serialize(command with { Location = default }, command.GetType());
}
