using System.Reflection;

namespace IMU.Grains.Abstractions.Tests;

public sealed class GrainContractsTests
{
    private const string AcceptVariable = "IMU_ACCEPT_GRAIN_CONTRACTS";

    [Fact]
    public void GrainContracts_AsBuilt_MatchTheCommittedSnapshot()
    {
        var path = typeof(GrainContractsTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "GrainContractsPath").Value!;
        var actual = GrainContractWriter.Write(typeof(IProbeGrain).Assembly);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(path, actual);
        }

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;

        Assert.True(
            committed == actual,
            $"""
            The grain interfaces or records changed their wire contract; {path} no longer matches.
            First difference: {FirstDifference(committed, actual)}
            If the change is intended (new grain, new method, new field with a new [Id]), accept it with
                {AcceptVariable}=1 dotnet test tests/IMU.Grains.Abstractions.Tests
            and commit GrainContracts.txt. Renaming an alias or reusing an [Id] breaks silos and clients of the previous version.
            """);
    }

    [Fact]
    public void GrainContracts_Writer_ListsAliasesMethodsAndFieldIds()
    {
        var contract = GrainContractWriter.Write(typeof(IProbeGrain).Assembly);

        Assert.Contains("interface IMU.Grains.IProbeGrain alias=imu.probe : IGrain, IGrainWithStringKey\n  method increment: Task<ProbeReading> IncrementAsync()\n  method read: Task<ProbeReading> ReadAsync()\n", contract, StringComparison.Ordinal);
        Assert.Contains("record IMU.Grains.Models.ProbeReading alias=imu.probe-reading immutable\n  0: Int64 Count\n  1: DateTimeOffset? LastIncrementedAt\n  2: String Silo\n", contract, StringComparison.Ordinal);
    }

    private static string FirstDifference(string committed, string actual)
    {
        var expectedLines = committed.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var expected = i < expectedLines.Length ? expectedLines[i] : "(end of file)";
            var built = i < actualLines.Length ? actualLines[i] : "(end of file)";
            if (expected != built)
            {
                return $"line {i + 1}: committed '{expected}', built '{built}'";
            }
        }

        return "none";
    }
}
