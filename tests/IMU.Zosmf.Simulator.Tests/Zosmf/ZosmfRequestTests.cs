using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IMU.Zosmf.Simulator.Tests.Support;

namespace IMU.Zosmf.Simulator.Tests.Zosmf;

/// <summary>
/// Bad and refused z/OSMF requests are answered as z/OSMF answers them: a 4xx with
/// <c>{rc, reason, category, message}</c> (IBM, z/OSMF REST jobs interface, "Error handling"), never an empty 500.
/// </summary>
public sealed class ZosmfRequestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("{\"cmd\":", "application/json", "not the JSON")]
    [InlineData("{\"cmd\":42}", "application/json", "not the JSON")]
    [InlineData("{\"cmd\":\"D IPLINFO\"}", null, "Content-Type: application/json")]
    [InlineData("{}", "application/json", "'cmd' is required")]
    public async Task ConsoleCommand_BadBody_Is400WithTheReason(string body, string? contentType, string reason)
    {
        await using var simulator = await ZosmfSimulator.StartAsync(new SimulatorOptions { Systems = 1 }, Ct).WithTestTimeout();
        using var client = new RawClient(simulator);
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = contentType is null ? null : new MediaTypeHeaderValue(contentType);

        var (status, error) = await client.FailAsync(client.Zosmf(HttpMethod.Put, "SYS001", "restconsoles/consoles/defcn", content), Ct);

        Assert.Equal(400, status);
        Assert.Contains(reason, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, error.GetProperty("rc").GetInt32());
    }

    [Fact]
    public async Task JobStatus_OfAnUnknownJob_Is400Rc4Reason10()
    {
        await using var simulator = await ZosmfSimulator.StartAsync(new SimulatorOptions { Systems = 1 }, Ct).WithTestTimeout();
        using var client = new RawClient(simulator);

        var (status, error) = await client.FailAsync(client.Zosmf(HttpMethod.Get, "SYS001", "restjobs/jobs/NOSUCH/JOB00042"), Ct);

        Assert.Equal((400, 4, 10, 6), (status, error.GetProperty("rc").GetInt32(), error.GetProperty("reason").GetInt32(), error.GetProperty("category").GetInt32()));
        Assert.Equal("No job found for reference: 'NOSUCH(JOB00042)'", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Submit_NotJclText_RecordPast80_OrTooLarge_IsRefused()
    {
        await using var simulator = await ZosmfSimulator.StartAsync(new SimulatorOptions { Systems = 1, MaxJclBytes = 4096 }, Ct).WithTestTimeout();
        using var client = new RawClient(simulator);

        var json = await client.FailAsync(client.Zosmf(HttpMethod.Put, "SYS001", "restjobs/jobs", RawClient.Json("""{"file":"//'HLQ.JCL(JOB)'"}""")), Ct);
        var wide = await client.FailAsync(client.Zosmf(HttpMethod.Put, "SYS001", "restjobs/jobs", new StringContent("//J JOB (A)" + new string(' ', 80) + "X\n", Encoding.UTF8, "text/plain")), Ct);
        var large = await client.FailAsync(client.Zosmf(HttpMethod.Put, "SYS001", "restjobs/jobs", new StringContent(string.Concat(Enumerable.Repeat("//* COMMENT\n", 1000)), Encoding.UTF8, "text/plain")), Ct);

        Assert.Equal(400, json.Status);
        Assert.Equal(400, wide.Status);
        Assert.Equal(413, large.Status);
        Assert.True(large.Body.TryGetProperty("message", out _));
        Assert.Equal(0, simulator.ListSystems()[0].JobsSubmitted);
    }

    [Fact]
    public async Task Submit_WithoutCsrfHeader_Is403()
    {
        await using var simulator = await ZosmfSimulator.StartAsync(new SimulatorOptions { Systems = 1 }, Ct).WithTestTimeout();
        using var client = new RawClient(simulator);
        var request = client.Zosmf(HttpMethod.Put, "SYS001", "restjobs/jobs", new StringContent(RawClient.Gimsmp("J", "SET BOUNDARY(GLOBAL).\nLIST SYSMODS."), Encoding.UTF8, "text/plain"));
        request.Headers.Remove("X-CSRF-ZOSMF-HEADER");

        var (status, _) = await client.FailAsync(request, Ct);

        Assert.Equal(403, status);
    }

    [Theory]
    [InlineData("IBMUSER", "right", null, true)]
    [InlineData("IBMUSER", "wrong", null, false)]
    [InlineData(null, null, "the-token", true)]
    [InlineData(null, null, "not-the-token", false)]
    public async Task Credentials_GivenToTheSimulator_AreEnforced(string? user, string? password, string? token, bool accepted)
    {
        await using var simulator = await ZosmfSimulator.StartAsync(new SimulatorOptions { Systems = 1, UserId = "IBMUSER", Password = "right", BearerToken = "the-token" }, Ct).WithTestTimeout();
        using var http = new HttpClient { BaseAddress = simulator.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "systems/SYS001/zosmf/restjobs/jobs");
        request.Headers.Authorization = token is null
            ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")))
            : new AuthenticationHeaderValue("Bearer", token);

        using var response = await http.SendAsync(request, Ct).WithTestTimeout();

        Assert.Equal(accepted ? 200 : 401, (int)response.StatusCode);
    }

    [Fact]
    public async Task Spool_PastItsLimit_PurgesTheOldestFinishedJobs()
    {
        await using var simulator = await ZosmfSimulator.StartAsync(new SimulatorOptions { Systems = 1, SpoolLimitJobs = 3 }, Ct).WithTestTimeout();
        using var client = new RawClient(simulator);
        var jobs = new List<JsonElement>();
        for (var i = 0; i < 5; i++)
        {
            jobs.Add(await client.RunJobAsync("SYS001", RawClient.Gimsmp($"LIST{i}", "SET BOUNDARY(GLOBAL).\nLIST SYSMODS."), Ct));
        }

        var listed = await client.SendJsonAsync(client.Zosmf(HttpMethod.Get, "SYS001", "restjobs/jobs?owner=*&prefix=LIST*"), Ct);
        var (status, _) = await client.FailAsync(client.Zosmf(HttpMethod.Get, "SYS001", $"restjobs/jobs/LIST0/{jobs[0].GetProperty("jobid").GetString()}"), Ct);

        Assert.Equal(["LIST2", "LIST3", "LIST4"], listed.EnumerateArray().Select(j => j.GetProperty("jobname").GetString()));
        Assert.Equal(400, status);
        Assert.Equal(5, simulator.ListSystems()[0].JobsSubmitted);
    }

    [Fact]
    public async Task Purge_RemovesTheJobAndItsOutput()
    {
        await using var simulator = await ZosmfSimulator.StartAsync(new SimulatorOptions { Systems = 1 }, Ct).WithTestTimeout();
        using var client = new RawClient(simulator);
        var job = await client.RunJobAsync("SYS001", RawClient.Gimsmp("PURGEME", "SET BOUNDARY(GLOBAL).\nLIST SYSMODS."), Ct);
        var id = job.GetProperty("jobid").GetString();

        var purged = await client.SendJsonAsync(client.Zosmf(HttpMethod.Delete, "SYS001", $"restjobs/jobs/PURGEME/{id}"), Ct);
        var (status, _) = await client.FailAsync(client.Zosmf(HttpMethod.Get, "SYS001", $"restjobs/jobs/PURGEME/{id}/files"), Ct);

        Assert.Equal((id, 0), (purged.GetProperty("jobid").GetString(), purged.GetProperty("status").GetInt32()));
        Assert.Equal(400, status);
    }

    [Fact]
    public async Task SmpeOutput_NotCodedAsSysout_IsNotOnTheSpool()
    {
        await using var simulator = await ZosmfSimulator.StartAsync(new SimulatorOptions { Systems = 1 }, Ct).WithTestTimeout();
        using var client = new RawClient(simulator);
        var jcl = RawClient.Gimsmp("NOSYSOUT", "SET BOUNDARY(GLOBAL).\nLIST SYSMODS.").Replace("//SMPOUT   DD SYSOUT=*\n//SMPRPT   DD SYSOUT=*\n//SMPLIST  DD SYSOUT=*\n", string.Empty, StringComparison.Ordinal);

        var job = await client.RunJobAsync("SYS001", jcl, Ct);
        var files = await client.SendJsonAsync(client.Zosmf(HttpMethod.Get, "SYS001", $"restjobs/jobs/NOSYSOUT/{job.GetProperty("jobid").GetString()}/files"), Ct);

        Assert.Equal("CC 0000", job.GetProperty("retcode").GetString());
        Assert.Equal(["JESMSGLG", "JESJCL"], files.EnumerateArray().Select(f => f.GetProperty("ddname").GetString()));
    }

    [Fact]
    public async Task SmpcsiNotTheGlobalCsi_IsAJclError()
    {
        await using var simulator = await ZosmfSimulator.StartAsync(new SimulatorOptions { Systems = 1 }, Ct).WithTestTimeout();
        using var client = new RawClient(simulator);

        var job = await client.RunJobAsync("SYS001", RawClient.Gimsmp("WRONGCSI", "SET BOUNDARY(GLOBAL).\nLIST SYSMODS.", csi: "OTHER.GLOBAL.CSI"), Ct);
        var log = await client.SpoolAsync("SYS001", job, "JESMSGLG", Ct);

        Assert.Equal("JCL ERROR", job.GetProperty("retcode").GetString());
        Assert.Contains("IEF212I WRONGCSI SMPE SMPCSI - DATA SET NOT FOUND", log, StringComparison.Ordinal);
        Assert.Empty(simulator.History("SYS001"));
    }
}
