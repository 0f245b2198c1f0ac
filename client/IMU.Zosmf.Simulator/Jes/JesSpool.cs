using System.Globalization;

namespace IMU.Zosmf.Simulator.Jes;

/// <summary>
/// One system's JES spool. It is bounded as a real spool is: past its byte or job limit the oldest
/// jobs on the output queue are purged, so a flood of submits cannot grow the simulator without end.
/// </summary>
internal sealed class JesSpool(long limitBytes, int limitJobs)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, SimulatedJob> _jobs = new(StringComparer.Ordinal);
    private readonly LinkedList<SimulatedJob> _order = new();
    private int _lastNumber;

    /// <summary>Jobs accepted since the system started, purged ones included.</summary>
    public int Accepted { get; private set; }

    public SimulatedJob Add(string jobName, string owner, string jobClass, string jcl, DateTimeOffset now)
    {
        lock (_lock)
        {
            _lastNumber = _lastNumber >= 999_999 ? 1 : _lastNumber + 1;
            var jobId = _lastNumber <= 99_999
                ? "JOB" + _lastNumber.ToString("00000", CultureInfo.InvariantCulture)
                : "J" + _lastNumber.ToString("0000000", CultureInfo.InvariantCulture);
            var job = new SimulatedJob(jobId, jobName, owner, jobClass, jcl, now);
            _jobs[jobId] = job;
            _order.AddLast(job);
            Accepted++;
            TrimLocked();
            return job;
        }
    }

    public SimulatedJob? Find(string jobName, string jobId)
    {
        lock (_lock)
        {
            return _jobs.TryGetValue(jobId, out var job) && string.Equals(job.JobName, jobName, StringComparison.OrdinalIgnoreCase) ? job : null;
        }
    }

    /// <summary>Jobs of <paramref name="owner"/> (<c>*</c>: anyone's) whose name starts with <paramref name="prefix"/> (a trailing <c>*</c> is a wildcard).</summary>
    public IReadOnlyList<SimulatedJob> List(string owner, string prefix)
    {
        var namePrefix = prefix.TrimEnd('*');
        lock (_lock)
        {
            return _order
                .Where(j => (owner == "*" || string.Equals(j.Owner, owner, StringComparison.OrdinalIgnoreCase))
                    && j.JobName.StartsWith(namePrefix, StringComparison.OrdinalIgnoreCase))
                .ToList();
        }
    }

    /// <summary>Cancels and purges a job (DELETE); false when there is no such job.</summary>
    public bool Purge(SimulatedJob job)
    {
        lock (_lock)
        {
            return _jobs.Remove(job.JobId) && _order.Remove(job);
        }
    }

    /// <summary>Purges the oldest finished jobs while the spool is past its limits.</summary>
    public void Trim()
    {
        lock (_lock)
        {
            TrimLocked();
        }
    }

    private void TrimLocked()
    {
        var bytes = _order.Sum(j => j.Bytes);
        var node = _order.First;
        while (node is not null && (bytes > limitBytes || _order.Count > limitJobs))
        {
            var next = node.Next;
            if (node.Value.Status == "OUTPUT")
            {
                bytes -= node.Value.Bytes;
                _jobs.Remove(node.Value.JobId);
                _order.Remove(node);
            }

            node = next;
        }
    }
}
