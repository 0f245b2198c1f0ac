namespace IMU.Zosmf.Simulator;

/// <summary>The faults queued for one simulated system, consumed one per matching request.</summary>
public sealed class FaultPlan
{
    private readonly Lock _lock = new();
    private readonly Dictionary<SimulatorOperation, Queue<SimulatedFault>> _queued = [];

    /// <summary>Queues <paramref name="fault"/> for the next <paramref name="times"/> requests of <paramref name="operation"/>.</summary>
    public FaultPlan Add(SimulatorOperation operation, SimulatedFault fault, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        lock (_lock)
        {
            if (!_queued.TryGetValue(operation, out var queue))
            {
                queue = new Queue<SimulatedFault>();
                _queued[operation] = queue;
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(fault);
            }
        }

        return this;
    }

    /// <summary>Removes every queued fault.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _queued.Clear();
        }
    }

    internal SimulatedFault? Take(SimulatorOperation operation)
    {
        lock (_lock)
        {
            return _queued.TryGetValue(operation, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
        }
    }
}
