using IMU.Smpe.Commands;
using IMU.Smpe.Mcs;
using IMU.Smpe.Zones;
using IMU.TestUtilities;

namespace IMU.Smpe.Tests;

/// <summary>A CSI in its own temp file with a target zone TGT and its DLIB zone DLIB (SREL Z038).</summary>
internal sealed class TestCsi : IDisposable
{
    public const string Target = "TGT";
    public const string Dlib = "DLIB";

    /// <summary>A base function with two modules, a macro and a load module, used by most tests.</summary>
    public const string BaseFunction = """
        ++FUNCTION(HBB77D0).
        ++VER(Z038).
        ++MOD(MODA) DISTLIB(AOS12) LMOD(LMODA).
        ++MOD(MODB) DISTLIB(AOS12) LMOD(LMODB).
        ++MAC(MACA) DISTLIB(AMACLIB) SYSLIB(MACLIB).
        """;

    private readonly TempDirectory _directory = new();

    public TestCsi(bool zones = true)
    {
        FilePath = Path.Combine(_directory.Path, "smpe.csi");
        Csi = Csi.Open(FilePath);
        if (zones)
        {
            Csi.AddZone(Dlib, ZoneType.Dlib);
            Csi.AddZone(Target, ZoneType.Target, Dlib);
        }
    }

    public string FilePath { get; }

    public Csi Csi { get; private set; }

    public static McsParseResult Parse(string text)
    {
        var result = McsReader.Read(text, "test.mcs");
        Assert.Empty(result.Errors);
        return result;
    }

    public ReceiveResult Receive(string mcs, string holdData = "") =>
        Csi.Receive([Parse(mcs)], holdData.Length == 0 ? [] : [Parse(holdData)]);

    /// <summary>Receives and applies the base function, so that service for HBB77D0 has something to apply to.</summary>
    public void InstallBase()
    {
        Receive(BaseFunction);
        Assert.Equal(ReturnCodes.Ok, Apply("HBB77D0").ReturnCode);
    }

    public CommandResult Apply(params string[] ids) => Csi.Apply(Target, new ApplyOptions { Select = ids });

    public CommandResult Apply(ApplyOptions options) => Csi.Apply(Target, options);

    public CommandResult Accept(params string[] ids) => Csi.Accept(Dlib, new ApplyOptions { Select = ids });

    public ElementEntry Element(string type, string name, string zone = Target) =>
        Assert.Single(Csi.ListElements(zone), e => e.Type == type && e.Name == name);

    public SysmodEntry Sysmod(string id, string zone = Target) => Assert.Single(Csi.ListSysmods(zone), s => s.Id == id);

    /// <summary>Closes and reopens the file, as a new process would.</summary>
    public void Reopen()
    {
        Csi.Dispose();
        Csi = Csi.Open(FilePath);
    }

    public void Dispose()
    {
        Csi.Dispose();
        _directory.Dispose();
    }
}
