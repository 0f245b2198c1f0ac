using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IMU.Zosmf.Http;
using IMU.Zosmf.Jobs;
using IMU.Zosmf.Simulator.Faults;
using IMU.Zosmf.Tests.Support;

namespace IMU.Zosmf.Tests;

/// <summary>The agent's requests as the simulator receives them, and the servers' answers as the agent reads them.</summary>
public sealed class AgentInterfaceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SubmittedJcl_CodesTheJobClassOnTheJobCardTheReportsAsSysoutAndTheCsiShared()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        var agent = harness.Factory().Create(harness.Connection("SYS001") with { JobClass = "K", InternalReaderClass = "A" });

        var result = await agent.RunAsync(SmpeJob.List("GLOBAL"), "jcl/list", Ct).WithTestTimeout();
        var job = await Get(harness, $"systems/SYS001/zosmf/restjobs/jobs/{result.JobName}/{result.JobId}");
        var jcl = await GetText(harness, $"systems/SYS001/zosmf/restjobs/jobs/{result.JobName}/{result.JobId}/files/JCL/records");

        Assert.Equal("K", job.GetProperty("class").GetString());
        Assert.Contains("//SMPCSI   DD DISP=SHR,DSN=SMPE.GLOBAL.CSI", jcl, StringComparison.Ordinal);
        Assert.Contains("//SMPRPT   DD SYSOUT=*", jcl, StringComparison.Ordinal);
        Assert.Equal(0, result.ReturnCode);
        Assert.Contains(result.Messages, m => m.Id == "GIM20501" && m.Text == "LIST PROCESSING IS COMPLETE. THE HIGHEST RETURN CODE WAS 00.");
    }

    [Fact]
    public async Task ConsoleAnswerLate_IsCollectedFromSolmsgs()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        harness.Simulator.AddFault("SYS002", new SimulatorFault(SimulatorFaultOperation.Console, SimulatorFaultKind.Slow));

        var info = await harness.Agent("SYS002").GetIplInfoAsync(Ct).WithTestTimeout();

        Assert.Equal(("RESA01", "00A80", "LOAD01"), (info.IplVolume, info.IplDevice, info.LoadMember));
    }

    [Fact]
    public async Task ZosmfErrorBody_OfAnUnknownJob_ReachesTheTypedError()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        using var http = new HttpClient();
        var channel = new LparHttpChannel(http, "SYS001", harness.Simulator.ZosmfBaseAddress("SYS001"), "zosmf SYS001", request => request.Headers.Authorization = SimulatorHarness.Credentials.ToHeader());

        var error = await Assert.ThrowsAsync<LparAgentException>(() => new ZosmfJobsClient(channel, "A").GetStatusAsync("IMNOSUCH", "JOB99999", Ct)).WithTestTimeout();

        Assert.Equal((LparAgentErrorKind.HttpError, 400, 10), (error.Kind, error.HttpStatus, error.Reason));
        Assert.Contains("No job found for reference: 'IMNOSUCH(JOB99999)'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongZosmfPassword_IsUnauthorizedWithTheServersMessage()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        var agent = harness.Agent("SYS001", credentials: LparCredentials.Basic(SimulatorHarness.UserId, "wrong-password"));

        var error = await Assert.ThrowsAsync<LparAgentException>(() => agent.GetIplInfoAsync(Ct)).WithTestTimeout();

        Assert.Equal((LparAgentErrorKind.Unauthorized, 401), (error.Kind, error.HttpStatus));
        Assert.Contains("not accepted", error.Message, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> Get(SimulatorHarness harness, string path)
        => JsonDocument.Parse(await GetText(harness, path)).RootElement.Clone();

    private static async Task<string> GetText(SimulatorHarness harness, string path)
    {
        using var http = new HttpClient { BaseAddress = harness.Simulator.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{SimulatorHarness.UserId}:{SimulatorHarness.Password}")));
        using var response = await http.SendAsync(request, Ct).WithTestTimeout();
        return await response.Content.ReadAsStringAsync(Ct).WithTestTimeout();
    }
}
