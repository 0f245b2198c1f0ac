namespace IMU.Cli.Demo;

/// <summary>The rollout as one line per change, each stamped with the time since the demo started: for logs, pipes and tests.</summary>
internal sealed class PlainRolloutView(TextWriter output) : IRolloutView
{
    public async Task ShowAsync(IAsyncEnumerable<RolloutSnapshot> snapshots)
    {
        var events = new RolloutEvents();
        await foreach (var snapshot in snapshots)
        {
            foreach (var line in events.Next(snapshot))
            {
                await output.WriteLineAsync($"[{DemoWords.Seconds(snapshot.Elapsed),8}] {line}");
            }

            await output.FlushAsync();
        }
    }
}
