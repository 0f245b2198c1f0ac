using IMU.Runtime.Hosting;
using IMU.Runtime.Tests.Grains;
using IMU.TestUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IMU.Runtime.Tests.Hosting;

public sealed class SiloHostingTests
{
    [Fact]
    public async Task UseImuSilo_OnHostApplicationBuilder_ServesCallsThroughInjectedClient()
    {
        using var host = SiloHost(s => s.AddGrain<PingGrain>());
        await host.StartAsync(TestContext.Current.CancellationToken).WithTestTimeout();

        var reply = await host.Services.GetRequiredService<IClusterClient>().GetGrain<IPingGrain>("h").PingAsync("hi").WithTestTimeout();

        Assert.Equal("hi from h", reply);
        await host.StopAsync(TestContext.Current.CancellationToken).WithTestTimeout();
    }

    [Fact]
    public async Task UseImuClient_InSeparateHost_CallsTheSiloOfItsCluster()
    {
        var clusterId = Guid.NewGuid().ToString("N");
        using var silo = SiloHost(s => s.AddGrain<PingGrain>().Configure(o => o.ClusterId = clusterId));
        await silo.StartAsync(TestContext.Current.CancellationToken).WithTestTimeout();
        using var client = new HostBuilder().UseImuClient(c => c.Configure(o => o.ClusterId = clusterId)).Build();
        await client.StartAsync(TestContext.Current.CancellationToken).WithTestTimeout();

        var reply = await client.Services.GetRequiredService<IClusterClient>().GetGrain<IPingGrain>("c").PingAsync("hello").WithTestTimeout();

        Assert.Equal("hello from c", reply);
        await client.StopAsync(TestContext.Current.CancellationToken).WithTestTimeout();
        await silo.StopAsync(TestContext.Current.CancellationToken).WithTestTimeout();
    }

    [Fact]
    public async Task UseImuSilo_InvalidOptions_FailsStartNamingTheSetting()
    {
        using var host = SiloHost(s => s.Configure(o =>
        {
            o.ResponseTimeout = TimeSpan.Zero;
            o.CollectionAge = TimeSpan.FromSeconds(1);
        }));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken)).WithTestTimeout();

        Assert.Contains("SiloOptions.ResponseTimeout must be positive", error.Message, StringComparison.Ordinal);
        Assert.Contains("SiloOptions.CollectionAge", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UseImuSilo_GrainWithUnserializableArgument_FailsStartNamingTheType()
    {
        using var host = SiloHost(s => s.AddGrain<UnserializableGrain>());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync(TestContext.Current.CancellationToken)).WithTestTimeout();

        Assert.Contains(nameof(Unregistered), error.Message, StringComparison.Ordinal);
        Assert.Contains("IUnserializableGrain.SendAsync", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UseImuSilo_GrainStateWithoutStorage_FailsStartNamingTheStorage()
    {
        using var host = SiloHost(s => s.AddGrain<CounterGrain>().AddJsonContext(TestJsonContext.Default));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync(TestContext.Current.CancellationToken)).WithTestTimeout();

        Assert.Contains("no IGrainStateStorage named 'Default'", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(CounterGrain), error.Message, StringComparison.Ordinal);
    }

    private static IHost SiloHost(Action<SiloBuilder> configure)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddLogging().AddSingleton(new GrainProbe());
        builder.UseImuSilo(s =>
        {
            s.Configure(o => o.ClusterId = Guid.NewGuid().ToString("N"));
            configure(s);
        });
        return builder.Build();
    }
}
