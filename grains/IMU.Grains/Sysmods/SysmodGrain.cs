using IMU.Grains.Models;

namespace IMU.Grains.Sysmods;

/// <summary>One SYSMOD: what was received for it, its holds and releases, and where it is applied, staged and active.</summary>
public sealed class SysmodGrain([PersistentState("sysmod")] IPersistentState<SysmodGrainState> state, TimeProvider time) : Grain, ISysmodGrain
{
    private SysmodGrainState State => state.State;

    public async Task<SysmodView> ReceiveAsync(SysmodReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        if (receipt.Sysmod is { } sysmod)
        {
            State.Sysmod = sysmod;
            State.ReceivedAt = time.GetUtcNow();
            State.ReceivedBy = receipt.By;
        }

        foreach (var entry in receipt.HoldData)
        {
            // A later ++HOLD or ++RELEASE for the same hold replaces what was known, as RECEIVE does in the global zone.
            State.HoldData.RemoveAll(h => h.Category == entry.Category && h.Reason == entry.Reason);
            State.HoldData.Add(entry);
        }

        await state.WriteStateAsync();
        return View();
    }

    public Task<SysmodView> GetAsync() => Task.FromResult(View());

    public Task<SysmodInstallText> GetInstallTextAsync()
    {
        var sysmod = State.Sysmod ?? throw new InvalidOperationException($"SYSMOD {this.GetPrimaryKeyString()} is not received.");
        return Task.FromResult(new SysmodInstallText(sysmod.Mcs, string.Concat(State.HoldData.Select(h => h.Mcs))));
    }

    public async Task RecordAsync(SysmodPlacementChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var placement = new SysmodPlacement(change.Where, change.Rollout, change.At);
        switch (change.Kind)
        {
            case PlacementKind.Applied:
                Replace(State.Applied, placement);
                break;
            case PlacementKind.Restored:
                State.Applied.RemoveAll(p => p.Where == change.Where);
                break;
            case PlacementKind.Staged:
                State.Active.RemoveAll(p => p.Where == change.Where);
                Replace(State.Staged, placement);
                break;
            case PlacementKind.Active:
                State.Staged.RemoveAll(p => p.Where == change.Where);
                Replace(State.Active, placement);
                break;
            default:
                State.Staged.RemoveAll(p => p.Where == change.Where);
                State.Active.RemoveAll(p => p.Where == change.Where);
                break;
        }

        await state.WriteStateAsync();
    }

    private static void Replace(List<SysmodPlacement> placements, SysmodPlacement placement)
    {
        placements.RemoveAll(p => p.Where == placement.Where);
        placements.Add(placement);
        placements.Sort((a, b) => string.CompareOrdinal(a.Where, b.Where));
    }

    private SysmodView View() => new()
    {
        Id = this.GetPrimaryKeyString(),
        Received = State.Sysmod is not null,
        Type = State.Sysmod?.Type,
        Fmid = State.Sysmod?.Fmid,
        Activation = State.Sysmod?.Activation ?? SysmodActivation.None,
        Holds = [.. (State.Sysmod?.Holds ?? []).Concat(State.HoldData.Where(h => h.Hold is not null).Select(h => h.Hold!))],
        Applied = [.. State.Applied],
        Staged = [.. State.Staged],
        Active = [.. State.Active],
    };
}
