namespace IMU.Zosmf.Simulator.Faults;

/// <summary>The faults queued for one simulated system, in the order they were added; each matching operation takes one.</summary>
internal sealed class FaultPlan
{
    private readonly Lock _lock = new();
    private readonly List<(SimulatorFault Fault, int Left)> _queued = [];

    public void Add(SimulatorFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(fault.Count, 1, nameof(fault));
        lock (_lock)
        {
            _queued.Add((fault, fault.Count));
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _queued.Clear();
        }
    }

    /// <summary>Takes the first fault for <paramref name="operation"/>; an SMP/E operation or a load also takes <see cref="SimulatorFaultOperation.Any"/> faults.</summary>
    public SimulatorFault? Take(SimulatorFaultOperation operation)
    {
        var any = operation is not (SimulatorFaultOperation.JobStatus or SimulatorFaultOperation.JobList or SimulatorFaultOperation.Spool
            or SimulatorFaultOperation.Console or SimulatorFaultOperation.Hmc);
        lock (_lock)
        {
            var i = _queued.FindIndex(q => q.Fault.Operation == operation || (any && q.Fault.Operation == SimulatorFaultOperation.Any));
            if (i < 0)
            {
                return null;
            }

            var (fault, left) = _queued[i];
            if (left <= 1)
            {
                _queued.RemoveAt(i);
            }
            else
            {
                _queued[i] = (fault, left - 1);
            }

            return fault;
        }
    }
}
