namespace IMU.Runtime;

/// <summary>
/// Base class of grain classes: lifecycle hooks, the grain factory, timers, reminders and
/// deactivation. The runtime constructs grains; each call runs as a turn of the activation.
/// </summary>
public abstract class Grain : IGrain
{
    [ThreadStatic]
    private static IGrainContext? s_constructing;

    private readonly IGrainContext? _context;

    /// <summary>Binds the grain to the activation the runtime is constructing.</summary>
    protected Grain() => _context = s_constructing;

    /// <summary>The identity of this grain.</summary>
    public GrainId GrainId => Context.GrainId;

    /// <summary>The factory for calling other grains from this one.</summary>
    protected IGrainFactory GrainFactory => Context.GrainFactory;

    internal IGrainContext Context =>
        _context ?? throw new InvalidOperationException($"{GetType().Name} was not created by the IMU runtime; grains are activated by calling them through a grain factory.");

    /// <summary>Called once, before the first call, after persistent state was read. A failure is reported to the caller and the activation discarded.</summary>
    /// <param name="cancellationToken">Cancelled when activation takes too long or the silo stops.</param>
    /// <returns>A task that completes when the grain is ready.</returns>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called when the activation is deactivated gracefully (idle, requested, or silo stop). Not called when the silo dies.</summary>
    /// <param name="cancellationToken">Cancelled when deactivation takes too long.</param>
    /// <returns>A task that completes when the grain has cleaned up.</returns>
    public virtual Task OnDeactivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal static void SetConstructingContext(IGrainContext? context) => s_constructing = context;

    /// <summary>Asks the runtime to deactivate this activation once the current call completes.</summary>
    protected void DeactivateOnIdle() => Context.DeactivateOnIdle();

    /// <summary>Registers a timer whose ticks run as turns of this activation.</summary>
    /// <param name="callback">The tick callback.</param>
    /// <param name="dueTime">Time until the first tick.</param>
    /// <param name="period">Time between the end of one tick and the next; <see cref="Timeout.InfiniteTimeSpan"/> for one tick.</param>
    /// <returns>The timer; dispose it to stop ticking.</returns>
    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return Context.RegisterTimer((_, ct) => callback(ct), null, dueTime, period);
    }

    /// <summary>Registers a timer with a state argument whose ticks run as turns of this activation.</summary>
    /// <typeparam name="TState">The state type.</typeparam>
    /// <param name="callback">The tick callback.</param>
    /// <param name="state">The state passed to every tick.</param>
    /// <param name="dueTime">Time until the first tick.</param>
    /// <param name="period">Time between the end of one tick and the next; <see cref="Timeout.InfiniteTimeSpan"/> for one tick.</param>
    /// <returns>The timer; dispose it to stop ticking.</returns>
    protected IGrainTimer RegisterGrainTimer<TState>(Func<TState, CancellationToken, Task> callback, TState state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return Context.RegisterTimer((s, ct) => callback((TState)s!, ct), state, dueTime, period);
    }

    /// <summary>Registers or updates a durable reminder; the grain must implement <see cref="IRemindable"/>.</summary>
    /// <param name="reminderName">The reminder name, unique per grain.</param>
    /// <param name="dueTime">Time until the first tick.</param>
    /// <param name="period">Time between ticks.</param>
    /// <returns>The reminder handle once the schedule is durable.</returns>
    protected Task<IGrainReminder> RegisterOrUpdateReminder(string reminderName, TimeSpan dueTime, TimeSpan period) =>
        Context.RegisterOrUpdateReminder(reminderName, dueTime, period);

    /// <summary>Removes a durable reminder.</summary>
    /// <param name="reminder">The reminder handle.</param>
    /// <returns>A task that completes when the removal is durable.</returns>
    protected Task UnregisterReminder(IGrainReminder reminder) => Context.UnregisterReminder(reminder);

    /// <summary>Gets a durable reminder of this grain by name.</summary>
    /// <param name="reminderName">The reminder name.</param>
    /// <returns>The handle, or null when no such reminder exists.</returns>
    protected Task<IGrainReminder?> GetReminder(string reminderName) => Context.GetReminder(reminderName);
}
