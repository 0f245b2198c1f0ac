using System.Collections.Concurrent;

namespace IMU.Zosmf.Simulator.Hmc;

/// <summary>The HMC's asynchronous jobs (<c>/api/jobs/{id}</c>): one table for every partition it manages.</summary>
internal sealed class HmcJobs
{
    private readonly ConcurrentDictionary<string, (string System, HmcJobState State)> _jobs = new(StringComparer.Ordinal);

    public string Create(string system, HmcJobState state)
    {
        var id = Guid.NewGuid().ToString("D");
        _jobs[id] = (system, state);
        return id;
    }

    public void Set(string id, HmcJobState state)
    {
        if (_jobs.TryGetValue(id, out var job))
        {
            _jobs[id] = (job.System, state);
        }
    }

    public (string System, HmcJobState State)? Find(string id) => _jobs.TryGetValue(id, out var job) ? job : null;

    public bool Delete(string id) => _jobs.TryRemove(id, out _);
}
