using IMU.Grains.Fleet;
using IMU.Grains.Models;

namespace IMU.Grains.Tests.Fleet;

public sealed class FleetMergeTests
{
    private static LparDefinition Lpar(string name, string sysplex = "PLEXA", string zone = "TGT1") =>
        new() { Name = name, Sysplex = sysplex, Zosmf = $"https://{name.ToLowerInvariant()}/", Zone = zone, DlibZone = "DLIB1", IplWindows = [new IplWindow(DateTimeOffset.UnixEpoch, TimeSpan.FromHours(2), null)] };

    [Fact]
    public void FleetApply_SameFileTwice_ChangesNothingTheSecondTime()
    {
        var file = new FleetDefinition([Lpar("SYS001"), Lpar("SYS002")], [new GroupDefinition("G1", ["SYS001", "SYS002"])]);

        var first = FleetMerge.Apply(new FleetDefinition([], []), file);
        var second = FleetMerge.Apply(first.Fleet, file with { Lpars = [Lpar("SYS001"), Lpar("SYS002")] });

        Assert.Equal(["SYS001", "SYS002"], first.Added);
        Assert.Empty(second.Added);
        Assert.Empty(second.Updated);
        Assert.Equal(["SYS001", "SYS002"], second.Unchanged);
    }

    [Fact]
    public void FleetApply_FileWithSomeLpars_UpdatesThemAndKeepsTheOthers()
    {
        var existing = new FleetDefinition([Lpar("SYS001"), Lpar("SYS002")], [new GroupDefinition("G1", ["SYS001"])]);

        var result = FleetMerge.Apply(existing, new FleetDefinition([Lpar("SYS002", zone: "TGT2"), Lpar("SYS003")], [new GroupDefinition("G2", ["SYS003"])]));

        Assert.Equal(["SYS001", "SYS002", "SYS003"], result.Fleet.Lpars.Select(l => l.Name));
        Assert.Equal("TGT2", result.Fleet.Lpars[1].Zone);
        Assert.Equal(["SYS002"], result.Updated);
        Assert.Equal(["SYS003"], result.Added);
        Assert.Equal(["G1", "G2"], result.Fleet.Groups.Select(g => g.Name));
    }

    [Fact]
    public void MultsysGroup_LparInNoDeclaredGroup_IsItsSysplexWithoutDeclaredMembers()
    {
        var topology = new FleetTopology(new FleetDefinition(
            [Lpar("SYS001"), Lpar("SYS002"), Lpar("SYS003"), Lpar("SYS004", sysplex: "PLEXB")],
            [new GroupDefinition("SPECIAL", ["SYS003"])]));

        Assert.Equal(new[] { "SYS001", "SYS002" }, topology.GroupOf("SYS001").Members);
        Assert.Equal("PLEXA", topology.GroupOf("SYS002").Name);
        Assert.Equal("SPECIAL", topology.GroupOf("SYS003").Name);
        Assert.Equal(new[] { "SYS004" }, topology.GroupOf("SYS004").Members);
    }
}
