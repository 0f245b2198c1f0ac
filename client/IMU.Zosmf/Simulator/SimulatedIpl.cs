using IMU.Zosmf.Results;

namespace IMU.Zosmf.Simulator;

/// <summary>
/// A simulated LPAR's IPL side: what it runs from now, what it loads next, and loads that take
/// <see cref="SimulatorOptions.IplDuration"/> on the simulator's clock. While a load runs the
/// partition is <c>not-operating</c> and z/OSMF does not answer.
/// </summary>
internal sealed class SimulatedIpl : IDisposable
{
    private readonly Lock _lock = new();
    private readonly string _systemName;
    private readonly TimeProvider _time;
    private readonly TimeSpan _duration;
    private readonly IReadOnlyDictionary<string, string> _volumes;
    private readonly Dictionary<int, HmcLoadJobState> _jobs = [];
    private ITimer? _pending;
    private int _nextJobId;

    public SimulatedIpl(string systemName, TimeProvider time, TimeSpan duration, IReadOnlyDictionary<string, string> volumes, IplLoadSettings initial)
    {
        _systemName = systemName;
        _time = time;
        _duration = duration;
        _volumes = volumes;
        LastUsedLoad = initial;
        NextLoad = initial;
        Current = new IplInfo(systemName, time.GetUtcNow().AddDays(-1), initial.LoadAddress, volumes[initial.LoadAddress], LoadMember(initial.LoadParameter));
        Status = "operating";
    }

    public IplLoadSettings LastUsedLoad { get; private set; }

    public IplLoadSettings NextLoad { get; private set; }

    public IplInfo Current { get; private set; }

    public string Status { get; private set; }

    public bool IsLoading
    {
        get
        {
            lock (_lock)
            {
                return _pending is not null;
            }
        }
    }

    public int LoadsCompleted { get; private set; }

    public void SetNext(IplLoadSettings settings)
    {
        lock (_lock)
        {
            NextLoad = settings;
        }
    }

    /// <summary>Starts a load; returns the HMC job id. A device without a sysres volume fails the job.</summary>
    public int StartLoad(IplLoadSettings settings)
    {
        lock (_lock)
        {
            var id = ++_nextJobId;
            if (!_volumes.TryGetValue(settings.LoadAddress, out var volser))
            {
                _jobs[id] = new HmcLoadJobState(true, 409, 1);
                return id;
            }

            if (_pending is not null)
            {
                _jobs[id] = new HmcLoadJobState(true, 409, 2);
                return id;
            }

            _jobs[id] = new HmcLoadJobState(false, null, null);
            Status = "not-operating";
            _pending = _time.CreateTimer(_ => Complete(id, settings, volser), null, _duration, Timeout.InfiniteTimeSpan);
            return id;
        }
    }

    public HmcLoadJobState? GetJob(int id)
    {
        lock (_lock)
        {
            return _jobs.TryGetValue(id, out var job) ? job : null;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _pending?.Dispose();
        }
    }

    private void Complete(int id, IplLoadSettings settings, string volser)
    {
        lock (_lock)
        {
            Current = new IplInfo(_systemName, _time.GetUtcNow(), settings.LoadAddress, volser, LoadMember(settings.LoadParameter));
            LastUsedLoad = settings;
            Status = "operating";
            LoadsCompleted++;
            _jobs[id] = new HmcLoadJobState(true, 200, null);
            _pending?.Dispose();
            _pending = null;
        }
    }

    /// <summary>The load parameter is IODF device (4), LOADxx suffix (2), IMSI (1), nucleus (1).</summary>
    private static string LoadMember(string loadParameter)
        => "LOAD" + (loadParameter.Length >= 6 ? loadParameter[4..6] : "00");
}
