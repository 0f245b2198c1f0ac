using IMU.Smpe.Diagnostics;

namespace IMU.Smpe.Tests.Diagnostics;

public sealed class SmpeNamesTests
{
    [Theory]
    [InlineData("MVST100")]
    [InlineData("TGT1")]
    [InlineData("@ZONE")]
    [InlineData("#Z$1")]
    [InlineData("A")]
    public void ZoneName_OneToSevenNameCharactersLeadingLetterOrNational_IsAccepted(string name) =>
        Assert.Null(SmpeNames.ZoneNameProblem("zone name", name));

    [Theory]
    [InlineData("", "must be 1 to 7 characters")]
    [InlineData("MVST1000", "must be 1 to 7 characters")]
    [InlineData("abc", "may contain only")]
    [InlineData("A B;--", "may contain only")]
    [InlineData("t.g(", "may contain only")]
    [InlineData("1ABC", "must start with")]
    [InlineData("GLOBAL", "global zone")]
    public void ZoneName_OutsideTheRule_IsRefusedWithTheReason(string name, string reason)
    {
        var problem = SmpeNames.ZoneNameProblem("zone name", name);
        Assert.NotNull(problem);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
        Assert.StartsWith($"zone name '{name}'", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SMPCSI", true)]
    [InlineData("SMPOUT", true)]
    [InlineData("$LINKLIB", true)]
    [InlineData("LINKLIB1", true)]
    [InlineData("LINKLIB12", false)]
    [InlineData("1LINK", false)]
    [InlineData("linklib", false)]
    public void Ddname_OneToEightLeadingLetterOrNational(string name, bool valid) =>
        Assert.Equal(valid, SmpeNames.DdnameProblem("ddname", name) is null);

    [Theory]
    [InlineData("UJ90001", true)]
    [InlineData("#DYP001", true)]
    [InlineData("HBB77C0", true)]
    [InlineData("HDM77001", false)]
    [InlineData("HDM;770", false)]
    [InlineData("uj90001", false)]
    [InlineData("UJ9000", false)]
    public void SysmodId_ExactlySevenNameCharacters(string id, bool valid)
    {
        Assert.Equal(valid, SmpeNames.IsSysmodId(id));
        Assert.Equal(valid, SmpeNames.SysmodIdProblem("SYSMOD ID", id) is null);
    }

    [Theory]
    [InlineData("Z038", true)]
    [InlineData("C150", true)]
    [InlineData("z;-)", false)]
    [InlineData("Z03", false)]
    public void Srel_ExactlyFourNameCharacters(string srel, bool valid) =>
        Assert.Equal(valid, SmpeNames.SrelProblem("--srel", srel) is null);
}
