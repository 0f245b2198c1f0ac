namespace IMU.Zosmf.Simulator.Jes;

/// <summary>A job on a simulated system's spool: INPUT until it runs, ACTIVE while it runs, then OUTPUT.</summary>
internal sealed class SimulatedJob(string jobId, string jobName, string owner, string jobClass, string jcl, DateTimeOffset submitted)
{
    private readonly Lock _lock = new();
    private readonly List<SimulatedSpoolFile> _spool = [];
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string JobId { get; } = jobId;

    public string JobName { get; } = jobName;

    public string Owner { get; } = owner;

    public string JobClass { get; } = jobClass;

    public string Jcl { get; } = jcl;

    public DateTimeOffset Submitted { get; } = submitted;

    public string Status { get; private set; } = "INPUT";

    public string? Retcode { get; private set; }

    public DateTimeOffset? Started { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>The bytes the job holds on the spool (its JCL and output).</summary>
    public long Bytes { get; private set; } = jcl.Length;

    /// <summary>Completes when the job is on the output queue.</summary>
    public Task Ended => _ended.Task;

    public IReadOnlyList<SimulatedSpoolFile> Spool
    {
        get
        {
            lock (_lock)
            {
                return [.. _spool];
            }
        }
    }

    public void Start(DateTimeOffset now)
    {
        lock (_lock)
        {
            Status = "ACTIVE";
            Started = now;
        }
    }

    public void Finish(DateTimeOffset now, string retcode, IEnumerable<SimulatedSpoolFile> spool)
    {
        lock (_lock)
        {
            _spool.AddRange(spool);
            Bytes += _spool.Sum(f => (long)f.Text.Length);
            Retcode = retcode;
            Started ??= now;
            EndedAt = now;
            Status = "OUTPUT";
        }

        _ended.TrySetResult();
    }
}
