using IMU.Grains.Models;
using IMU.Grains.Sysmods;

namespace IMU.Grains.Fleet;

/// <summary>The fleet registry: fleet files, received maintenance, and the fleet-wide lists.</summary>
public sealed class FleetGrain([PersistentState("fleet")] IPersistentState<FleetGrainState> state) : Grain, IFleetGrain
{
    private FleetGrainState State => state.State;

    public async Task<FleetApplyResult> ApplyAsync(FleetFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var read = FleetFileReader.Read(file.Name, file.Text, State.Fleet);
        if (read.Fleet is null)
        {
            return new FleetApplyResult([.. read.Errors], [], [], []);
        }

        var merged = FleetMerge.Apply(State.Fleet, read.Fleet);
        State.Fleet = merged.Fleet;
        await state.WriteStateAsync();

        // Every LPAR the file names is told its declaration, so applying the file again repairs one that missed it.
        await Task.WhenAll(read.Fleet.Lpars.Select(l => GrainFactory.GetGrain<ILparGrain>(l.Name).ConfigureAsync(merged.Fleet.Lpars.First(m => m.Name == l.Name))));
        return new FleetApplyResult([], [.. merged.Added], [.. merged.Updated], [.. merged.Unchanged]);
    }

    public Task<FleetDefinition> GetDefinitionAsync() => Task.FromResult(State.Fleet);

    public async Task<FleetLparSummary[]> ListAsync() =>
        await Task.WhenAll(State.Fleet.Lpars.Select(l => GrainFactory.GetGrain<ILparGrain>(l.Name).GetSummaryAsync()));

    public async Task<MaintenanceReceiveResult> ReceiveAsync(MaintenancePackage package)
    {
        var (errors, receipts) = MaintenanceReader.Read(package);
        if (errors.Count > 0)
        {
            return new MaintenanceReceiveResult([.. errors], []);
        }

        var views = await Task.WhenAll(receipts.Select(r => GrainFactory.GetGrain<ISysmodGrain>(r.Id).ReceiveAsync(r)));
        return new MaintenanceReceiveResult([], views);
    }

    public async Task RegisterRolloutAsync(string name)
    {
        if (!State.Rollouts.Contains(name))
        {
            State.Rollouts.Add(name);
            await state.WriteStateAsync();
        }
    }

    public async Task<RolloutSummary[]> ListRolloutsAsync()
    {
        var summaries = await Task.WhenAll(State.Rollouts.Select(r => GrainFactory.GetGrain<IRolloutGrain>(r).GetSummaryAsync()));
        return [.. summaries.OfType<RolloutSummary>()];
    }
}
