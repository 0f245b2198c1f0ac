using IMU.Runtime.Diagnostics;
using IMU.Runtime.Testing.Tests.Grains;
using IMU.TestUtilities;

namespace IMU.Runtime.Testing.Tests;

public sealed class DiagnosticEventCollectorTests
{
    [Fact]
    public async Task Collector_GrainCall_YieldsItsSpanAndActivationMeasurement()
    {
        await using var cluster = await LedgerCluster.StartAsync(new LedgerEvents()).WithTestTimeout();
        var silo = cluster.Silos[0].Address.ToString();
        using var collector = new DiagnosticEventCollector(owner => owner == silo);

        await cluster.GrainFactory.GetGrain<ILedgerGrain>("d").AddAsync(2).WithTestTimeout();

        var span = await collector.WaitForSpanAsync(s => (string?)s.GetTagItem(RuntimeTelemetry.GrainIdTag) == "ledger/d").WithTestTimeout();
        var activation = await collector.WaitForMeasurementAsync(m => m.Instrument == RuntimeTelemetry.ActivationsInstrument).WithTestTimeout();
        Assert.Equal("ILedgerGrain.AddAsync", span.DisplayName);
        Assert.Equal(1, activation.Value);
        Assert.All(collector.Measurements, m => Assert.Equal(silo, m.Owner));
    }
}
