using IMU.Zosmf.Simulator.Faults;

namespace IMU.Zosmf.Simulator.Hmc;

/// <summary>
/// A simulated LPAR as the HMC and z/OS see it: its status, its last-used load address and
/// parameter, what it last IPLed from, and loads that take time on the simulator's clock. A load
/// resets the LPAR: it is <c>not-operating</c> and z/OSMF answers nothing until z/OS is up again,
/// well after the HMC job completed and the LPAR became <c>operating</c>.
/// </summary>
internal sealed class SimulatedLpar : IDisposable
{
    public const int OperatingWithoutForceReason = 263;

    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private readonly SimulatorOptions _options;
    private readonly HmcJobs _jobs;
    private readonly Action<IplRecord> _completed;
    private ITimer? _loading;
    private ITimer? _starting;
    private bool _reset;
    private DateTimeOffset _zosmfUpAt = DateTimeOffset.MinValue;

    public SimulatedLpar(string name, SimulatorOptions options, HmcJobs jobs, Action<IplRecord> completed)
    {
        Name = name;
        ObjectId = ObjectIdOf(name);
        _options = options;
        _time = options.TimeProvider;
        _jobs = jobs;
        _completed = completed;
        LastUsedAddress = options.InitialLoadAddress;
        LastUsedParameter = options.InitialLoadParameter;
        Current = new CurrentIpl(WholeSeconds(_time.GetUtcNow().AddDays(-1)), LastUsedAddress, Volume(LastUsedAddress) ?? "UNKNWN", LastUsedParameter);
    }

    public string Name { get; }

    /// <summary>The partition's object id on the HMC: stable for a name, as the HMC keeps its objects.</summary>
    public string ObjectId { get; }

    public string ObjectUri => "/api/logical-partitions/" + ObjectId;

    /// <summary>The HMC status: <c>not-operating</c> while a load runs and after one failed, else <c>operating</c>.</summary>
    public string Status
    {
        get
        {
            lock (_lock)
            {
                return _loading is null && !_reset ? "operating" : "not-operating";
            }
        }
    }

    public bool IsLoading
    {
        get
        {
            lock (_lock)
            {
                return _loading is not null;
            }
        }
    }

    public string LastUsedAddress { get; private set; }

    public string LastUsedParameter { get; private set; }

    /// <summary>What z/OS last IPLed from and when (<c>D IPLINFO</c>).</summary>
    public CurrentIpl Current { get; private set; }

    public int LoadsCompleted { get; private set; }

    /// <summary>True while z/OS and z/OSMF are up: not during a load, not after a failed one, not while z/OS starts.</summary>
    public bool ZosmfAnswering
    {
        get
        {
            lock (_lock)
            {
                return _loading is null && !_reset && _time.GetUtcNow() >= _zosmfUpAt;
            }
        }
    }

    /// <summary>
    /// Starts a load and returns its HMC job id. A load of an operating LPAR without force, of a device
    /// without a sysres volume, or under a failure fault ends its job in error, as the HMC reports it.
    /// </summary>
    public string Load(string address, string parameter, bool force, SimulatorFault? fault)
    {
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            if (_loading is null && !_reset && !force)
            {
                return _jobs.Create(Name, HmcJobState.Failed(500, OperatingWithoutForceReason, $"LPAR {Name} could not be loaded because the LPAR is in status operating and force was not specified."));
            }

            switch (fault?.Kind)
            {
                case SimulatorFaultKind.Canceled:
                    return _jobs.Create(Name, new HmcJobState("canceled", null, null, null));
                case SimulatorFaultKind.JclError or SimulatorFaultKind.Abend or SimulatorFaultKind.Rc8:
                    return _jobs.Create(Name, HmcJobState.Failed(500, 0, $"The load of LPAR {Name} from {address} failed (simulated {fault.Kind})."));
                default:
                    break;
            }

            var job = _jobs.Create(Name, HmcJobState.Running);
            var volume = Volume(address);
            var loadTime = _options.IplDuration / 4 + (fault?.Kind == SimulatorFaultKind.Slow ? fault.SlowDelay : TimeSpan.Zero);
            _starting?.Dispose();
            _starting = null;
            _reset = false;
            _loading = _time.CreateTimer(_ => LoadEnded(job, address, parameter, volume, now), null, loadTime, Timeout.InfiniteTimeSpan);
            return job;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _loading?.Dispose();
            _starting?.Dispose();
            _loading = _starting = null;
        }
    }

    private static string ObjectIdOf(string name)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes("lpar/" + name));
        return new Guid(hash.AsSpan(0, 16)).ToString("D");
    }

    private string? Volume(string address)
    {
        var device = address.Length == 5 && address[0] == '0' ? address[1..] : address;
        return _options.SysresVolumes.TryGetValue(device, out var volume) ? volume : null;
    }

    private static DateTimeOffset WholeSeconds(DateTimeOffset time) => time.AddTicks(-(time.UtcTicks % TimeSpan.TicksPerSecond)).ToUniversalTime();

    /// <summary>The load ended: the LPAR runs the new IPL and z/OS starts, or (no IPL text on the device) nothing runs.</summary>
    private void LoadEnded(string job, string address, string parameter, string? volume, DateTimeOffset requested)
    {
        lock (_lock)
        {
            _loading?.Dispose();
            _loading = null;
            LastUsedAddress = address;
            LastUsedParameter = parameter;
            if (volume is null)
            {
                _reset = true;
                _jobs.Set(job, HmcJobState.Failed(500, 0, $"The load of LPAR {Name} from {address} failed: the device holds no IPL text."));
                return;
            }

            var now = _time.GetUtcNow();
            Current = new CurrentIpl(WholeSeconds(now), address, volume, parameter);
            var starting = _options.IplDuration - (_options.IplDuration / 4);
            _zosmfUpAt = now + starting;
            _jobs.Set(job, new HmcJobState("complete", 204, null, null));
            _starting = _time.CreateTimer(_ => ZosUp(job, address, parameter, requested), null, starting, Timeout.InfiniteTimeSpan);
        }
    }

    private void ZosUp(string job, string address, string parameter, DateTimeOffset requested)
    {
        lock (_lock)
        {
            _starting?.Dispose();
            _starting = null;
            LoadsCompleted++;
        }

        _completed(new IplRecord("/api/jobs/" + job, address, parameter, requested, _time.GetUtcNow()));
    }
}
