using System.Text.Json;

namespace IMU.Cli.Tests.Commands;

/// <summary>
/// The contract's command forms as scripts call them: <c>imu</c> processes against <c>imu silo</c> and
/// <c>imu simulator</c> processes, JSON read by field name, and what the simulator really executed.
/// </summary>
public sealed class RolloutContractTests(OrchestratorFixture fixture) : IClassFixture<OrchestratorFixture>
{
    private OrchestratorProcesses Imu => fixture.Processes;

    [Fact]
    public async Task Contract_FleetApplyReceiveCreateStartStatus_RolloutCompletesWithOneApplyPerZoneAndTheContractShapes()
    {
        await DeclareAsync();
        var reapplied = await Imu.ImuOkAsync("fleet", "apply", "-f", Path.Combine(Imu.Data.Path, "fleet.json"));
        Assert.Contains("0 LPAR(S) ADDED, 0 UPDATED, 5 UNCHANGED", reapplied, StringComparison.Ordinal);

        using (var list = JsonDocument.Parse(await Imu.ImuOkAsync("fleet", "list", "--json")))
        {
            var rows = list.RootElement.EnumerateArray().ToList();
            Assert.Equal(["SYS001", "SYS002", "SYS003", "SYS004", "SYS005"], rows.Select(r => r.GetProperty("lpar").GetString()));
            Assert.All(rows, r => Assert.Equal(["lpar", "sysplex", "zone", "state", "needsIpl", "nextIplWindow"], Keys(r)));
            Assert.Equal("SYS001/TGT1", rows[0].GetProperty("zone").GetString());
        }

        using (var sysmod = JsonDocument.Parse(await Imu.ImuOkAsync("sysmod", "show", "UJ00003", "--json")))
        {
            var hold = Assert.Single(sysmod.RootElement.GetProperty("holds").EnumerateArray());
            Assert.Equal(("ERROR", "AA00002"), (hold.GetProperty("category").GetString(), hold.GetProperty("reason").GetString()));
        }

        var name = Rollout();
        using (var created = JsonDocument.Parse(await Imu.ImuOkAsync("rollout", "create", name, "--sysmods", "UJ00001,UJ00002", "--lpars", "SYS001,SYS002", "--waves", "SYS001;SYS002", "--json")))
        {
            Assert.Equal("CREATED", created.RootElement.GetProperty("state").GetString());
            Assert.Equal(2, created.RootElement.GetProperty("waves").GetArrayLength());
        }

        Assert.Contains("START ACCEPTED", await Imu.ImuOkAsync("rollout", "start", name), StringComparison.Ordinal);
        var (watched, lines, watchErrors) = await Imu.ImuWithinAsync(OrchestratorProcesses.RolloutLimit, "rollout", "status", name, "--watch", "--json");
        Assert.True(watched == 0, $"rollout status --watch exited {watched}:\n{watchErrors}{lines}");
        using (var last = JsonDocument.Parse(lines.TrimEnd().Split('\n')[^1]))
        {
            Assert.Equal("COMPLETED", last.RootElement.GetProperty("state").GetString());
        }

        using var status = JsonDocument.Parse(await Imu.ImuOkAsync("rollout", "status", name, "--json"));
        AssertRolloutStatusShape(status.RootElement);
        Assert.Equal(["APPLIED", "APPLIED"], status.RootElement.GetProperty("lpars").EnumerateArray().Select(l => l.GetProperty("state").GetString()));
        Assert.Contains(status.RootElement.GetProperty("audit").EnumerateArray(), e => e.GetProperty("action").GetString() == "create" && e.GetProperty("by").GetString() == Environment.UserName);
        foreach (var system in new[] { "SYS001", "SYS002" })
        {
            var applies = (await Imu.Simulator.HistoryAsync(system)).Where(h => h.GetProperty("command").GetString() == "APPLY" && !h.GetProperty("check").GetBoolean()).ToList();
            var apply = Assert.Single(applies);
            Assert.Equal("APPLIED", apply.GetProperty("sysmods").GetProperty("UJ00001").GetString());
            Assert.Equal("APPLIED", apply.GetProperty("sysmods").GetProperty("UJ00002").GetString());
        }

        Assert.DoesNotContain(await Imu.Simulator.HistoryAsync("SYS003"), h => h.GetProperty("command").GetString() == "APPLY");

        using (var lpar = JsonDocument.Parse(await Imu.ImuOkAsync("lpar", "show", "SYS002", "--json")))
        {
            Assert.Superset(new HashSet<string> { "lpar", "zone", "needsIpl", "lastIpl", "nextIplWindow", "staged", "active" }, Keys(lpar.RootElement).ToHashSet());
            Assert.Equal(["UJ00001", "UJ00002"], lpar.RootElement.GetProperty("active").EnumerateArray().Select(a => a.GetProperty("id").GetString()).Order());
            Assert.All(lpar.RootElement.GetProperty("active").EnumerateArray(), a => Assert.Equal(["id"], Keys(a)));
            Assert.False(lpar.RootElement.GetProperty("needsIpl").GetBoolean());
        }

        using var rollouts = JsonDocument.Parse(await Imu.ImuOkAsync("rollout", "list", "--json"));
        Assert.Contains(rollouts.RootElement.EnumerateArray(), r => r.GetProperty("name").GetString() == name && r.GetProperty("state").GetString() == "COMPLETED");
    }

    [Fact]
    public async Task Contract_RefusedCreate_NamesEveryCulpritExitsNonZeroAndCreatesNothing()
    {
        await DeclareAsync();
        var name = Rollout();

        var (exitCode, stdout, stderr) = await Imu.ImuAsync("rollout", "create", name, "--sysmods", "UJ00001,UJ09999", "--lpars", "SYS001,SYS009", "--waves", "SYS001;SYS007", "--bypass", "HOLDERROR(AA00002)");

        Assert.Equal(ExitCodes.Refused, exitCode);
        Assert.Empty(stdout);
        foreach (var culprit in new[] { "SYSMOD UJ09999 is not received", "LPAR SYS009 is not in the fleet", "--bypass needs --reason", "wave 2 names SYS007, which is not in --lpars" })
        {
            Assert.Contains($"imu rollout create: {name}: ", stderr, StringComparison.Ordinal);
            Assert.Contains(culprit, stderr, StringComparison.Ordinal);
        }

        var partialGroup = await Imu.ImuAsync("rollout", "create", name, "--sysmods", "UJ00004", "--lpars", "SYS001");
        Assert.Equal(ExitCodes.Refused, partialGroup.ExitCode);
        Assert.Contains("goes onto group PLEXA as one unit, but --lpars leaves out SYS002", partialGroup.Stderr, StringComparison.Ordinal);

        var badBypass = await Imu.ImuAsync("rollout", "create", name, "--sysmods", "UJ00003", "--lpars", "SYS003", "--bypass", "HOLDERROR(AA00002", "--reason", "PE verified");
        Assert.Equal(ExitCodes.Refused, badBypass.ExitCode);
        Assert.Contains("--bypass", badBypass.Stderr, StringComparison.Ordinal);

        var status = await Imu.ImuAsync("rollout", "status", name);
        Assert.Equal(ExitCodes.Refused, status.ExitCode);
        Assert.Contains($"there is no rollout named {name}", status.Stderr, StringComparison.Ordinal);
        var start = await Imu.ImuAsync("rollout", "start", name);
        Assert.Equal(ExitCodes.Refused, start.ExitCode);
        Assert.Contains($"there is no rollout named {name}", start.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(name, await Imu.ImuOkAsync("rollout", "list"), StringComparison.Ordinal);

        await Imu.ImuOkAsync("rollout", "create", name, "--sysmods", "UJ00003", "--lpars", "SYS003", "--bypass", "HOLDERROR(AA00002)", "--reason", "PE verified on the test plex");
        var again = await Imu.ImuAsync("rollout", "create", name, "--sysmods", "UJ00001", "--lpars", "SYS003");
        Assert.Equal(ExitCodes.Refused, again.ExitCode);
        Assert.Contains($"rollout name {name} is already used: created by {Environment.UserName}", again.Stderr, StringComparison.Ordinal);
        using var kept = JsonDocument.Parse(await Imu.ImuOkAsync("rollout", "status", name, "--json"));
        Assert.Equal(["UJ00003"], kept.RootElement.GetProperty("sysmods").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains(kept.RootElement.GetProperty("audit").EnumerateArray(), e => e.GetProperty("action").GetString() == "bypass" && e.GetProperty("by").GetString() == Environment.UserName && e.GetProperty("reason").GetString() == "PE verified on the test plex");
    }

    [Fact]
    public async Task Contract_ApproveWavesPauseResumeThenRestore_EachRecordedWithTheOsUserAndRestoredOnEveryZone()
    {
        await DeclareAsync();
        var name = Rollout();
        await Imu.ImuOkAsync("rollout", "create", name, "--sysmods", "UJ00003", "--lpars", "SYS004,SYS005", "--waves", "SYS004;SYS005", "--approve-waves", "--bypass", "HOLDERROR(AA00002)", "--reason", "PE fix verified");
        await using var watch = Imu.Watch(name);

        await Imu.ImuOkAsync("rollout", "start", name);
        Assert.Contains("PAUSE ACCEPTED, STATE PAUSED", await Imu.ImuOkAsync("rollout", "pause", name, "--reason", "change freeze"), StringComparison.Ordinal);
        Assert.Contains("RESUME ACCEPTED", await Imu.ImuOkAsync("rollout", "resume", name), StringComparison.Ordinal);
        await watch.WaitForLineAsync(l => l.Contains("waiting for approval of wave 2", StringComparison.Ordinal), "a status waiting for approval", OrchestratorProcesses.RolloutLimit);
        Assert.DoesNotContain(await Imu.Simulator.HistoryAsync("SYS005"), h => h.GetProperty("command").GetString() == "APPLY");
        Assert.Contains("WAVE 2 APPROVED", await Imu.ImuOkAsync("rollout", "approve", name, "--wave", "2", "--reason", "wave 1 clean"), StringComparison.Ordinal);
        await watch.WaitForExitAsync(OrchestratorProcesses.RolloutLimit);
        Assert.True(watch.ExitCode == 0, $"the watch exited {watch.ExitCode}:\n{watch.Output}");
        Assert.Contains("\"state\":\"COMPLETED\"", watch.Stdout.TrimEnd().Split(Environment.NewLine)[^1], StringComparison.Ordinal);

        Assert.Contains("RESTORE ACCEPTED", await Imu.ImuOkAsync("rollout", "restore", name, "--reason", "back out"), StringComparison.Ordinal);
        var (restored, lines, errors) = await Imu.ImuWithinAsync(OrchestratorProcesses.RolloutLimit, "rollout", "status", name, "--watch");

        Assert.True(restored == 0, $"rollout status --watch exited {restored}:\n{errors}{lines}");
        Assert.Contains($"ROLLOUT {name}   STATE RESTORED", lines, StringComparison.Ordinal);
        foreach (var system in new[] { "SYS004", "SYS005" })
        {
            var history = await Imu.Simulator.HistoryAsync(system);
            Assert.Single(history, h => h.GetProperty("command").GetString() == "APPLY" && !h.GetProperty("check").GetBoolean());
            Assert.Contains(history, h => h.GetProperty("command").GetString() == "RESTORE" && !h.GetProperty("check").GetBoolean() && h.GetProperty("sysmods").TryGetProperty("UJ00003", out _));
        }

        using var status = JsonDocument.Parse(await Imu.ImuOkAsync("rollout", "status", name, "--json"));
        AssertRolloutStatusShape(status.RootElement);
        var byUser = status.RootElement.GetProperty("audit").EnumerateArray().Where(e => e.GetProperty("by").GetString() == Environment.UserName).Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["create", "bypass", "start", "pause", "resume", "approve", "restore"], byUser);
    }

    [Fact]
    public async Task Contract_AbortedBeforeItStarted_StatusWatchEndsAtOnceWithExit8()
    {
        await DeclareAsync();
        var name = Rollout();
        await Imu.ImuOkAsync("rollout", "create", name, "--sysmods", "UJ00001", "--lpars", "SYS003");

        Assert.Contains("ABORT ACCEPTED, STATE ABORTED", await Imu.ImuOkAsync("rollout", "abort", name, "--reason", "wrong package"), StringComparison.Ordinal);
        var (exitCode, stdout, _) = await Imu.ImuAsync("rollout", "status", name, "--watch");

        Assert.Equal(ExitCodes.RolloutNotCompleted, exitCode);
        Assert.Contains($"ROLLOUT {name}   STATE ABORTED", stdout, StringComparison.Ordinal);
        Assert.Contains("abort", stdout, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Refused, (await Imu.ImuAsync("rollout", "start", name)).ExitCode);
    }

    [Fact]
    public async Task Contract_WatchInterrupted_EndsTheWatchNotTheRollout()
    {
        await DeclareAsync();
        var name = Rollout();
        await Imu.ImuOkAsync("rollout", "create", name, "--sysmods", "UJ00001", "--lpars", "SYS003");
        await using var watch = Imu.Watch(name);
        await watch.WaitForLineAsync(l => l.Contains("\"state\":\"CREATED\"", StringComparison.Ordinal), "the CREATED status", TimeSpan.FromSeconds(60));

        await watch.SignalAsync("INT");
        await watch.WaitForExitAsync(TimeSpan.FromSeconds(15));

        Assert.True(watch.ExitCode == 0, $"the watch exited {watch.ExitCode}:\n{watch.Output}");
        using var status = JsonDocument.Parse(await Imu.ImuOkAsync("rollout", "status", name, "--json"));
        Assert.Equal("CREATED", status.RootElement.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Contract_FleetFileWithAnError_PrintsItAtFileLineColumnAndChangesNothing()
    {
        var file = Imu.Data.WriteFile("broken.yaml", "lpars:\n  - name: SYS042\n    sysplex: PLEXZ\n    zosmf: 42\n");

        var (exitCode, _, stderr) = await Imu.ImuAsync("fleet", "apply", "-f", file);

        Assert.Equal(ExitCodes.InputError, exitCode);
        Assert.StartsWith($"{file}:", stderr, StringComparison.Ordinal);
        Assert.Contains(": error: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("SYS042", await Imu.ImuOkAsync("fleet", "list"), StringComparison.Ordinal);
    }

    /// <summary>The contract's field names, exactly; <c>reasons</c> is the one the status adds (why the rollout waits or stopped).</summary>
    internal static void AssertRolloutStatusShape(JsonElement status)
    {
        Assert.Equal(["name", "state", "sysmods", "waves", "lpars", "groups", "audit", "reasons"], Keys(status));
        Assert.All(status.GetProperty("waves").EnumerateArray(), w => Assert.Equal(["index", "state", "lpars"], Keys(w)));
        Assert.All(status.GetProperty("lpars").EnumerateArray(), l =>
        {
            Assert.Equal(["lpar", "state", "sysmods", "reasons"], Keys(l));
            Assert.All(l.GetProperty("sysmods").EnumerateArray(), s =>
            {
                Assert.Equal(["id", "status", "activation", "holds"], Keys(s));
                Assert.All(s.GetProperty("holds").EnumerateArray(), h => Assert.Equal(["category", "reason", "resolvedBy"], Keys(h)));
            });
        });
        Assert.All(status.GetProperty("groups").EnumerateArray(), g => Assert.Equal(["name", "sysmod", "state"], Keys(g)));
        Assert.All(status.GetProperty("audit").EnumerateArray(), a => Assert.Equal(["at", "by", "action", "detail", "reason"], Keys(a)));
    }

    private static string[] Keys(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    private static string Rollout([System.Runtime.CompilerServices.CallerMemberName] string test = "") => test.Split('_')[1] + "-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>The fleet (SYS001 and SYS002 in PLEXA, SYS003, SYS004 and SYS005 each in a sysplex of its own) and the package, through the CLI; both are idempotent.</summary>
    private async Task DeclareAsync()
    {
        var fleet = Imu.Data.WriteFile("fleet.json", Imu.FleetJson("SYS001:PLEXA", "SYS002:PLEXA", "SYS003:PLEXB", "SYS004:PLEXC", "SYS005:PLEXD"));
        await Imu.ImuOkAsync("fleet", "apply", "-f", fleet);
        await Imu.ImuOkAsync("maintenance", "receive", "--holddata", Imu.Data.WriteFile("holddata.txt", OrchestratorProcesses.PackageHoldData), Imu.Data.WriteFile("package.mcs", OrchestratorProcesses.PackageMcs));
    }
}
