using IMU.Smpe.Cntl;

namespace IMU.Zosmf.Tests;

/// <summary>A job is built from the engine's SMPCNTL model and refuses what SMP/E or JES would refuse.</summary>
public sealed class SmpeJobTests
{
    [Fact]
    public void Restore_GroupAndCheck_WritesBothOperands()
    {
        var job = SmpeJob.Restore("TGT1", ["UJ00001"], check: true, group: true);

        Assert.Equal("SET BOUNDARY(TGT1).\nRESTORE SELECT(UJ00001) GROUP CHECK.\n", job.Smpcntl);
        Assert.True(job.Check);
        Assert.False(job.ChangesZone);
    }

    [Fact]
    public void List_WithoutSysmods_ListsEveryEntry()
        => Assert.Equal("SET BOUNDARY(TGT1).\nLIST SYSMODS.\n", SmpeJob.List("TGT1").Smpcntl);

    [Fact]
    public void List_OfSysmods_NamesThem()
        => Assert.Equal("SET BOUNDARY(TGT1).\nLIST SYSMODS(UJ00001,UJ00002).\n", SmpeJob.List("TGT1", ["UJ00001", "UJ00002"]).Smpcntl);

    [Fact]
    public void Apply_WithoutCheck_ChangesTheZone()
    {
        Assert.True(SmpeJob.Apply("TGT1", ["UJ00001"]).ChangesZone);
        Assert.False(SmpeJob.Apply("TGT1", ["UJ00001"], check: true).ChangesZone);
    }

    [Theory]
    [InlineData("tgt1")]
    [InlineData("TOOLONGZ")]
    [InlineData("TGT1.")]
    [InlineData("1TGT")]
    [InlineData("t.g(")]
    public void ZoneName_ThatBreaksSmpeNames_IsRefused(string zone)
        => Assert.Throws<ArgumentException>(() => SmpeJob.List(zone));

    [Fact]
    public void Apply_AgainstTheGlobalZone_IsRefused()
        => Assert.Throws<ArgumentException>(() => SmpeJob.Apply("GLOBAL", ["UJ00001"]));

    [Fact]
    public void Receive_AgainstATargetZone_IsRefused()
        => Assert.Throws<ArgumentException>(() => new SmpeJob("TGT1", new ReceiveCommand { Sysmods = true }, "++PTF(UJ00001)."));

    [Fact]
    public void Install_WithEmptySelect_IsRefused()
        => Assert.Throws<ArgumentException>(() => SmpeJob.Accept("DLIB1", []));

    [Theory]
    [InlineData("HOLDSYSTEM(ACTION).")]
    [InlineData("HOLDERROR) APPLY SELECT(UJ99999")]
    [InlineData("NOTABYPASS")]
    [InlineData("HOLDSYSTEM(")]
    public void Bypass_ThatTheEngineBinderRejectsOrThatCouldEndTheStatement_IsRefused(string bypass)
        => Assert.Throws<ArgumentException>(() => SmpeJob.Apply("TGT1", ["UJ00001"], bypass: bypass));

    [Fact]
    public void Bypass_InSmpeSyntax_IsWrittenAsOneBypassOperand()
    {
        var job = SmpeJob.Apply("TGT1", ["UJ90003"], bypass: "HOLDSYSTEM(IPL(UJ90003)) HOLDERROR(AA12345) ID");

        var apply = Assert.IsType<ApplyCommand>(SmpCntlReader.Read(job.Smpcntl).Commands[1]);
        Assert.Equal(["HOLDSYSTEM(IPL(UJ90003))", "HOLDERROR(AA12345)", "ID"], apply.Bypass.Select(o => o.ToString()));
    }

    [Theory]
    [InlineData("UJ0001")]
    [InlineData("uj00001")]
    [InlineData("UJ00001,UJ00002")]
    public void Select_OfNotASysmodId_IsRefused(string id)
        => Assert.Throws<ArgumentException>(() => SmpeJob.Apply("TGT1", [id]));

    [Fact]
    public void Reject_IsNotRunAsAJob()
        => Assert.Throws<ArgumentException>(() => new SmpeJob("GLOBAL", new RejectCommand { Select = ["UJ00001"] }));
}
