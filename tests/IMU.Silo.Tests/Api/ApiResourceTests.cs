using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using IMU.Grains;
using IMU.Grains.Models;

namespace IMU.Silo.Tests.Api;

/// <summary>Every resource of the HTTP API against a real silo: the body is the grain record as <c>imu ... --json</c> writes it.</summary>
[Collection(DashboardCollection.Name)]
public sealed class ApiResourceTests(DashboardFixture fixture)
{
    private DashboardSilo Imu => fixture.Silo;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Fleet_Get_IsFleetListJsonOfEveryLpar()
    {
        var lpars = Imu.Lease(2);
        await Imu.ApplyFleetAsync($"P{lpars[0]}", lpars);
        using var http = Imu.Client();

        var body = await GetAsync(http, "/api/fleet");

        Assert.Equal(Contract(await Imu.Fleet.ListAsync().WithTestTimeout()), body);
        var rows = JsonNode.Parse(body)!.AsArray();
        Assert.All(lpars, l => Assert.Contains(rows, r => (string?)r!["lpar"] == l && (string?)r["sysplex"] == $"P{lpars[0]}" && (string?)r["state"] == "ACTIVE"));
    }

    [Fact]
    public async Task IplWindows_Get_AreTheFleetFilesWindowsByLpar()
    {
        var lpar = Imu.Lease(1)[0];
        await Imu.ApplyFleetAsync($"P{lpar}", lpar);
        using var http = Imu.Client();

        var windows = JsonNode.Parse(await GetAsync(http, "/api/fleet/ipl-windows"))!.AsObject();

        var window = Assert.Single(windows[lpar]!.AsArray())!;
        // TimeSpans as ContractJson writes them (the CLI's --json too); the page reads this form and ISO-8601.
        Assert.Equal(("04:00:00", "1.00:00:00"), ((string?)window["duration"], (string?)window["repeat"]));
    }

    [Fact]
    public async Task Lpars_Get_AreLparShowJsonOfEachAndOneByName()
    {
        var lpar = Imu.Lease(1)[0];
        await Imu.ApplyFleetAsync($"P{lpar}", lpar);
        using var http = Imu.Client();

        var all = JsonNode.Parse(await GetAsync(http, "/api/lpars"))!.AsArray();
        var one = await GetAsync(http, $"/api/lpars/{lpar}");

        Assert.Equal(Contract(await Imu.Grains.GetGrain<ILparGrain>(lpar).ShowAsync().WithTestTimeout()), one);
        Assert.Contains(all, l => (string?)l!["lpar"] == lpar && (string?)l["zone"] == $"{lpar}/TGT1");
    }

    [Fact]
    public async Task Lpar_Unknown_Is404ProblemNamingIt()
    {
        using var http = Imu.Client();

        var problem = await ProblemAsync(http.GetAsync(new Uri("/api/lpars/NOSUCH", UriKind.Relative), Token), HttpStatusCode.NotFound);

        Assert.Equal("no LPAR named NOSUCH; GET /api/fleet lists the LPARs", (string?)problem["detail"]);
        Assert.Equal("NOSUCH", (string?)problem["culprit"]);
    }

    [Fact]
    public async Task Sysmod_Received_IsSysmodShowJsonWithItsHoldAndComment()
    {
        await Imu.ReceiveAsync(TestMaintenance.PeHeldPtf, TestMaintenance.PeHoldData);
        using var http = Imu.Client();

        var body = await GetAsync(http, "/api/sysmods/UJ00003");

        Assert.Equal(Contract(await Imu.Grains.GetGrain<ISysmodGrain>("UJ00003").GetAsync().WithTestTimeout()), body);
        var hold = Assert.Single(JsonNode.Parse(body)!["holds"]!.AsArray())!;
        Assert.Equal(("ERROR", "AA00002"), ((string?)hold["category"], (string?)hold["reason"]));
    }

    [Theory]
    [InlineData("UZ99999", "no SYSMOD UZ99999 was received, and no HOLDDATA names it")]
    [InlineData("NOT-AN-ID", "NOT-AN-ID is not a SYSMOD id (seven letters and digits, e.g. UJ90001)")]
    public async Task Sysmod_UnknownOrNotAnId_Is404ProblemNamingIt(string id, string detail)
    {
        using var http = Imu.Client();

        var problem = await ProblemAsync(http.GetAsync(new Uri($"/api/sysmods/{id}", UriKind.Relative), Token), HttpStatusCode.NotFound);

        Assert.Equal(detail, (string?)problem["detail"]);
    }

    [Fact]
    public async Task Rollouts_Get_AreRolloutListAndRolloutStatusJson()
    {
        var lpar = Imu.Lease(1)[0];
        await Imu.ApplyFleetAsync($"P{lpar}", lpar);
        await Imu.ReceiveAsync(TestMaintenance.PlainPtf);
        var name = Imu.RolloutName();
        var rollout = await Imu.CreateAsync(name, new RolloutRequest { Sysmods = ["UJ00001"], Lpars = [lpar], By = "alice" });
        using var http = Imu.Client();

        var list = JsonNode.Parse(await GetAsync(http, "/api/rollouts"))!.AsArray();
        var status = await GetAsync(http, $"/api/rollouts/{name}");

        Assert.Equal(Contract(await rollout.GetStatusAsync().WithTestTimeout()), status);
        var summary = Assert.Single(list, r => (string?)r!["name"] == name)!;
        Assert.Equal(("CREATED", "alice", 1), ((string?)summary["state"], (string?)summary["createdBy"], (int)summary["lpars"]!));
    }

    [Fact]
    public async Task Rollout_Unknown_Is404ProblemNamingIt()
    {
        using var http = Imu.Client();

        var problem = await ProblemAsync(http.GetAsync(new Uri("/api/rollouts/nosuch", UriKind.Relative), Token), HttpStatusCode.NotFound);

        Assert.Equal("no rollout named nosuch; GET /api/rollouts lists the rollouts", (string?)problem["detail"]);
        Assert.Equal("Not found", (string?)problem["title"]);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesEveryResourceAndAction()
    {
        using var http = Imu.Client();

        var paths = JsonNode.Parse(await GetAsync(http, "/openapi/v1.json"))!["paths"]!.AsObject();

        Assert.Equal(
            [
                "/api/events", "/api/fleet", "/api/fleet/ipl-windows", "/api/lpars", "/api/lpars/{name}", "/api/rollouts", "/api/rollouts/{name}",
                "/api/rollouts/{name}/abort", "/api/rollouts/{name}/holds", "/api/rollouts/{name}/pause", "/api/rollouts/{name}/restore",
                "/api/rollouts/{name}/resume", "/api/rollouts/{name}/start", "/api/rollouts/{name}/waves/{index}/approve", "/api/sysmods/{id}",
            ],
            paths.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.NotNull(paths["/api/rollouts/{name}/start"]!["post"]);
        Assert.Null(paths["/api/rollouts/{name}/start"]!["get"]);
    }

    /// <summary>The grain record as the CLI's <c>--json</c> writes it.</summary>
    private static string Contract<T>(T value) => JsonSerializer.Serialize(value, ContractJson.Options);

    private static async Task<string> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), Token).WithTestTimeout();
        var body = await response.Content.ReadAsStringAsync(Token).WithTestTimeout();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return body;
    }

    internal static async Task<JsonNode> ProblemAsync(Task<HttpResponseMessage> request, HttpStatusCode expected)
    {
        using var response = await request.WithTestTimeout();
        var body = await response.Content.ReadAsStringAsync(Token).WithTestTimeout();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(body)!;
    }
}
