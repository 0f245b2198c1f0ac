using IMU.Silo.Storage;
using IMU.Silo.Storage.PostgreSql;
using Orleans.Storage;

namespace IMU.Silo.Tests.PostgreSql;

/// <summary>Both ways a batch is committed, forced by queueing the whole batch before the writer starts.</summary>
public sealed class PostgreSqlGroupCommitWriterTests(PostgreSqlSchemaFixture database) : IClassFixture<PostgreSqlSchemaFixture>
{
    private readonly string _serviceId = "svc-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Batch_SameGrainThreeTimes_EachWriteSeesTheOneBefore()
    {
        var key = new GrainStateKey("lpar", "SYSA", "lpar");
        StateWriteOperation[] batch =
        [
            new(key, "{\"n\":1}"u8.ToArray(), expectedVersion: null),
            new(key, "{\"n\":2}"u8.ToArray(), expectedVersion: 1),
            new(key, payload: null, expectedVersion: 2),
            new(key, "{\"n\":3}"u8.ToArray(), expectedVersion: 1),
        ];

        var outcomes = await CommitAsync(batch);

        Assert.Equal([1L, 2L, 3L], outcomes[..3].Select(o => o.Version));
        Assert.IsType<InconsistentStateException>(outcomes[3].Failure);
    }

    [Fact]
    public async Task Batch_DistinctGrainsWithOneStaleETag_FailsOnlyThatWrite()
    {
        await CommitAsync([new(new GrainStateKey("lpar", "SYSA", "lpar"), "{}"u8.ToArray(), expectedVersion: null)]);
        StateWriteOperation[] batch =
        [
            new(new GrainStateKey("lpar", "SYSA", "lpar"), "{\"stale\":true}"u8.ToArray(), expectedVersion: 7),
            new(new GrainStateKey("lpar", "SYSB", "lpar"), "{}"u8.ToArray(), expectedVersion: null),
            new(new GrainStateKey("lpar", "SYSC", "lpar"), payload: null, expectedVersion: null),
            new(new GrainStateKey("lpar", "SYSA", "zones"), "{}"u8.ToArray(), expectedVersion: null),
        ];

        var outcomes = await CommitAsync(batch);

        var conflict = Assert.IsType<InconsistentStateException>(outcomes[0].Failure);
        Assert.Equal(("1", "7"), (conflict.StoredEtag, conflict.CurrentEtag));
        Assert.Equal([1L, null, 1L], outcomes[1..].Select(o => o.Version));
        Assert.All(outcomes[1..], o => Assert.Null(o.Failure));
    }

    private async Task<(long? Version, Exception? Failure)[]> CommitAsync(StateWriteOperation[] batch)
    {
        var writer = new PostgreSqlGroupCommitWriter(database.DataSource, _serviceId, maxBatchSize: 512);
        foreach (var operation in batch)
        {
            writer.Enqueue(operation);
        }

        writer.Start();
        var outcomes = new List<(long?, Exception?)>();
        foreach (var operation in batch)
        {
            try
            {
                outcomes.Add((await operation.Task.WithTestTimeout(), null));
            }
            catch (InconsistentStateException ex)
            {
                outcomes.Add((null, ex));
            }
        }

        Assert.Equal(1, writer.CommittedBatches);
        await writer.DisposeAsync();
        return [.. outcomes];
    }
}
