using System.Globalization;
using BenchmarkDotNet.Attributes;
using IMU.Zosmf;
using IMU.Zosmf.Hosting;
using IMU.Zosmf.Http;
using IMU.Zosmf.Simulator;
using Microsoft.Extensions.DependencyInjection;

namespace IMU.Benchmarks.Zosmf;

/// <summary>
/// Simulator capacity: APPLY jobs across many simulated systems, end to end (agent -> HTTP ->
/// simulator -> JCL -> IMU.Smpe on each system's SQLite CSI -> spool -> agent parsing). Each
/// iteration first RECEIVEs a fresh PTF on every system, then APPLYs it on all of them at once;
/// the reported time is per APPLY job, so jobs/s = 1 / Mean.
/// </summary>
[MemoryDiagnoser]
public class SimulatorCapacityBenchmarks
{
    private ZosmfSimulator? _simulator;
    private ServiceProvider? _services;
    private List<ILparAgent> _agents = [];
    private int _ptf;

    [Params(100)]
    public int Systems { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _simulator = ZosmfSimulator.StartAsync(new SimulatorOptions { Systems = Systems }).GetAwaiter().GetResult();
        _services = new ServiceCollection().AddZosmfAgents(o => o.StatusPollInterval = TimeSpan.FromMilliseconds(5)).BuildServiceProvider();
        var factory = _services.GetRequiredService<ILparAgentFactory>();
        var credentials = LparCredentials.Basic("IMUSER", "BENCH");
        _agents = _simulator.SystemNames
            .Select(name => factory.Create(new LparConnection { SystemName = name, ZosmfBaseAddress = _simulator.ZosmfBaseAddress(name), Credentials = credentials }))
            .ToList();
        const string function = "++FUNCTION(HBB7790).\n++VER(Z038).\n++MOD(IEAMOD1) DISTLIB(AOSFUN) SYSLIB(LINKLIB).\n";
        Task.WaitAll(_agents.Select(async a =>
        {
            await a.RunAsync(SmpeJob.Receive(function), "bench/receive-function").ConfigureAwait(false);
            await a.RunAsync(SmpeJob.Apply("TGT1", ["HBB7790"]), "bench/apply-function").ConfigureAwait(false);
        }));
    }

    [IterationSetup]
    public void ReceiveNextPtf()
    {
        _ptf++;
        var id = "UJ" + _ptf.ToString("00000", CultureInfo.InvariantCulture);
        // Each PTF replaces IEAMOD1 again, so it supersedes the previous one (else: MODID error, RC 8).
        var sup = _ptf == 1 ? string.Empty : " SUP(UJ" + (_ptf - 1).ToString("00000", CultureInfo.InvariantCulture) + ")";
        var mcs = $"++PTF({id}).\n++VER(Z038) FMID(HBB7790){sup}.\n++MOD(IEAMOD1) DISTLIB(AOSFUN) SYSLIB(LINKLIB).\n";
        Task.WaitAll(_agents.Select(a => a.RunAsync(SmpeJob.Receive(mcs), $"bench/receive/{id}")));
    }

    [Benchmark(OperationsPerInvoke = 100)]
    public async Task<int> ApplyOnEverySystem()
    {
        var id = "UJ" + _ptf.ToString("00000", CultureInfo.InvariantCulture);
        var results = await Task.WhenAll(_agents.Select(a => a.RunAsync(SmpeJob.Apply("TGT1", [id]), $"bench/apply/{id}"))).ConfigureAwait(false);
        var applied = results.Count(r => r.ReturnCode == 0);
        return applied == _agents.Count ? applied : throw new InvalidOperationException($"{_agents.Count - applied} APPLY jobs did not end with RC 0.");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _simulator?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
