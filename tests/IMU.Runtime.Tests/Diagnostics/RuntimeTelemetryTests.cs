using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using IMU.Runtime.Diagnostics;
using IMU.Runtime.Tests.Grains;
using IMU.TestUtilities;

namespace IMU.Runtime.Tests.Diagnostics;

public sealed class RuntimeTelemetryTests
{
    [Fact]
    public async Task GrainToGrainCall_SpanIsChildOfCallingGrainsSpan()
    {
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is RuntimeTelemetry.Name or nameof(RuntimeTelemetryTests),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        using var source = new ActivitySource(nameof(RuntimeTelemetryTests));
        await using var cluster = await TestClusters.StartAsync(new GrainProbe()).WithTestTimeout();

        using (var root = source.StartActivity("test")!)
        {
            await cluster.GrainFactory.GetGrain<IChainGrain>("A").CallAsync(["B"]).WithTestTimeout();
            var spans = stopped.Where(a => a.TraceId == root.TraceId && a.Source.Name == RuntimeTelemetry.Name).ToList();
            var outer = Assert.Single(spans, s => (string?)s.GetTagItem(RuntimeTelemetry.GrainIdTag) == "chain/A");
            var inner = Assert.Single(spans, s => (string?)s.GetTagItem(RuntimeTelemetry.GrainIdTag) == "chain/B");

            Assert.Equal("IChainGrain.CallAsync", outer.DisplayName);
            Assert.Equal(root.SpanId, outer.ParentSpanId);
            Assert.Equal(outer.SpanId, inner.ParentSpanId);
        }
    }

    [Fact]
    public async Task Calls_AreCountedTimedAndActivationsAndStateWritesMeasured()
    {
        await using var cluster = await TestClusters.StartAsync(new GrainProbe()).WithTestTimeout();
        var clientOwner = "client:" + cluster.ClusterId;
        var siloOwner = cluster.Silos[0].Address.ToString();
        var measurements = new ConcurrentQueue<(string Owner, string Instrument, double Value)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == RuntimeTelemetry.Name && Owner(instrument) is { } owner && (owner == clientOwner || owner == siloOwner))
                {
                    l.EnableMeasurementEvents(instrument, owner);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((i, v, _, owner) => measurements.Enqueue(((string)owner!, i.Name, v)));
        listener.SetMeasurementEventCallback<double>((i, v, _, owner) => measurements.Enqueue(((string)owner!, i.Name, v)));
        listener.Start();

        for (var i = 0; i < 3; i++)
        {
            await cluster.GrainFactory.GetGrain<IPingGrain>("m").PingAsync("x").WithTestTimeout();
        }

        await cluster.GrainFactory.GetGrain<ICounterGrain>("m").IncrementAsync().WithTestTimeout();

        double Sum(string owner, string instrument) => measurements.Where(m => m.Owner == owner && m.Instrument == instrument).Sum(m => m.Value);
        Assert.Equal(4, Sum(clientOwner, RuntimeTelemetry.CallsInstrument));
        Assert.Equal(4, measurements.Count(m => m.Owner == clientOwner && m.Instrument == RuntimeTelemetry.CallDurationInstrument));
        Assert.Equal(2, Sum(siloOwner, RuntimeTelemetry.ActivationsInstrument));
        Assert.Equal(1, Sum(siloOwner, RuntimeTelemetry.StateWritesInstrument));
    }

    private static string? Owner(Instrument instrument) =>
        instrument.Meter.Tags?.FirstOrDefault(t => t.Key == "imu.owner").Value as string;
}
