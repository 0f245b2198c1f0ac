namespace IMU.Zosmf.Simulator;

/// <summary>A job on a simulated system's spool: INPUT until it runs, ACTIVE while it runs, then OUTPUT.</summary>
internal sealed class SimulatedJob(string jobId, string jobName, string owner, string jobClass, string jcl)
{
    private readonly Lock _lock = new();
    private readonly List<SimulatedSpoolFile> _spool = [];

    public string JobId { get; } = jobId;

    public string JobName { get; } = jobName;

    public string Owner { get; } = owner;

    public string JobClass { get; } = jobClass;

    public string Jcl { get; } = jcl;

    public string Status { get; private set; } = "INPUT";

    public string? Retcode { get; private set; }

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

    public void Start()
    {
        lock (_lock)
        {
            Status = "ACTIVE";
        }
    }

    public void Finish(string retcode, IEnumerable<SimulatedSpoolFile> spool)
    {
        lock (_lock)
        {
            _spool.AddRange(spool);
            Retcode = retcode;
            Status = "OUTPUT";
        }
    }
}
