using System.Net.Http.Json;
using IMU.Grains.Models;
using IMU.Silo.Tests.Api;
using IMU.Zosmf.Simulator.Faults;
using Microsoft.Playwright;

namespace IMU.Silo.Tests.Dashboard;

/// <summary>The page in Chromium against a real silo (no token): what it shows and what it does, each test on LPARs of its own.</summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardPageTests(DashboardFixture fixture, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private DashboardSilo Imu => fixture.Silo;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FleetView_LoadsTheFleet_EachLparARowWithItsIplWindowOnTheTimeline()
    {
        var lpars = Imu.Lease(3);
        var sysplex = $"P{lpars[0]}";
        await Imu.ApplyFleetAsync(sysplex, lpars);
        var page = await browser.NewPageAsync();

        await page.GotoAsync(new Uri(Imu.Http, "/#/fleet").ToString()).WithTestTimeout();
        await page.GetByPlaceholder("LPAR, sysplex or SYSMOD").FillAsync(sysplex).WithTestTimeout();

        foreach (var lpar in lpars)
        {
            var row = page.Locator($".row[data-lpar='{lpar}']");
            await Assertions.Expect(row).ToBeVisibleAsync().WithTestTimeout();
            await Assertions.Expect(row.Locator(".track .win").First).ToBeVisibleAsync().WithTestTimeout();
            Assert.Contains("IPL windows: ", await row.Locator(".track").GetAttributeAsync("aria-label").WithTestTimeout(), StringComparison.Ordinal);
            await Assertions.Expect(row.Locator(".c-state")).ToHaveTextAsync("ACTIVE").WithTestTimeout();
        }

        await page.GetByPlaceholder("LPAR, sysplex or SYSMOD").FillAsync(string.Empty).WithTestTimeout();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, "fleet.png"), FullPage = true }).WithTestTimeout();
    }

    [Fact]
    public async Task RolloutView_RunningRollout_ProgressChangesOnScreenWithoutReload()
    {
        var lpars = Imu.Lease(2);
        await Imu.ApplyFleetAsync($"P{lpars[0]}", lpars);
        await Imu.ReceiveAsync(TestMaintenance.PlainPtf);
        var name = Imu.RolloutName();
        var rollout = await Imu.CreateAsync(name, new RolloutRequest { Sysmods = ["UJ00001"], Lpars = lpars, MaxParallel = 1, By = "alice" });
        // The first RECEIVE takes a while, so the page sees the rollout RUNNING with nothing done before it sees it done.
        Imu.Simulator.AddFault(lpars[0], new SimulatorFault(SimulatorFaultOperation.Receive, SimulatorFaultKind.Slow, Seconds: 2));
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(Imu.Http, $"/#/rollouts/{name}").ToString()).WithTestTimeout();
        await Assertions.Expect(page.Locator(".progress-text")).ToHaveAttributeAsync("data-done", "0").WithTestTimeout();
        await Assertions.Expect(page.Locator("header .connection")).ToHaveAttributeAsync("data-connection", "live").WithTestTimeout();
        await page.EvaluateAsync("() => { window.imuNotReloaded = true; }").WithTestTimeout();

        using var http = Imu.Client();
        using var started = await http.PostAsJsonAsync(new Uri($"/api/rollouts/{name}/start", UriKind.Relative), new { }, Token).WithTestTimeout();
        Assert.True(started.IsSuccessStatusCode);

        await Assertions.Expect(page.Locator("section.rollout")).ToHaveAttributeAsync("data-state", "RUNNING").WithTestTimeout();
        await Assertions.Expect(page.Locator(".progress-text")).ToHaveAttributeAsync("data-done", "2").WithTestTimeout();
        await Assertions.Expect(page.Locator("section.rollout")).ToHaveAttributeAsync("data-state", "COMPLETED").WithTestTimeout();
        Assert.True(await page.EvaluateAsync<bool>("() => window.imuNotReloaded === true").WithTestTimeout(), "the page was reloaded");
        Assert.Equal(RolloutState.Completed, (await rollout.GetStatusAsync().WithTestTimeout())!.State);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, "rollout.png"), FullPage = true }).WithTestTimeout();
    }

    [Fact]
    public async Task RolloutView_ApproveWaitingWave_TheWaveRuns()
    {
        var lpars = Imu.Lease(2);
        await Imu.ApplyFleetAsync($"P{lpars[0]}", lpars);
        await Imu.ReceiveAsync(TestMaintenance.PlainPtf);
        var name = Imu.RolloutName();
        var rollout = await Imu.CreateAsync(name, new RolloutRequest { Sysmods = ["UJ00001"], Lpars = lpars, Waves = [[lpars[0]], [lpars[1]]], ApproveWaves = true, By = "alice" });
        await rollout.StartAsync(new OperatorAction("alice")).WithTestTimeout();
        await Imu.WaitAsync(rollout, s => s.Waves[1].State == WaveState.AwaitingApproval);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(Imu.Http, $"/#/rollouts/{name}").ToString()).WithTestTimeout();

        await page.Locator("#approve-2-reason").FillAsync("wave 1 ran clean").WithTestTimeout();
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve wave 2" }).ClickAsync().WithTestTimeout();

        var status = await Imu.WaitAsync(rollout, s => s.State == RolloutState.Completed);
        await Assertions.Expect(page.Locator(".wave[data-wave='2'] h3")).ToContainTextAsync("COMPLETED").WithTestTimeout();
        Assert.Contains(status.Lpars.Single(l => l.Lpar == lpars[1]).State, new[] { LparState.Applied, LparState.Active });
        var approve = Assert.Single(status.Audit, e => e.Action == "approve");
        Assert.Equal((Environment.UserName, "wave 1 ran clean"), (approve.By, approve.Reason));
    }

    [Fact]
    public async Task RolloutView_HoldDecision_IsInTheAudit()
    {
        var lpar = Imu.Lease(1)[0];
        await Imu.ApplyFleetAsync($"P{lpar}", lpar);
        await Imu.ReceiveAsync(TestMaintenance.PeHeldPtf, TestMaintenance.PeHoldData);
        var name = Imu.RolloutName();
        var rollout = await Imu.CreateAsync(name, new RolloutRequest { Sysmods = ["UJ00003"], Lpars = [lpar], By = "alice" });
        await rollout.StartAsync(new OperatorAction("alice")).WithTestTimeout();
        await Imu.WaitAsync(rollout, s => s.State == RolloutState.Waiting && s.Lpars.All(l => l.State == LparState.Held));
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(Imu.Http, $"/#/rollouts/{name}").ToString()).WithTestTimeout();

        var card = page.Locator("article.hold");
        await Assertions.Expect(card.Locator("h3")).ToContainTextAsync("UJ00003 held for ERROR AA00002").WithTestTimeout();
        await Assertions.Expect(card.Locator("input[name='bypass']")).ToHaveValueAsync("HOLDERROR(AA00002)").WithTestTimeout();
        await card.Locator("input[name='reason']").FillAsync("PE fix verified on the test plex").WithTestTimeout();
        await card.GetByRole(AriaRole.Button, new() { Name = "Bypass hold" }).ClickAsync().WithTestTimeout();

        var status = await Imu.WaitAsync(rollout, s => s.Audit.Any(e => e.Action == "bypass"));
        var bypass = status.Audit.Single(e => e.Action == "bypass");
        Assert.Equal((Environment.UserName, "PE fix verified on the test plex"), (bypass.By, bypass.Reason));
        await Assertions.Expect(page.Locator("table.audit")).ToContainTextAsync("PE fix verified on the test plex").WithTestTimeout();
    }
}
