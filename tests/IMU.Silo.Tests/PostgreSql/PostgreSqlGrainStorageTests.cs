using IMU.Silo.Storage;
using IMU.Silo.Storage.PostgreSql;
using IMU.Silo.Tests.Storage;
using Npgsql;
using Orleans.Storage;

namespace IMU.Silo.Tests.PostgreSql;

public sealed class PostgreSqlGrainStorageTests(PostgreSqlSchemaFixture database) : GroupCommitGrainStorageContractTests, IClassFixture<PostgreSqlSchemaFixture>
{
    private readonly string _serviceId = "svc-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Write_SameGrainInAnotherService_IsIndependent()
    {
        await WriteAsync(Grain("SYSA"), State("mine", 1));
        await using var other = await OpenAsync("other-" + _serviceId);

        var theirs = new GrainState<LparStateV1>(new LparStateV1());
        await other.ReadStateAsync("lpar", Grain("SYSA"), theirs, Token).WithTestTimeout();

        Assert.False(theirs.RecordExists);
    }

    [Fact]
    public async Task Write_StoredPayload_IsThePlainJsonOfTheRecord()
    {
        await WriteAsync(Grain("SYSA"), State("SYSA", 2));

        await using var command = database.DataSource.CreateCommand("SELECT grain_type || '|' || grain_key || '|' || state_name || '|' || convert_from(payload, 'UTF8') FROM imu_grain_state WHERE service_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = _serviceId });

        Assert.Equal("""lpar|SYSA|lpar|{"lpar":"SYSA","ipls":2,"lastIplAt":null}""", (string?)await command.ExecuteScalarAsync(Token));
    }

    protected override async Task<IGrainStorage> CreateStorageAsync() => await OpenAsync(_serviceId);

    private async Task<PostgreSqlGrainStorage> OpenAsync(string serviceId)
    {
        var storage = new PostgreSqlGrainStorage("Default", database.DataSource, serviceId, 512, new JsonGrainStateSerializer(), Activators);
        await storage.InitializeAsync(Token).WithTestTimeout();
        return storage;
    }
}
