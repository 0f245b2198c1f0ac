using IMU.Grains.Fleet;
using IMU.Grains.Models;

namespace IMU.Grains.Tests.Fleet;

public sealed class FleetFileReaderTests
{
    private static readonly FleetDefinition s_empty = new([], []);

    private const string Json = """
        {"lpars": [{"name": "SYS001", "sysplex": "PLEXA", "zosmf": "https://sys001.example:443/", "hmc": "https://hmc.example:6794/",
                    "zone": "TGT1", "dlibZone": "DLIB1",
                    "credentials": {"user": "IBMUSER", "passwordEnv": "SYS001_PW"},
                    "load": {"address": "0a80", "parameter": "0A8201M1"},
                    "iplWindows": [{"start": "2026-12-06T02:00:00Z", "duration": "PT2H", "repeat": "P7D"}]},
                   {"name": "SYS002", "sysplex": "PLEXA", "zosmf": "https://sys002.example/", "zone": "TGT1", "dlibZone": "DLIB1",
                    "expectedIplTime": "PT20M"}],
         "groups": [{"name": "PLEXA", "members": ["SYS001", "SYS002"]}]}
        """;

    private const string Yaml = """
        lpars:
          - name: SYS001
            sysplex: PLEXA
            zosmf: https://sys001.example:443/
            hmc: https://hmc.example:6794/
            zone: TGT1
            dlibZone: DLIB1
            credentials: {user: IBMUSER, passwordEnv: SYS001_PW}
            load:
              address: "0a80"
              parameter: 0A8201M1
            iplWindows:
              - start: 2026-12-06T02:00:00Z
                duration: PT2H
                repeat: P7D
          - name: SYS002
            sysplex: PLEXA
            zosmf: https://sys002.example/
            zone: TGT1
            dlibZone: DLIB1
            expectedIplTime: PT20M
        groups:
          - name: PLEXA
            members: [SYS001, SYS002]
        """;

    private static FleetFileReadResult Read(string name, string text) => FleetFileReader.Read(name, text, s_empty);

    private static string SingleError(string name, string text)
    {
        var result = Read(name, text);
        Assert.Null(result.Fleet);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void FleetFile_JsonAndYamlWithTheSameContent_ReadTheSame()
    {
        var json = Read("fleet.json", Json);
        var yaml = Read("fleet.yaml", Yaml);

        Assert.Empty(json.Errors);
        Assert.Empty(yaml.Errors);
        Assert.Equal(json.Fleet!.Lpars.Length, yaml.Fleet!.Lpars.Length);
        for (var i = 0; i < json.Fleet.Lpars.Length; i++)
        {
            Assert.Equal(json.Fleet.Lpars[i] with { IplWindows = [] }, yaml.Fleet.Lpars[i] with { IplWindows = [] });
            Assert.Equal(json.Fleet.Lpars[i].IplWindows, yaml.Fleet.Lpars[i].IplWindows);
        }

        var sys001 = json.Fleet.Lpars[0];
        Assert.Equal(new IplLoad("0A80", "0A8201M1"), sys001.Load);
        Assert.Equal(new CredentialsReference("IBMUSER", "SYS001_PW"), sys001.Credentials);
        Assert.Equal(new IplWindow(new DateTimeOffset(2026, 12, 6, 2, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(2), TimeSpan.FromDays(7)), Assert.Single(sys001.IplWindows));
        Assert.Equal(TimeSpan.FromMinutes(20), json.Fleet.Lpars[1].ExpectedIplTime);
        Assert.Equal(["SYS001", "SYS002"], Assert.Single(yaml.Fleet.Groups).Members);
    }

    [Fact]
    public void FleetFile_JsonUnknownKey_IsRefusedAtTheKeyWithASuggestion()
    {
        var error = SingleError("fleet.json", """
            {"lpars": [{"name": "SYS001", "sysplex": "PLEXA", "zosmf": "https://s/", "zone": "TGT1", "dlibZone": "DLIB1",
                        "iplwindows": []}]}
            """);

        Assert.Equal("fleet.json:2:13: error: an LPAR: unknown key 'iplwindows'; did you mean 'iplWindows'?", error);
    }

    [Fact]
    public void FleetFile_YamlValueOfWrongShape_IsRefusedWithLineAndColumn()
    {
        var error = SingleError("fleet.yaml", """
            lpars:
              - name: SYS001
                sysplex: PLEXA
                zosmf: https://s/
                zone: TGT1
                dlibZone: DLIB1
                iplWindows: PT2H
            """);

        Assert.Equal("fleet.yaml:7:17: error: LPAR SYS001: iplWindows must be a list, not 'PT2H'", error);
    }

    [Fact]
    public void FleetFile_JsonSyntaxError_IsPositioned()
    {
        var error = SingleError("fleet.json", "{\"lpars\": [\n  {\"name\": \"SYS001\",, }\n]}");

        Assert.StartsWith("fleet.json:2:", error);
        Assert.Contains("error: JSON syntax", error);
    }

    [Fact]
    public void FleetFile_YamlSyntaxError_IsPositioned()
    {
        var error = SingleError("fleet.yml", "lpars:\n  - name: SYS001\n   sysplex: [PLEXA\n");

        Assert.StartsWith("fleet.yml:", error);
        Assert.Contains("error: YAML syntax", error);
    }

    [Fact]
    public void FleetFile_LiteralPassword_IsRefusedSecretsGoByReference()
    {
        var error = SingleError("fleet.yaml", """
            lpars:
              - name: SYS001
                sysplex: PLEXA
                zosmf: https://s/
                zone: TGT1
                dlibZone: DLIB1
                credentials: {user: IBMUSER, password: secret}
            """);

        Assert.Equal("fleet.yaml:7:34: error: LPAR SYS001: credentials.password: secrets go by reference only; name the environment variable that holds it in passwordEnv", error);
    }

    [Fact]
    public void FleetFile_ZoneNameTooLong_NamesTheLparAndTheZone()
    {
        var error = SingleError("fleet.json", """
            {"lpars": [{"name": "SYS001", "sysplex": "PLEXA", "zosmf": "https://s/", "zone": "TARGET12", "dlibZone": "DLIB1"}]}
            """);

        Assert.Equal("fleet.json:1:82: error: LPAR SYS001: zone 'TARGET12' must be 1 to 7 characters", error);
    }

    [Fact]
    public void FleetFile_WindowShorterThanExpectedIplTime_IsRefusedBecauseNoIplCouldStart()
    {
        var error = SingleError("fleet.yaml", """
            lpars:
              - name: SYS001
                sysplex: PLEXA
                zosmf: https://s/
                zone: TGT1
                dlibZone: DLIB1
                expectedIplTime: PT30M
                iplWindows:
                  - {start: "2026-12-06T02:00:00Z", duration: PT20M}
            """);

        Assert.Contains("fleet.yaml:9:51: error: LPAR SYS001: IPL window duration PT20M is shorter than the expected IPL time PT30M", error);
    }

    [Theory]
    [InlineData("P1M", "uses years or months")]
    [InlineData("2H", "is not an ISO-8601 duration")]
    [InlineData("PT0S", "must be longer than zero")]
    public void FleetFile_BadDuration_IsRefused(string duration, string message)
    {
        var error = SingleError("fleet.yaml", $$"""
            lpars:
              - name: SYS001
                sysplex: PLEXA
                zosmf: https://s/
                zone: TGT1
                dlibZone: DLIB1
                iplWindows: [{"start": "2026-12-06T02:00:00Z", "duration": "{{duration}}"}]
            """);

        Assert.Contains(message, error);
    }

    [Fact]
    public void FleetFile_TimeWithoutOffset_IsRefused()
    {
        var error = SingleError("fleet.yaml", """
            lpars:
              - name: SYS001
                sysplex: PLEXA
                zosmf: https://s/
                zone: TGT1
                dlibZone: DLIB1
                iplWindows: [{start: "2026-12-06T02:00:00", duration: PT2H}]
            """);

        Assert.Contains("must be an ISO-8601 time with its offset", error);
    }

    [Fact]
    public void FleetFile_GroupMemberNotDeclared_IsRefusedNamingIt()
    {
        var error = SingleError("fleet.yaml", """
            lpars:
              - {name: SYS001, sysplex: PLEXA, zosmf: "https://s/", zone: TGT1, dlibZone: DLIB1}
            groups:
              - {name: PLEXA, members: [SYS001, SYS009]}
            """);

        Assert.Equal("fleet.yaml:4:37: error: group PLEXA: member SYS009 is not an LPAR of the fleet or of this file", error);
    }

    [Fact]
    public void FleetFile_LparInTwoGroups_IsRefused()
    {
        var error = SingleError("fleet.yaml", """
            lpars:
              - {name: SYS001, sysplex: PLEXA, zosmf: "https://s/", zone: TGT1, dlibZone: DLIB1}
            groups:
              - {name: G1, members: [SYS001]}
              - {name: G2, members: [SYS001]}
            """);

        Assert.Contains("group G2: member SYS001 is already a member of group G1; an LPAR belongs to one group", error);
    }

    [Fact]
    public void FleetFile_GroupMemberAlreadyInAnExistingGroup_IsRefused()
    {
        var existing = new FleetDefinition(
            [new LparDefinition { Name = "SYS001", Sysplex = "PLEXA", Zosmf = "https://s/", Zone = "TGT1", DlibZone = "DLIB1" }],
            [new GroupDefinition("G1", ["SYS001"])]);

        var result = FleetFileReader.Read("more.yaml", "lpars: []\ngroups:\n  - {name: G2, members: [SYS001]}\n", existing);

        Assert.Null(result.Fleet);
        Assert.Contains(result.Errors, e => e.Contains("member SYS001 is already a member of group G1", StringComparison.Ordinal));
    }

    [Fact]
    public void FleetFile_LparDeclaredTwice_IsRefusedPointingAtTheFirst()
    {
        var error = SingleError("fleet.yaml", """
            lpars:
              - {name: SYS001, sysplex: PLEXA, zosmf: "https://s/", zone: TGT1, dlibZone: DLIB1}
              - {name: SYS001, sysplex: PLEXA, zosmf: "https://s/", zone: TGT1, dlibZone: DLIB1}
            """);

        Assert.Equal("fleet.yaml:3:5: error: LPAR SYS001 is declared twice (first at line 2)", error);
    }

    [Fact]
    public void FleetFile_SharedZoneWithDifferentDlibZones_IsRefused()
    {
        var error = SingleError("fleet.yaml", """
            lpars:
              - {name: SYS001, sysplex: PLEXA, zosmf: "https://s/", zone: TGT1, dlibZone: DLIB1}
              - {name: SYS002, sysplex: PLEXA, zosmf: "https://s/", zone: TGT1, dlibZone: DLIB2, zoneSystem: SYS001}
            """);

        Assert.Contains("LPAR SYS002: zone SYS001/TGT1 is shared with SYS001, whose dlibZone is DLIB1, not DLIB2", error);
    }

    [Fact]
    public void FleetFile_ManyErrors_AreAllReportedInFileOrder()
    {
        var result = Read("fleet.yaml", """
            lpars:
              - {name: sys1, sysplex: PLEXA, zosmf: "ftp://s/", zone: TGT1, dlibZone: DLIB1}
              - {sysplex: PLEXA, zosmf: "https://s/", zone: GLOBAL, dlibZone: DLIB1}
            """);

        Assert.Null(result.Fleet);
        Assert.Equal(4, result.Errors.Count);
        Assert.StartsWith("fleet.yaml:2:", result.Errors[0]);
        Assert.Contains("'sys1' may contain only", result.Errors[0]);
        Assert.Contains("zosmf 'ftp://s/' must be an absolute http or https URL", result.Errors[1]);
        Assert.Contains("an LPAR: 'name' is required", result.Errors[2]);
        Assert.Contains("is the global zone's name", result.Errors[3]);
    }

    [Fact]
    public void FleetFile_Empty_IsRefused()
    {
        Assert.Contains("the file is empty", SingleError("fleet.yaml", string.Empty));
        Assert.Contains("the file is empty", SingleError("fleet.json", "  "));
    }
}
