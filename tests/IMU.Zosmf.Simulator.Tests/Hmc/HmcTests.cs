using System.Net.Http.Json;
using System.Text.Json;
using IMU.Zosmf.Simulator.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace IMU.Zosmf.Simulator.Tests.Hmc;

/// <summary>
/// The simulated HMC refuses what a real HMC refuses (IBM, HMC Web Services API; zhmcclient's session
/// and mock HMC for the session reason codes and reason 263): no session, an expired session, a load of
/// an operating LPAR without force, values the Load operation does not take.
/// </summary>
public sealed class HmcTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Request_WithoutSession_Is403Reason4()
    {
        await using var simulator = await ZosmfSimulator.StartAsync(new SimulatorOptions { Systems = 1 }, Ct).WithTestTimeout();
        using var client = new RawClient(simulator);

        var (status, error) = await client.FailAsync(RawClient.Hmc(HttpMethod.Get, "api/console/operations/list-permitted-logical-partitions", null), Ct);

        Assert.Equal((403, 4), (status, error.GetProperty("reason").GetInt32()));
        Assert.Equal(403, error.GetProperty("http-status").GetInt32());
        Assert.Equal("GET", error.GetProperty("request-method").GetString());
    }

    [Fact]
    public async Task Session_ExpiredAfterItsTimeout_Is403Reason5()
    {
        var time = new FakeTimeProvider();
        await using var simulator = await ZosmfSimulator.StartAsync(new SimulatorOptions { Systems = 1, TimeProvider = time, HmcSessionTimeout = TimeSpan.FromMinutes(30) }, Ct).WithTestTimeout();
        using var client = new RawClient(simulator);
        var session = await client.HmcLogonAsync(Ct);

        await client.SendJsonAsync(RawClient.Hmc(HttpMethod.Get, "api/console/operations/list-permitted-logical-partitions", session), Ct);
        time.Advance(TimeSpan.FromMinutes(31));
        var (status, error) = await client.FailAsync(RawClient.Hmc(HttpMethod.Get, "api/console/operations/list-permitted-logical-partitions", session), Ct);

        Assert.Equal((403, 5), (status, error.GetProperty("reason").GetInt32()));
    }

    [Fact]
    public async Task Logon_WithTheWrongPassword_IsRefusedWhenAUserIsConfigured()
    {
        await using var simulator = await ZosmfSimulator.StartAsync(new SimulatorOptions { Systems = 1, UserId = "IBMUSER", Password = "right" }, Ct).WithTestTimeout();
        using var client = new RawClient(simulator, "IBMUSER", "wrong");

        var (status, _) = await client.FailAsync(new HttpRequestMessage(HttpMethod.Post, "api/sessions") { Content = RawClient.Json("""{"userid":"IBMUSER","password":"wrong"}""") }, Ct);

        Assert.Equal(403, status);
    }

    [Fact]
    public async Task Partitions_FoundByNameOnOneHmc_WithTheirLastUsedLoadValues()
    {
        await using var simulator = await ZosmfSimulator.StartAsync(new SimulatorOptions { Systems = 3 }, Ct).WithTestTimeout();
        using var client = new RawClient(simulator);
        var session = await client.HmcLogonAsync(Ct);

        var list = await client.SendJsonAsync(RawClient.Hmc(HttpMethod.Get, "api/console/operations/list-permitted-logical-partitions?name=%5ESYS002%24", session), Ct);
        var uri = list.GetProperty("logical-partitions").EnumerateArray().Single().GetProperty("object-uri").GetString()!;
        var lpar = await client.SendJsonAsync(RawClient.Hmc(HttpMethod.Get, uri.TrimStart('/'), session), Ct);

        Assert.Equal(("SYS002", "operating"), (lpar.GetProperty("name").GetString(), lpar.GetProperty("status").GetString()));
        Assert.Equal(("0A80", "0A8201M1"), (lpar.GetProperty("last-used-load-address").GetString(), lpar.GetProperty("last-used-load-parameter").GetString()));
        Assert.False(lpar.TryGetProperty("next-load-address", out _));
    }

    [Fact]
    public async Task Load_OfAnOperatingLparWithoutForce_JobEndsWithStatus500Reason263()
    {
        await using var simulator = await ZosmfSimulator.StartAsync(new SimulatorOptions { Systems = 1 }, Ct).WithTestTimeout();
        using var client = new RawClient(simulator);
        var (session, uri) = await PartitionAsync(client);

        var started = await client.SendJsonAsync(RawClient.Hmc(HttpMethod.Post, uri + "/operations/load", session, RawClient.Json("""{"load-address":"0A81","load-parameter":"0A8202M1"}""")), Ct);
        var job = await client.SendJsonAsync(RawClient.Hmc(HttpMethod.Get, started.GetProperty("job-uri").GetString()!.TrimStart('/'), session), Ct);

        Assert.Equal(("complete", 500, 263), (job.GetProperty("status").GetString(), job.GetProperty("job-status-code").GetInt32(), job.GetProperty("job-reason-code").GetInt32()));
        Assert.Contains("force was not specified", job.GetProperty("job-results").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(simulator.History("SYS001"));
    }

    [Fact]
    public async Task Load_WithForce_ZosmfAnswersNothingUntilZosIsUpWellAfterTheLparIsOperating()
    {
        var time = new FakeTimeProvider();
        await using var simulator = await ZosmfSimulator.StartAsync(new SimulatorOptions { Systems = 1, TimeProvider = time, IplDuration = TimeSpan.FromMinutes(4) }, Ct).WithTestTimeout();
        using var client = new RawClient(simulator);
        var (session, uri) = await PartitionAsync(client);

        var started = await client.SendJsonAsync(RawClient.Hmc(HttpMethod.Post, uri + "/operations/load", session, RawClient.Json("""{"force":true}""")), Ct);
        var jobUri = started.GetProperty("job-uri").GetString()!.TrimStart('/');
        var loading = await client.SendJsonAsync(RawClient.Hmc(HttpMethod.Get, uri, session), Ct);
        time.Advance(TimeSpan.FromMinutes(1));
        var operating = await client.SendJsonAsync(RawClient.Hmc(HttpMethod.Get, uri, session), Ct);
        var job = await client.SendJsonAsync(RawClient.Hmc(HttpMethod.Get, jobUri, session), Ct);
        var silent = await Assert.ThrowsAsync<HttpRequestException>(() => client.Http.SendAsync(client.Zosmf(HttpMethod.Get, "SYS001", "restjobs/jobs"), Ct)).WithTestTimeout();
        time.Advance(TimeSpan.FromMinutes(3));
        var answering = await client.SendJsonAsync(client.Zosmf(HttpMethod.Get, "SYS001", "restjobs/jobs"), Ct);

        Assert.Equal("not-operating", loading.GetProperty("status").GetString());
        Assert.Equal(("operating", "complete", 204), (operating.GetProperty("status").GetString(), job.GetProperty("status").GetString(), job.GetProperty("job-status-code").GetInt32()));
        Assert.NotNull(silent);
        Assert.Equal(JsonValueKind.Array, answering.ValueKind);
        var ipl = Assert.Single(simulator.History("SYS001"));
        Assert.Equal(("IPL", "0A80", "0A8201M1"), (ipl.Command, ipl.LoadAddress, ipl.LoadParameter));
    }

    [Theory]
    [InlineData("""{"load-address":"0A81","load-parameter":"0A8202M1XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX","force":true}""", "'load-parameter'")]
    [InlineData("""{"load-address":"NOTHEX","force":true}""", "'load-address'")]
    [InlineData("""{"load-address":42}""", "not the JSON")]
    [InlineData("""{"force":""", "not the JSON")]
    public async Task Load_WithValuesTheHmcDoesNotTake_Is400InTheHmcErrorShape(string body, string reason)
    {
        await using var simulator = await ZosmfSimulator.StartAsync(new SimulatorOptions { Systems = 1 }, Ct).WithTestTimeout();
        using var client = new RawClient(simulator);
        var (session, uri) = await PartitionAsync(client);

        var (status, error) = await client.FailAsync(RawClient.Hmc(HttpMethod.Post, uri + "/operations/load", session, RawClient.Json(body)), Ct);

        Assert.Equal((400, 400), (status, error.GetProperty("http-status").GetInt32()));
        Assert.Contains(reason, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_LoadParameterOf100000Characters_Is400()
    {
        await using var simulator = await ZosmfSimulator.StartAsync(new SimulatorOptions { Systems = 1 }, Ct).WithTestTimeout();
        using var client = new RawClient(simulator);
        var (session, uri) = await PartitionAsync(client);
        var body = JsonContent.Create(new Dictionary<string, object> { ["load-address"] = "0A81", ["load-parameter"] = new string('A', 100_000), ["force"] = true });

        var (status, _) = await client.FailAsync(RawClient.Hmc(HttpMethod.Post, uri + "/operations/load", session, body), Ct);

        Assert.True(status is 400 or 413, status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(simulator.History("SYS001"));
    }

    private static async Task<(string Session, string Uri)> PartitionAsync(RawClient client)
    {
        var session = await client.HmcLogonAsync(Ct);
        var list = await client.SendJsonAsync(RawClient.Hmc(HttpMethod.Get, "api/console/operations/list-permitted-logical-partitions?name=SYS001", session), Ct);
        return (session, list.GetProperty("logical-partitions")[0].GetProperty("object-uri").GetString()!.TrimStart('/'));
    }
}
