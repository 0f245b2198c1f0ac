using IMU.Silo.Storage;

namespace IMU.Silo.Tests.Storage;

/// <summary>The grain storage contract, plus what group commit promises on top of it: concurrent writes share transactions.</summary>
public abstract class GroupCommitGrainStorageContractTests : GrainStorageContractTests
{
    [Fact]
    public async Task Write_ManyConcurrentWriters_AreGroupedIntoFewerTransactions()
    {
        const int Writers = 64;
        const int Rounds = 8;
        var states = Enumerable.Range(0, Writers).Select(i => State($"SYS{i:D2}", 0)).ToArray();

        for (var round = 1; round <= Rounds; round++)
        {
            foreach (var state in states)
            {
                state.State = state.State! with { Ipls = round };
            }

            await Task.WhenAll(states.Select((s, i) => Storage.WriteStateAsync("lpar", Grain($"SYS{i:D2}"), s, Token))).WithTestTimeout();
        }

        // Each write bumps its row's version once, whatever batch it was in; the commit count is what group commit saves.
        var commits = ((GroupCommitGrainStorage)Storage).CommittedBatches;
        Assert.All(states, s => Assert.Equal($"{Rounds}", s.ETag));
        Assert.True(commits < Writers * Rounds / 4, $"64 writers queued at once should share transactions, not commit one by one ({commits} commits for {Writers * Rounds} writes).");
    }
}
