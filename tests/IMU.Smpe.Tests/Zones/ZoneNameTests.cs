using IMU.Smpe.Commands;
using IMU.Smpe.Zones;

namespace IMU.Smpe.Tests.Zones;

/// <summary>Every name the CSI takes goes through SmpeNames; what it refuses is named in an RC 12 message.</summary>
public sealed class ZoneNameTests
{
    [Theory]
    [InlineData("abc")]
    [InlineData("A B;--")]
    [InlineData("1ABC")]
    [InlineData("TOOLONG1")]
    [InlineData("GLOBAL")]
    public void ZoneName_NotAnSmpeName_IsRefusedNamingIt(string name)
    {
        using var csi = new TestCsi();

        var exception = Assert.Throws<CsiException>(() => csi.Csi.AddZone(name, ZoneType.Target));

        Assert.StartsWith("IMU1004S ZONE NAME", exception.Message, StringComparison.Ordinal);
        Assert.Contains($"'{name}'", exception.Message, StringComparison.Ordinal);
        Assert.Equal(3, csi.Csi.ListZones().Count);
    }

    [Fact]
    public void ZoneSrel_NotFourNameCharacters_IsRefusedAndNotAddedToTheGlobalSrels()
    {
        using var csi = new TestCsi();

        var exception = Assert.Throws<CsiException>(() => csi.Csi.AddZone("CICSTGT", ZoneType.Target, srel: "z;-)"));
        var receive = csi.Receive("""
            ++FUNCTION(HCI6100).
            ++VER(C150).
            ++MOD(DFHXYZ) DISTLIB(ADFHLOAD).
            """);

        Assert.Contains("SREL 'z;-)'", exception.Message, StringComparison.Ordinal);
        Assert.Equal(ReceiveStatus.NotReceived, Assert.Single(receive.Sysmods).Status);
        Assert.DoesNotContain("z;-)", Assert.Single(receive.Sysmods).Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void ZoneRelated_ItselfMissingOrOfTheSameType_IsRefused()
    {
        using var csi = new TestCsi();

        var itself = Assert.Throws<CsiException>(() => csi.Csi.AddZone("TGT2", ZoneType.Target, "TGT2"));
        var missing = Assert.Throws<CsiException>(() => csi.Csi.AddZone("TGT2", ZoneType.Target, "NOSUCH"));
        var sameType = Assert.Throws<CsiException>(() => csi.Csi.AddZone("TGT2", ZoneType.Target, TestCsi.Target));

        Assert.StartsWith("IMU1015S", itself.Message, StringComparison.Ordinal);
        Assert.StartsWith("IMU1016S", missing.Message, StringComparison.Ordinal);
        Assert.StartsWith("IMU1017S", sameType.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(csi.Csi.ListZones(), z => z.Name == "TGT2");
    }

    [Theory]
    [InlineData("HDM77001")]
    [InlineData("HDM;770")]
    [InlineData("hdm7700")]
    public void ApplySelect_NotASysmodId_EndsWithRcTwelveNamingIt(string id)
    {
        using var csi = new TestCsi();
        csi.InstallBase();

        var result = csi.Apply(id);

        Assert.Equal(ReturnCodes.Severe, result.ReturnCode);
        Assert.Contains($"SELECT '{id}'", Assert.Single(result.Messages), StringComparison.Ordinal);
    }

    [Fact]
    public void RestoreSelect_NotASysmodId_EndsWithRcTwelve()
    {
        using var csi = new TestCsi();

        var result = csi.Csi.Restore(TestCsi.Target, new RestoreOptions { Select = ["UZ0000"] });

        Assert.Equal(ReturnCodes.Severe, result.ReturnCode);
    }
}
