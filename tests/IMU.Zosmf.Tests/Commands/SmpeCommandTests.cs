using IMU.Zosmf.Commands;

namespace IMU.Zosmf.Tests.Commands;

public sealed class SmpeCommandTests
{
    [Fact]
    public void RestoreCommand_GroupAndCheck_RendersBothOperands()
    {
        var records = new RestoreCommand("TGT1", ["UJ00001"], check: true, group: true).ToControlStatements();

        Assert.Equal(["  RESTORE", "       SELECT(UJ00001)", "       GROUP", "       CHECK ."], records);
    }

    [Fact]
    public void ListCommand_WithoutSysmods_ListsEveryEntry()
        => Assert.Equal(["  LIST SYSMODS ."], new ListCommand("TGT1").ToControlStatements());

    [Fact]
    public void ApplyCommand_Check_DoesNotChangeTheZone()
    {
        Assert.False(new ApplyCommand("TGT1", ["UJ00001"], check: true).ChangesZone);
        Assert.True(new ApplyCommand("TGT1", ["UJ00001"]).ChangesZone);
    }

    [Theory]
    [InlineData("tgt1")]
    [InlineData("TOOLONGZONE")]
    [InlineData("TGT1.")]
    public void Zone_NotAnSmpeName_IsRefused(string zone)
        => Assert.Throws<ArgumentException>(() => new ListCommand(zone));

    [Fact]
    public void InstallCommand_EmptySelect_IsRefused()
        => Assert.Throws<ArgumentException>(() => new AcceptCommand("DLIB1", []));
}
