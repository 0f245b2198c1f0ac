using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using IMU.Grains;
using IMU.Grains.Models;
using IMU.Zosmf.Simulator.Faults;

namespace IMU.Silo.Tests.Api;

/// <summary>
/// The actions: POSTs through the rollout grain's methods, answered with the rollout after the action,
/// with the silo's OS user as the audit's <c>by</c> (no token configured); every refusal a problem.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class ApiActionTests(DashboardFixture fixture)
{
    private DashboardSilo Imu => fixture.Silo;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_CreatedRollout_RunsToCompletionAndTheAuditNamesTheOsUser()
    {
        var (name, rollout) = await PlainRolloutAsync();
        using var http = Imu.Client();

        var answer = await PostAsync(http, $"/api/rollouts/{name}/start", new { reason = "RSU2612 on the test plex" });

        Assert.Equal(name, (string?)answer["name"]);
        Assert.NotEqual("CREATED", (string?)answer["state"]);
        var status = await Imu.WaitAsync(rollout, s => s.State == RolloutState.Completed);
        var start = Assert.Single(status.Audit, e => e.Action == "start");
        Assert.Equal((Environment.UserName, "RSU2612 on the test plex"), (start.By, start.Reason));
    }

    [Fact]
    public async Task Start_AlreadyStarted_Is409WithTheGrainsReason()
    {
        var (name, rollout) = await PlainRolloutAsync();
        await rollout.StartAsync(new OperatorAction("alice")).WithTestTimeout();
        await Imu.WaitAsync(rollout, s => s.State == RolloutState.Completed);
        using var http = Imu.Client();

        var problem = await ApiResourceTests.ProblemAsync(Post(http, $"/api/rollouts/{name}/start", "{}"), HttpStatusCode.Conflict);

        Assert.Equal($"cannot start rollout {name}: it is COMPLETED; start takes a CREATED rollout", (string?)problem["detail"]);
        Assert.Equal(name, (string?)problem["culprit"]);
    }

    [Theory]
    [InlineData("start")]
    [InlineData("pause")]
    [InlineData("resume")]
    [InlineData("abort")]
    [InlineData("restore")]
    [InlineData("waves/2/approve")]
    public async Task Action_UnknownRollout_Is404NamingIt(string action)
    {
        using var http = Imu.Client();

        var problem = await ApiResourceTests.ProblemAsync(Post(http, $"/api/rollouts/nosuch/{action}", """{"reason": "why"}"""), HttpStatusCode.NotFound);

        Assert.Equal("no rollout named nosuch; GET /api/rollouts lists the rollouts", (string?)problem["detail"]);
    }

    [Fact]
    public async Task PauseThenResume_RunningRollout_PausesRunsOnAndBothAreInTheAudit()
    {
        var (name, rollout) = await PlainRolloutAsync(out var lpar);
        // The RECEIVE job stays ACTIVE a few seconds, so the rollout is still RUNNING when it is paused.
        Imu.Simulator.AddFault(lpar, new SimulatorFault(SimulatorFaultOperation.Receive, SimulatorFaultKind.Slow, Seconds: 3));
        await rollout.StartAsync(new OperatorAction("alice")).WithTestTimeout();
        using var http = Imu.Client();

        var paused = await PostAsync(http, $"/api/rollouts/{name}/pause", new { reason = "change freeze until the batch ends" });
        var resumed = await PostAsync(http, $"/api/rollouts/{name}/resume", new { });

        Assert.Equal("PAUSED", (string?)paused["state"]);
        Assert.NotEqual("PAUSED", (string?)resumed["state"]);
        var status = await Imu.WaitAsync(rollout, s => s.State == RolloutState.Completed);
        Assert.Equal(["start", "pause", "resume"], status.Audit.Where(e => e.Action is "start" or "pause" or "resume").Select(e => e.Action));
        Assert.Equal("change freeze until the batch ends", status.Audit.Single(e => e.Action == "pause").Reason);
    }

    [Fact]
    public async Task Pause_CreatedRollout_Is409()
    {
        var (name, _) = await PlainRolloutAsync();
        using var http = Imu.Client();

        var problem = await ApiResourceTests.ProblemAsync(Post(http, $"/api/rollouts/{name}/pause", "{}"), HttpStatusCode.Conflict);

        Assert.StartsWith($"cannot pause rollout {name}: it is CREATED", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Abort_CreatedRollout_IsAbortedWithTheReasonInTheAudit()
    {
        var (name, rollout) = await PlainRolloutAsync();
        using var http = Imu.Client();

        var answer = await PostAsync(http, $"/api/rollouts/{name}/abort", new { reason = "wrong SYSMODs" });

        Assert.Equal("ABORTED", (string?)answer["state"]);
        var abort = Assert.Single((await rollout.GetStatusAsync().WithTestTimeout())!.Audit, e => e.Action == "abort");
        Assert.Equal((Environment.UserName, "wrong SYSMODs"), (abort.By, abort.Reason));
    }

    [Fact]
    public async Task Restore_CompletedRollout_RestoresWhatItApplied()
    {
        var (name, rollout) = await PlainRolloutAsync();
        await rollout.StartAsync(new OperatorAction("alice")).WithTestTimeout();
        await Imu.WaitAsync(rollout, s => s.State == RolloutState.Completed);
        using var http = Imu.Client();

        var answer = await PostAsync(http, $"/api/rollouts/{name}/restore", new { reason = "PE found after install" });

        Assert.Contains((string?)answer["state"], new[] { "RESTORING", "RESTORED" });
        var status = await Imu.WaitAsync(rollout, s => s.State == RolloutState.Restored);
        Assert.Equal(Environment.UserName, status.Audit.Single(e => e.Action == "restore").By);
    }

    [Fact]
    public async Task Approve_MissingReason_Is400NamingTheField()
    {
        var (name, _) = await ApprovalRolloutAsync();
        using var http = Imu.Client();

        var problem = await ApiResourceTests.ProblemAsync(Post(http, $"/api/rollouts/{name}/waves/2/approve", """{"reason": "  "}"""), HttpStatusCode.BadRequest);

        Assert.Equal("an approval of wave 2 needs a reason: the audit record says why the wave was let through", (string?)problem["detail"]);
        Assert.Equal("reason", (string?)problem["culprit"]);
    }

    [Fact]
    public async Task Approve_UnknownWave_Is404()
    {
        var (name, _) = await ApprovalRolloutAsync();
        using var http = Imu.Client();

        var problem = await ApiResourceTests.ProblemAsync(Post(http, $"/api/rollouts/{name}/waves/7/approve", """{"reason": "go"}"""), HttpStatusCode.NotFound);

        Assert.Equal($"rollout {name} has waves 1 to 2; there is no wave 7", (string?)problem["detail"]);
    }

    [Fact]
    public async Task Approve_WaveNotWaitingForApproval_Is409AndApprovesNothing()
    {
        var (name, rollout) = await ApprovalRolloutAsync();
        using var http = Imu.Client();

        var problem = await ApiResourceTests.ProblemAsync(Post(http, $"/api/rollouts/{name}/waves/2/approve", """{"reason": "go"}"""), HttpStatusCode.Conflict);

        Assert.Contains("wave 2", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.DoesNotContain((await rollout.GetStatusAsync().WithTestTimeout())!.Audit, e => e.Action == "approve");
    }

    [Fact]
    public async Task Approve_WaveAwaitingApproval_StartsItAndTheAuditHasWhoAndWhy()
    {
        var (name, rollout) = await ApprovalRolloutAsync();
        await rollout.StartAsync(new OperatorAction("alice")).WithTestTimeout();
        await Imu.WaitAsync(rollout, s => s.Waves[1].State == WaveState.AwaitingApproval);
        using var http = Imu.Client();

        await PostAsync(http, $"/api/rollouts/{name}/waves/2/approve", new { reason = "wave 1 ran a day clean" });

        var status = await Imu.WaitAsync(rollout, s => s.State == RolloutState.Completed);
        var approve = Assert.Single(status.Audit, e => e.Action == "approve");
        Assert.Equal((Environment.UserName, "wave 1 ran a day clean"), (approve.By, approve.Reason));
    }

    [Fact]
    public async Task HoldDecision_HeldSysmod_IsBypassedAppliedAndAuditedWithWhoAndWhy()
    {
        var (name, rollout) = await HeldRolloutAsync();
        await rollout.StartAsync(new OperatorAction("alice")).WithTestTimeout();
        await Imu.WaitAsync(rollout, s => s.State == RolloutState.Waiting && s.Lpars.All(l => l.State == LparState.Held));
        using var http = Imu.Client();

        await PostAsync(http, $"/api/rollouts/{name}/holds", new { sysmod = "UJ00003", bypass = "HOLDERROR(AA00002)", reason = "PE fix verified on the test plex" });

        var status = await Imu.WaitAsync(rollout, s => s.State == RolloutState.Completed);
        var bypass = Assert.Single(status.Audit, e => e.Action == "bypass");
        Assert.Equal((Environment.UserName, "PE fix verified on the test plex"), (bypass.By, bypass.Reason));
        Assert.Contains("HOLDERROR(AA00002)", bypass.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"bypass": "HOLDERROR(AA00002)", "reason": "ok"}""", "sysmod")]
    [InlineData("""{"sysmod": "UJ00003", "reason": "ok"}""", "bypass")]
    [InlineData("""{"sysmod": "UJ00003", "bypass": "HOLDERROR(AA00002)"}""", "reason")]
    public async Task HoldDecision_MissingField_Is400NamingIt(string body, string field)
    {
        var (name, _) = await HeldRolloutAsync();
        using var http = Imu.Client();

        var problem = await ApiResourceTests.ProblemAsync(Post(http, $"/api/rollouts/{name}/holds", body), HttpStatusCode.BadRequest);

        Assert.Equal(field, (string?)problem["culprit"]);
        Assert.StartsWith($"a hold decision needs {field}", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task HoldDecision_SysmodNotInTheRollout_Is404()
    {
        var (name, _) = await HeldRolloutAsync();
        using var http = Imu.Client();

        var problem = await ApiResourceTests.ProblemAsync(
            Post(http, $"/api/rollouts/{name}/holds", """{"sysmod": "UJ00001", "bypass": "HOLDERROR(AA00002)", "reason": "ok"}"""),
            HttpStatusCode.NotFound);

        Assert.Equal($"SYSMOD UJ00001 is not in rollout {name}; its SYSMODs are UJ00003", (string?)problem["detail"]);
    }

    [Fact]
    public async Task HoldDecision_SysmodNotHeld_Is409WithTheGrainsReason()
    {
        var (name, rollout) = await HeldRolloutAsync();
        using var http = Imu.Client();

        var problem = await ApiResourceTests.ProblemAsync(
            Post(http, $"/api/rollouts/{name}/holds", """{"sysmod": "UJ00003", "bypass": "HOLDERROR(AA00002)", "reason": "ok"}"""),
            HttpStatusCode.Conflict);

        Assert.StartsWith($"SYSMOD UJ00003 is not HELD in rollout {name}", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.DoesNotContain((await rollout.GetStatusAsync().WithTestTimeout())!.Audit, e => e.Action == "bypass");
    }

    [Fact]
    public async Task Action_WithGet_Is405AndChangesNothing()
    {
        var (name, rollout) = await PlainRolloutAsync();
        using var http = Imu.Client();

        using var response = await http.GetAsync(new Uri($"/api/rollouts/{name}/start", UriKind.Relative), Token).WithTestTimeout();

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(RolloutState.Created, (await rollout.GetStatusAsync().WithTestTimeout())!.State);
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task Action_WithoutJsonBody_Is415AndChangesNothing(string? contentType)
    {
        var (name, rollout) = await PlainRolloutAsync();
        using var http = Imu.Client();
        using var content = contentType is null ? null : new StringContent("reason=go", Encoding.UTF8, contentType);

        var problem = await ApiResourceTests.ProblemAsync(http.PostAsync(new Uri($"/api/rollouts/{name}/start", UriKind.Relative), content, Token), HttpStatusCode.UnsupportedMediaType);

        Assert.Equal(415, (int)problem["status"]!);
        Assert.Equal(RolloutState.Created, (await rollout.GetStatusAsync().WithTestTimeout())!.State);
    }

    [Theory]
    [InlineData("[1, 2]", "the body must be a JSON object, e.g. {\"reason\": \"...\"}")]
    [InlineData("{\"reason\": ", "the body is not JSON: line 1, byte 12")]
    public async Task Action_BodyNotAJsonObject_Is400(string body, string detail)
    {
        var (name, _) = await PlainRolloutAsync();
        using var http = Imu.Client();

        var problem = await ApiResourceTests.ProblemAsync(Post(http, $"/api/rollouts/{name}/abort", body), HttpStatusCode.BadRequest);

        Assert.Equal(detail, (string?)problem["detail"]);
    }

    private Task<(string Name, IRolloutGrain Rollout)> PlainRolloutAsync() => PlainRolloutAsync(out _);

    private Task<(string Name, IRolloutGrain Rollout)> PlainRolloutAsync(out string lpar)
    {
        var leased = Imu.Lease(1)[0];
        lpar = leased;
        return CreateAsync([leased], new RolloutRequest { Sysmods = ["UJ00001"], Lpars = [leased], By = "alice" });
    }

    private Task<(string Name, IRolloutGrain Rollout)> ApprovalRolloutAsync()
    {
        var lpars = Imu.Lease(2);
        return CreateAsync(lpars, new RolloutRequest { Sysmods = ["UJ00001"], Lpars = lpars, Waves = [[lpars[0]], [lpars[1]]], ApproveWaves = true, By = "alice" });
    }

    private async Task<(string Name, IRolloutGrain Rollout)> HeldRolloutAsync()
    {
        var lpar = Imu.Lease(1)[0];
        await Imu.ReceiveAsync(TestMaintenance.PeHeldPtf, TestMaintenance.PeHoldData);
        return await CreateAsync([lpar], new RolloutRequest { Sysmods = ["UJ00003"], Lpars = [lpar], By = "alice" });
    }

    private async Task<(string Name, IRolloutGrain Rollout)> CreateAsync(string[] lpars, RolloutRequest request)
    {
        await Imu.ApplyFleetAsync($"P{lpars[0]}", lpars);
        await Imu.ReceiveAsync(TestMaintenance.PlainPtf);
        var name = Imu.RolloutName();
        return (name, await Imu.CreateAsync(name, request));
    }

    private static Task<HttpResponseMessage> Post(HttpClient http, string path, string json) =>
        http.PostAsync(new Uri(path, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"), Token);

    private static async Task<JsonNode> PostAsync(HttpClient http, string path, object body)
    {
        using var response = await http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body, Token).WithTestTimeout();
        var text = await response.Content.ReadAsStringAsync(Token).WithTestTimeout();
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }
}
