using System.Net;
using System.Text.Json;
using IMU.Zosmf.Simulator.Tests.Support;

namespace IMU.Zosmf.Simulator.Tests.Control;

/// <summary>The control API as scripts and the orchestrator's tests call it: systems, history and faults over HTTP.</summary>
public sealed class ControlApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Systems_ListsEveryNameWithItsStateAndCounters()
    {
        await using var simulator = await ZosmfSimulator.StartAsync(new SimulatorOptions { Systems = 3 }, Ct).WithTestTimeout();
        using var client = new RawClient(simulator);

        var systems = await client.SendJsonAsync(new HttpRequestMessage(HttpMethod.Get, "simulator/systems"), Ct);

        Assert.Equal(["SYS001", "SYS002", "SYS003"], systems.EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        var first = systems[0];
        Assert.Equal((false, 0, 0), (first.GetProperty("down").GetBoolean(), first.GetProperty("appliesExecuted").GetInt32(), first.GetProperty("iplsCompleted").GetInt32()));
    }

    [Fact]
    public async Task History_AfterAJob_ListsEachSmpeCommandWithItsSysmodsJobAndUtcTimes()
    {
        await using var simulator = await ZosmfSimulator.StartAsync(new SimulatorOptions { Systems = 1 }, Ct).WithTestTimeout();
        using var client = new RawClient(simulator);
        await client.RunJobAsync("SYS001", RawClient.Gimsmp("RECV", "SET BOUNDARY(GLOBAL).\nRECEIVE SYSMODS.", TestMcs.FunctionAndPtfs), Ct);

        var job = await client.RunJobAsync("SYS001", RawClient.Gimsmp("APPL", "SET BOUNDARY(TGT1).\nAPPLY SELECT(HBB7790) CHECK.\nAPPLY SELECT(HBB7790,UJ00002)."), Ct);
        var history = await client.SendJsonAsync(new HttpRequestMessage(HttpMethod.Get, "simulator/systems/SYS001/history"), Ct);

        Assert.Equal("CC 0008", job.GetProperty("retcode").GetString());
        Assert.Equal(["RECEIVE", "APPLY", "APPLY"], history.EnumerateArray().Select(h => h.GetProperty("command").GetString()));
        var check = history[1];
        var apply = history[2];
        Assert.True(check.GetProperty("check").GetBoolean());
        Assert.False(apply.GetProperty("check").GetBoolean());
        Assert.Equal((8, "APPLIED", "HELD"), (apply.GetProperty("returnCode").GetInt32(), apply.GetProperty("sysmods").GetProperty("HBB7790").GetString(), apply.GetProperty("sysmods").GetProperty("UJ00002").GetString()));
        Assert.Equal($"APPL({job.GetProperty("jobid").GetString()})", apply.GetProperty("job").GetString());
        Assert.EndsWith("Z", apply.GetProperty("start").GetString(), StringComparison.Ordinal);
        Assert.True(apply.GetProperty("end").GetDateTime() >= apply.GetProperty("start").GetDateTime());
        Assert.False(apply.TryGetProperty("loadAddress", out _));
        Assert.Equal(1, simulator.ListSystems()[0].AppliesExecuted);
    }

    [Fact]
    public async Task Fault_PostedOverHttp_HitsTheNextMatchingJobOnly()
    {
        await using var simulator = await ZosmfSimulator.StartAsync(new SimulatorOptions { Systems = 1 }, Ct).WithTestTimeout();
        using var client = new RawClient(simulator);
        using var post = await client.Http.PostAsync("simulator/systems/SYS001/faults", RawClient.Json("""{"operation":"apply","kind":"http500","count":1}"""), Ct).WithTestTimeout();

        var list = await client.RunJobAsync("SYS001", RawClient.Gimsmp("LIST1", "SET BOUNDARY(TGT1).\nLIST SYSMODS."), Ct);
        var (status, error) = await client.FailAsync(client.Zosmf(HttpMethod.Put, "SYS001", "restjobs/jobs", new StringContent(RawClient.Gimsmp("APPL", "SET BOUNDARY(TGT1).\nAPPLY SELECT(HBB7790)."), System.Text.Encoding.UTF8, "text/plain")), Ct);
        var apply = await client.RunJobAsync("SYS001", RawClient.Gimsmp("APPL", "SET BOUNDARY(TGT1).\nAPPLY SELECT(HBB7790)."), Ct);

        Assert.Equal(HttpStatusCode.NoContent, post.StatusCode);
        Assert.Equal("CC 0000", list.GetProperty("retcode").GetString());
        Assert.Equal(500, status);
        Assert.True(error.TryGetProperty("rc", out _) && error.TryGetProperty("reason", out _) && error.TryGetProperty("category", out _) && error.TryGetProperty("message", out _));
        Assert.Equal("CC 0008", apply.GetProperty("retcode").GetString());
    }

    [Fact]
    public async Task Fault_Down_TakesTheSystemDownUntilTheFaultsAreDeleted()
    {
        await using var simulator = await ZosmfSimulator.StartAsync(new SimulatorOptions { Systems = 2 }, Ct).WithTestTimeout();
        using var client = new RawClient(simulator);

        using var post = await client.Http.PostAsync("simulator/systems/SYS002/faults", RawClient.Json("""{"operation":"any","kind":"down"}"""), Ct).WithTestTimeout();
        var down = await client.SendJsonAsync(new HttpRequestMessage(HttpMethod.Get, "simulator/systems"), Ct);
        var dropped = await Assert.ThrowsAsync<HttpRequestException>(() => client.Http.SendAsync(client.Zosmf(HttpMethod.Get, "SYS002", "restjobs/jobs"), Ct)).WithTestTimeout();
        using var delete = await client.Http.DeleteAsync("simulator/systems/SYS002/faults", Ct).WithTestTimeout();
        var up = await client.SendJsonAsync(new HttpRequestMessage(HttpMethod.Get, "simulator/systems"), Ct);

        Assert.Equal([false, true], down.EnumerateArray().Select(s => s.GetProperty("down").GetBoolean()));
        Assert.NotNull(dropped);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal([false, false], up.EnumerateArray().Select(s => s.GetProperty("down").GetBoolean()));
        Assert.Equal(JsonValueKind.Array, (await client.SendJsonAsync(client.Zosmf(HttpMethod.Get, "SYS002", "restjobs/jobs"), Ct)).ValueKind);
    }

    [Theory]
    [InlineData("""{"operation":"nonsense","kind":"http500"}""", "'operation' must be one of")]
    [InlineData("""{"operation":"apply","kind":"explode"}""", "'kind' must be one of")]
    [InlineData("""{"operation":"apply","kind":"slow","count":0}""", "'count'")]
    [InlineData("""{"operation":"apply","kind":"canceled"}""", "ipl only")]
    [InlineData("""{"operation":42}""", "not the JSON")]
    public async Task Fault_NotValid_Is400WithTheReason(string body, string reason)
    {
        await using var simulator = await ZosmfSimulator.StartAsync(new SimulatorOptions { Systems = 1 }, Ct).WithTestTimeout();
        using var client = new RawClient(simulator);

        var (status, error) = await client.FailAsync(new HttpRequestMessage(HttpMethod.Post, "simulator/systems/SYS001/faults") { Content = RawClient.Json(body) }, Ct);

        Assert.Equal(400, status);
        Assert.Contains(reason, error.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownSystem_Is404()
    {
        await using var simulator = await ZosmfSimulator.StartAsync(new SimulatorOptions { Systems = 1 }, Ct).WithTestTimeout();
        using var client = new RawClient(simulator);

        var (status, _) = await client.FailAsync(new HttpRequestMessage(HttpMethod.Get, "simulator/systems/SYS999/history"), Ct);

        Assert.Equal(404, status);
    }
}
