using System.Text.Json;
using IMU.Smpe.Cntl;
using IMU.Smpe.HoldData;
using IMU.Smpe.Mcs;

namespace IMU.Smpe.Tests.Corpus;

public sealed class CorpusManifestTests
{
    public static TheoryData<string> ManifestFiles()
    {
        var data = new TheoryData<string>();
        var manifest = CorpusLocator.Manifest();
        if (!File.Exists(manifest))
        {
            // One row that fails with the place we looked, instead of a silently empty theory.
            data.Add(string.Empty);
            return data;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(manifest));
        foreach (var file in document.RootElement.GetProperty("files").EnumerateObject())
        {
            data.Add(file.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ManifestFiles))]
    public void CorpusFile_IsReadAsTheManifestSays(string fileName)
    {
        var manifest = CorpusLocator.Manifest();
        Assert.True(File.Exists(manifest), $"corpus manifest not found at {manifest} (set IMU_CORPUS to the corpus folder)");
        using var document = JsonDocument.Parse(File.ReadAllText(manifest));
        var entry = document.RootElement.GetProperty("files").GetProperty(fileName);
        var kind = entry.GetProperty("kind").GetString();
        var text = CorpusLocator.ReadFile(fileName);

        switch (kind)
        {
            case "mcs":
                var result = McsReader.Read(text, fileName);
                Assert.Empty(result.Errors.Select(e => e.ToString()));
                var expected = entry.GetProperty("sysmods").EnumerateArray().Select(e => e.GetString()).ToArray();
                Assert.Equal(expected, result.Sysmods.Select(s => s.Id).ToArray());
                break;
            case "mcs-template":
            case "mcs-excerpt":
                var partial = McsReader.Read(text, fileName);
                Assert.NotEmpty(partial.Errors);
                Assert.All(partial.Errors, e => Assert.True(e.Location.Line > 0 && e.Location.Column > 0 && e.Location.File == fileName, e.ToString()));
                break;
            case "smpcntl-template":
                var commands = SmpCntlReader.Read(text, fileName);
                Assert.NotEmpty(commands.Commands);
                Assert.NotEmpty(commands.Errors);
                Assert.All(commands.Errors, e => Assert.True(e.Location.Line > 0 && e.Location.Column > 0 && e.Location.File == fileName, e.ToString()));
                break;
            case "report":
                AssertReportHolds(entry, text, fileName);
                break;
            default:
                Assert.Fail($"manifest kind '{kind}' of {fileName} is not known to this test");
                break;
        }
    }

    /// <summary>
    /// SMPRPT echoes each ++HOLD from a fixed column; cutting the records there gives back the MCS
    /// SMP/E received, which must read as the manifest lists.
    /// </summary>
    private static void AssertReportHolds(JsonElement entry, string text, string fileName)
    {
        Assert.Empty(McsReader.Read(text, fileName).Sysmods);
        var lines = text.Split('\n');
        var first = Array.FindIndex(lines, l => l.Contains("++HOLD(", StringComparison.Ordinal));
        Assert.True(first >= 0, "the report has no ++HOLD line");
        var column = lines[first].IndexOf("++HOLD(", StringComparison.Ordinal);
        var echoed = string.Join('\n', lines.Skip(first).Where(l => l.Length > column).Select(l => l[column..]));
        var holds = McsReader.Read(echoed, fileName);
        Assert.Empty(holds.Errors.Select(e => e.ToString()));
        var expected = entry.GetProperty("holds").EnumerateArray().ToArray();
        Assert.Equal(expected.Length, holds.Holds.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var hold = holds.Holds[i];
            Assert.Equal(expected[i].GetProperty("sysmod").GetString(), hold.SysmodId);
            Assert.Equal(expected[i].GetProperty("fmid").GetString(), hold.Fmid);
            Assert.Equal(expected[i].GetProperty("reason").GetString(), hold.Reason);
            Assert.Equal(expected[i].GetProperty("resolver").GetString(), hold.Resolver);
            Assert.Equal(HoldCategory.Fixcat, hold.Category);
            Assert.Equal("FIXCAT", expected[i].GetProperty("category").GetString());
        }
    }
}
