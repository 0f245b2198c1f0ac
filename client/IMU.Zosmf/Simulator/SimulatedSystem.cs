using System.Collections.Concurrent;
using System.Globalization;

namespace IMU.Zosmf.Simulator;

/// <summary>
/// One simulated LPAR: its JES spool, its SMP/E CSI run by IMU.Smpe, its IPL state and its fault
/// plan. Jobs run one at a time, as GIMSMP serialises on the CSI.
/// </summary>
public sealed class SimulatedSystem : IDisposable
{
    private readonly ConcurrentDictionary<string, SimulatedJob> _jobs = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _csiLock = new(1, 1);
    private readonly SimulatedSmpe _smpe;
    private readonly TimeProvider _time;
    private int _nextJobNumber;
    private int _appliesExecuted;
    private int _requests;
    private volatile bool _isDown;

    internal SimulatedSystem(string name, SimulatedSmpe smpe, SimulatedIpl ipl, TimeProvider time)
    {
        Name = name;
        _smpe = smpe;
        Ipl = ipl;
        _time = time;
    }

    /// <summary>The system name; also its path prefix (<c>/systems/{name}/</c>) and HMC partition id.</summary>
    public string Name { get; }

    /// <summary>Faults to inject into this system's next requests.</summary>
    public FaultPlan Faults { get; } = new();

    /// <summary>While true every request to this system has its connection dropped.</summary>
    public bool IsDown
    {
        get => _isDown;
        set => _isDown = value;
    }

    /// <summary>APPLY commands (without CHECK) the engine has executed on this system.</summary>
    public int AppliesExecuted => Volatile.Read(ref _appliesExecuted);

    /// <summary>Jobs accepted by this system's JES.</summary>
    public int JobsSubmitted => _jobs.Count;

    /// <summary>HTTP requests that reached this system (including refused ones).</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Loads (IPLs) completed.</summary>
    public int IplsCompleted => Ipl.LoadsCompleted;

    internal SimulatedIpl Ipl { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        Ipl.Dispose();
        _smpe.Dispose();
        _csiLock.Dispose();
    }

    internal void CountRequest() => Interlocked.Increment(ref _requests);

    internal SimulatedJob Submit(string jcl, string owner, string jobClass, SimulatedFault? fault)
    {
        var number = Interlocked.Increment(ref _nextJobNumber);
        var jobId = "JOB" + number.ToString("00000", CultureInfo.InvariantCulture);
        string jobName;
        try
        {
            jobName = JclDeckParser.Parse(jcl).JobName;
        }
        catch (JclErrorException)
        {
            jobName = "NONAME";
        }

        var job = new SimulatedJob(jobId, jobName, owner, jobClass, jcl);
        _jobs[jobId] = job;
        _ = Task.Run(() => RunAsync(job, fault));
        return job;
    }

    internal SimulatedJob? FindJob(string jobName, string jobId)
        => _jobs.TryGetValue(jobId, out var job) && job.JobName == jobName ? job : null;

    internal IEnumerable<SimulatedJob> ListJobs(string owner, string prefix)
    {
        var namePrefix = prefix.TrimEnd('*');
        return _jobs.Values
            .Where(j => (owner == "*" || string.Equals(j.Owner, owner, StringComparison.OrdinalIgnoreCase))
                && j.JobName.StartsWith(namePrefix, StringComparison.OrdinalIgnoreCase))
            .OrderBy(j => j.JobId, StringComparer.Ordinal);
    }

    private async Task RunAsync(SimulatedJob job, SimulatedFault? fault)
    {
        await _csiLock.WaitAsync().ConfigureAwait(false);
        try
        {
            job.Start();
            var (retcode, spool) = Execute(job, fault);
            job.Finish(retcode, spool);
        }
        finally
        {
            _csiLock.Release();
        }
    }

    private (string Retcode, List<SimulatedSpoolFile> Spool) Execute(SimulatedJob job, SimulatedFault? fault)
    {
        var now = _time.GetUtcNow();
        var spool = new List<SimulatedSpoolFile> { new(3, "JESJCL", "JES2", job.Jcl) };
        try
        {
            if (fault?.Kind == SimulatedFaultKind.JclError)
            {
                throw new JclErrorException("IEFC019I MISPLACED JOB STATEMENT");
            }

            var deck = JclDeckParser.Parse(job.Jcl);
            var step = deck.Steps.FirstOrDefault(s => s.Program == "GIMSMP")
                ?? throw new JclErrorException("IEW4000I FETCH FOR MODULE GIMSMP NOT PERFORMED: NO GIMSMP STEP IN THIS SIMULATOR JOB");
            if (!step.Dds.TryGetValue("SMPCNTL", out var cntl) || cntl.InStream is null)
            {
                throw new JclErrorException($"IEFC631I SMPCNTL MUST BE IN-STREAM IN STEP {step.Name}");
            }

            if (fault?.Kind == SimulatedFaultKind.Abend)
            {
                spool.Insert(0, JesLog(job, now, $"IEF450I {job.JobName} {step.Name} - ABEND={fault.AbendCode} U0000 REASON=00000000"));
                return ($"ABEND {fault.AbendCode}", spool);
            }

            var run = _smpe.Run(cntl.InStream, InStream(step, "SMPPTFIN"), InStream(step, "SMPHOLD"), now);
            Interlocked.Add(ref _appliesExecuted, run.AppliesExecuted);
            spool.Insert(0, JesLog(job, now, $"IEF142I {job.JobName} {step.Name} - STEP WAS EXECUTED - COND CODE {run.ReturnCode:0000}"));
            spool.Add(new SimulatedSpoolFile(101, "SMPOUT", step.Name, run.SmpOut));
            spool.Add(new SimulatedSpoolFile(102, "SMPRPT", step.Name, run.SmpRpt));
            if (run.SmpList.Length > 0)
            {
                spool.Add(new SimulatedSpoolFile(103, "SMPLIST", step.Name, run.SmpList));
            }

            return ($"CC {run.ReturnCode:0000}", spool);
        }
        catch (JclErrorException ex)
        {
            spool.Insert(0, JesLog(job, now, ex.Message));
            return ("JCL ERROR", spool);
        }
    }

    private static string? InStream(JclStep step, string ddName)
        => step.Dds.TryGetValue(ddName, out var dd) ? dd.InStream : null;

    private static SimulatedSpoolFile JesLog(SimulatedJob job, DateTimeOffset now, string message) => new(
        2,
        "JESMSGLG",
        "JES2",
        $"{now:HH.mm.ss} {job.JobId}  $HASP373 {job.JobName} STARTED - INIT 1 - CLASS {job.JobClass}\n{now:HH.mm.ss} {job.JobId}  {message}\n{now:HH.mm.ss} {job.JobId}  $HASP395 {job.JobName} ENDED\n");
}
