using System.Collections.Concurrent;
using IMU.Smpe.Cntl;
using IMU.Zosmf.Simulator.Faults;
using IMU.Zosmf.Simulator.History;
using IMU.Zosmf.Simulator.Hmc;
using IMU.Zosmf.Simulator.Jes;
using IMU.Zosmf.Simulator.Smpe;

namespace IMU.Zosmf.Simulator.Systems;

/// <summary>
/// One simulated LPAR: its JES spool, its SMP/E CSI run by IMU.Smpe, the LPAR the HMC loads, its
/// fault plan and its history. Jobs run one at a time, as GIMSMP serialises on the CSI; every failure
/// inside a job ends the job, with the reason in its spool.
/// </summary>
internal sealed class SimulatedSystem : IAsyncDisposable
{
    private readonly SimulatorOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _csiLock = new(1, 1);
    private readonly SimulatedSmpe _smpe;
    private readonly Lock _historyLock = new();
    private readonly List<SimulatorHistoryEntry> _history = [];
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly CancellationTokenSource _stopping = new();
    private int _appliesExecuted;
    private int _requests;
    private bool _downIndefinitely;
    private long _downUntilTicks;

    public SimulatedSystem(string name, SimulatedSmpe smpe, SimulatorOptions options, HmcJobs hmcJobs)
    {
        Name = name;
        _smpe = smpe;
        _options = options;
        _time = options.TimeProvider;
        Spool = new JesSpool(options.SpoolLimitBytes, options.SpoolLimitJobs);
        Lpar = new SimulatedLpar(name, options, hmcJobs, RecordIpl);
    }

    public string Name { get; }

    public JesSpool Spool { get; }

    public SimulatedLpar Lpar { get; }

    public FaultPlan Faults { get; } = new();

    /// <summary>True while the system answers nothing on z/OSMF (a down fault).</summary>
    public bool IsDown => Volatile.Read(ref _downIndefinitely) || _time.GetUtcNow().UtcTicks < Interlocked.Read(ref _downUntilTicks);

    public SimulatedSystemInfo Info => new(Name, IsDown, Volatile.Read(ref _appliesExecuted), Lpar.LoadsCompleted, Spool.Accepted, Volatile.Read(ref _requests));

    public IReadOnlyList<SimulatorHistoryEntry> History
    {
        get
        {
            lock (_historyLock)
            {
                return [.. _history];
            }
        }
    }

    public void CountRequest() => Interlocked.Increment(ref _requests);

    /// <summary>Takes the system down for <paramref name="seconds"/>, or until the faults are cleared.</summary>
    public void GoDown(double? seconds)
    {
        if (seconds is { } s)
        {
            Interlocked.Exchange(ref _downUntilTicks, _time.GetUtcNow().AddSeconds(s).UtcTicks);
        }
        else
        {
            Volatile.Write(ref _downIndefinitely, true);
        }
    }

    public void ClearFaults()
    {
        Faults.Clear();
        Volatile.Write(ref _downIndefinitely, false);
        Interlocked.Exchange(ref _downUntilTicks, 0);
    }

    /// <summary>The SMP/E operation a job's SMPCNTL runs (its first command after SET BOUNDARY), for fault matching; null when none can be read.</summary>
    public static SimulatorFaultOperation? OperationOf(JclDeck? deck)
    {
        var cntl = deck?.Steps.FirstOrDefault(s => s.Program == "GIMSMP")?.Dds.GetValueOrDefault("SMPCNTL")?.InStream;
        var command = cntl is null ? null : SmpCntlReader.Read(cntl).Commands.FirstOrDefault(c => c is not SetBoundaryCommand);
        return command switch
        {
            ReceiveCommand => SimulatorFaultOperation.Receive,
            ApplyCommand { Check: true } => SimulatorFaultOperation.ApplyCheck,
            ApplyCommand => SimulatorFaultOperation.Apply,
            AcceptCommand { Check: true } => SimulatorFaultOperation.AcceptCheck,
            AcceptCommand => SimulatorFaultOperation.Accept,
            RestoreCommand { Check: true } => SimulatorFaultOperation.RestoreCheck,
            RestoreCommand => SimulatorFaultOperation.Restore,
            ListCommand => SimulatorFaultOperation.List,
            _ => null,
        };
    }

    /// <summary>Accepts a job onto the spool and runs it in the background.</summary>
    public SimulatedJob Submit(string jcl, JclDeck? deck, string owner, SimulatorFault? fault)
    {
        var job = Spool.Add(deck?.JobName ?? "NONAME", owner, deck?.JobClass ?? "A", jcl, _time.GetUtcNow());
        var run = Task.Run(() => RunAsync(job, fault, _stopping.Token));
        _running[run] = 0;
        _ = run.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
        return job;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_running.Keys).WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A job stuck in the engine must not keep the simulator from stopping.
        }

        Lpar.Dispose();
        _smpe.Dispose();
        _csiLock.Dispose();
        _stopping.Dispose();
    }

    private async Task RunAsync(SimulatedJob job, SimulatorFault? fault, CancellationToken stopping)
    {
        try
        {
            await _csiLock.WaitAsync(stopping).ConfigureAwait(false);
            try
            {
                job.Start(_time.GetUtcNow());
                if (fault?.Kind == SimulatorFaultKind.Slow)
                {
                    await Task.Delay(fault.SlowDelay, _time, stopping).ConfigureAwait(false);
                }

                var (retcode, spool, executed) = Execute(job, fault);
                var ended = _time.GetUtcNow();
                RecordCommands(job, executed, ended);
                job.Finish(ended, retcode, spool);
            }
            finally
            {
                _csiLock.Release();
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            job.Finish(_time.GetUtcNow(), "CANCELED", [JesLog(job, _time.GetUtcNow(), "$HASP608 JOB CANCELED: THE SIMULATOR IS STOPPING")]);
        }
        catch (Exception ex)
        {
            // Whatever failed (a CSI locked past its timeout, a disk error), the job ends: an ABEND
            // with the reason in its job log, never a job left ACTIVE.
            job.Finish(_time.GetUtcNow(), "ABEND U0020", [JesLog(job, _time.GetUtcNow(), $"IEF450I {job.JobName} SMPE - ABEND=S000 U0020 REASON=00000000: {ex.GetType().Name}: {ex.Message}")]);
        }
        finally
        {
            Spool.Trim();
        }
    }

    private (string Retcode, List<SimulatedSpoolFile> Spool, IReadOnlyList<ExecutedCommand> Executed) Execute(SimulatedJob job, SimulatorFault? fault)
    {
        var now = _time.GetUtcNow();
        var spool = new List<SimulatedSpoolFile> { new(3, "JESJCL", "JES2", "V", 136, job.Jcl) };
        try
        {
            if (fault?.Kind == SimulatorFaultKind.JclError)
            {
                throw new JclErrorException("IEFC019I MISPLACED JOB STATEMENT");
            }

            var deck = JclDeckParser.Parse(job.Jcl);
            var step = deck.Steps.FirstOrDefault(s => s.Program == "GIMSMP")
                ?? throw new JclErrorException("CSV003I REQUESTED MODULE NOT FOUND: THIS SYSTEM RUNS ONLY PGM=GIMSMP");
            if (!step.Dds.TryGetValue("SMPCSI", out var csi) || !string.Equals(csi.DataSet, _options.GlobalCsi, StringComparison.OrdinalIgnoreCase))
            {
                throw new JclErrorException($"IEF212I {job.JobName} {step.Name} SMPCSI - DATA SET NOT FOUND ({csi?.DataSet ?? "NO SMPCSI DD"}; THE GLOBAL CSI IS {_options.GlobalCsi})");
            }

            if (!step.Dds.TryGetValue("SMPCNTL", out var cntl) || cntl.InStream is null)
            {
                throw new JclErrorException($"IEF212I {job.JobName} {step.Name} SMPCNTL - DATA SET NOT FOUND (SMPCNTL MUST BE IN-STREAM ON THIS SYSTEM)");
            }

            if (fault?.Kind == SimulatorFaultKind.Abend)
            {
                spool.Insert(0, JesLog(job, now, $"IEF450I {job.JobName} {step.Name} - ABEND=S0C4 U0000 REASON=00000010"));
                return ("ABEND S0C4", spool, []);
            }

            var run = _smpe.Run(cntl.InStream, InStream(step, "SMPPTFIN"), InStream(step, "SMPHOLD"), now, failFirstCommand: fault?.Kind == SimulatorFaultKind.Rc8);
            Interlocked.Add(ref _appliesExecuted, run.AppliesExecuted);
            spool.Insert(0, JesLog(job, now, $"IEF142I {job.JobName} {step.Name} - STEP WAS EXECUTED - COND CODE {run.ReturnCode:0000}"));
            var id = 101;
            foreach (var dd in step.Dds.Values.Where(d => d.Sysout is not null))
            {
                var text = dd.Name switch
                {
                    "SMPOUT" => run.SmpOut,
                    "SMPRPT" => run.SmpRpt,
                    "SMPLIST" => run.SmpList,
                    _ => string.Empty,
                };
                if (text.Length > 0 || dd.Name is "SMPOUT" or "SMPRPT")
                {
                    spool.Add(new SimulatedSpoolFile(id++, dd.Name, step.Name, "FBA", 121, text));
                }
            }

            return ($"CC {run.ReturnCode:0000}", spool, run.Executed);
        }
        catch (JclErrorException ex)
        {
            spool.Insert(0, JesLog(job, now, ex.Message));
            return ("JCL ERROR", spool, []);
        }
    }

    private void RecordCommands(SimulatedJob job, IReadOnlyList<ExecutedCommand> executed, DateTimeOffset ended)
    {
        var started = job.Started ?? ended;
        lock (_historyLock)
        {
            _history.AddRange(executed.Select(c => new SimulatorHistoryEntry(c.Command, c.Check, c.Sysmods, c.ReturnCode, $"{job.JobName}({job.JobId})", started.UtcDateTime, ended.UtcDateTime)));
        }
    }

    private void RecordIpl(IplRecord ipl)
    {
        lock (_historyLock)
        {
            _history.Add(new SimulatorHistoryEntry("IPL", false, new Dictionary<string, string>(), 0, ipl.Job, ipl.Requested.UtcDateTime, ipl.Completed.UtcDateTime)
            {
                LoadAddress = ipl.LoadAddress,
                LoadParameter = ipl.LoadParameter,
            });
        }
    }

    private static string? InStream(JclStep step, string ddName)
        => step.Dds.TryGetValue(ddName, out var dd) ? dd.InStream : null;

    private static SimulatedSpoolFile JesLog(SimulatedJob job, DateTimeOffset now, string message) => new(
        2,
        "JESMSGLG",
        "JES2",
        "FBA",
        133,
        $" {now:HH.mm.ss} {job.JobId}  $HASP373 {job.JobName} STARTED - INIT 1 - CLASS {job.JobClass}\n {now:HH.mm.ss} {job.JobId}  {message}\n {now:HH.mm.ss} {job.JobId}  $HASP395 {job.JobName} ENDED\n");
}
