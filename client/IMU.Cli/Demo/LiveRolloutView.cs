using System.Globalization;
using IMU.Grains.Models;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace IMU.Cli.Demo;

/// <summary>
/// The rollout as a live table on the terminal (Spectre.Console): one row per LPAR, wave by wave, with
/// each SYSMOD's state on it, its IPLs and why it waits; under it, the latest changes and audit entries.
/// </summary>
internal sealed class LiveRolloutView(IAnsiConsole console) : IRolloutView
{
    private const int RecentLines = 6;

    public async Task ShowAsync(IAsyncEnumerable<RolloutSnapshot> snapshots)
    {
        var events = new RolloutEvents();
        var recent = new Queue<string>();
        await console.Live(new Text("starting the rollout ...")).AutoClear(false).Overflow(VerticalOverflow.Ellipsis).StartAsync(async context =>
        {
            await foreach (var snapshot in snapshots)
            {
                foreach (var line in events.Next(snapshot))
                {
                    recent.Enqueue($"{DemoWords.Seconds(snapshot.Elapsed),8}  {line}");
                    while (recent.Count > RecentLines)
                    {
                        recent.Dequeue();
                    }
                }

                context.UpdateTarget(Render(snapshot, recent));
                context.Refresh();
            }
        });
    }

    private static Rows Render(RolloutSnapshot snapshot, IEnumerable<string> recent)
    {
        var status = snapshot.Status;
        var heading = new Markup(
            $"[bold]rollout {Markup.Escape(status.Name)}[/] {State(status.State)}  " +
            string.Join("  ", status.Waves.Select(w => $"wave {w.Index} {Wave(w.State)}")) +
            $"  [grey]{Markup.Escape(DemoWords.Seconds(snapshot.Elapsed))}, {snapshot.Ipls.Values.Sum()} IPL(s)[/]" +
            $"\nholds: {Holds(status)}");
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("wave").AddColumn("LPAR").AddColumn("sysplex").AddColumn("state");
        foreach (var sysmod in status.Sysmods)
        {
            table.AddColumn(Markup.Escape(sysmod));
        }

        table.AddColumn("IPLs");
        foreach (var wave in status.Waves)
        {
            foreach (var lpar in status.Lpars.Where(l => wave.Lpars.Contains(l.Lpar)))
            {
                var cells = new List<IRenderable>
                {
                    new Text(wave.Index.ToString(CultureInfo.InvariantCulture)),
                    new Text(lpar.Lpar),
                    new Text(SysplexOf(lpar.Lpar)),
                    new Markup(State(lpar.State)),
                };
                cells.AddRange(status.Sysmods.Select(id => lpar.Sysmods.FirstOrDefault(s => s.Id == id) is { } s ? (IRenderable)new Markup(State(s.Status)) : new Text("-")));
                cells.Add(new Text(snapshot.Ipls.GetValueOrDefault(lpar.Lpar).ToString(CultureInfo.InvariantCulture)));
                table.AddRow(cells);
            }
        }

        // Why anything waits, in the orchestrator's words, under the table so the table fits 80 columns.
        var why = status.Reasons.Where(r => !status.Lpars.Any(l => r.StartsWith(l.Lpar + ": ", StringComparison.Ordinal)))
            .Concat(status.Lpars.SelectMany(l => l.Reasons.Select(r => $"{l.Lpar}: {r}")))
            .Select(DemoWords.Safe)
            .ToList();
        var waiting = new Panel(new Text(why.Count == 0 ? "nothing waits" : string.Join('\n', why))).Header("why").Border(BoxBorder.Rounded).Expand();
        var changes = new Panel(new Text(string.Join('\n', recent))).Header("latest").Border(BoxBorder.Rounded).Expand();
        return new Rows(heading, table, waiting, changes);
    }

    /// <summary>Each hold of the rollout's SYSMODs once: who resolved it (the orchestrator, or who bypassed it), or HELD while nobody has.</summary>
    private static string Holds(RolloutStatus status)
    {
        var holds = status.Lpars
            .SelectMany(l => l.Sysmods.SelectMany(s => s.Holds.Select(h => (s.Id, h.Category, h.Reason, h.ResolvedBy))))
            .Distinct()
            .Select(h => Markup.Escape(DemoWords.Safe($"{h.Id} {h.Category} {h.Reason} ")) + (h.ResolvedBy is { } by ? $"[grey]resolved by {Markup.Escape(DemoWords.Safe(by))}[/]" : "[red]HELD[/]"))
            .ToList();
        return holds.Count == 0 ? "none" : string.Join(", ", holds);
    }

    private static string SysplexOf(string lpar) => DemoFleet.Sysplexes.FirstOrDefault(s => s.Lpars.Contains(lpar)).Sysplex ?? string.Empty;

    private static string State(RolloutState state) => Colour(DemoWords.Of(state), state switch
    {
        RolloutState.Completed => "green",
        RolloutState.Failed or RolloutState.Aborted => "red",
        RolloutState.Waiting or RolloutState.Paused => "yellow",
        _ => "blue",
    });

    private static string State(LparState state) => Colour(DemoWords.Of(state), state switch
    {
        LparState.Active or LparState.Applied => "green",
        LparState.Staged => "yellow",
        LparState.Checked => "blue",
        LparState.Held or LparState.Failed => "red",
        LparState.Restored => "magenta",
        _ => "grey",
    });

    private static string Wave(WaveState state) => Colour(DemoWords.Of(state), state switch
    {
        WaveState.Completed => "green",
        WaveState.Running => "blue",
        WaveState.Waiting => "yellow",
        _ => "grey",
    });

    private static string Colour(string word, string colour) => $"[{colour}]{Markup.Escape(word)}[/]";
}
