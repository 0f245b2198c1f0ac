using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IMU.Runtime.Activation;
using IMU.Runtime.Diagnostics;
using IMU.Runtime.Invocation;
using IMU.Runtime.Serialization;

namespace IMU.Runtime.Messaging;

/// <summary>
/// A call of a grain method: the packed arguments go in, a fresh copy of the result (or of the
/// exception) comes back. The caller awaits <see cref="Task"/>.
/// </summary>
internal sealed class GrainCall<TResult> : GrainRequest
{
    private readonly TaskCompletionSource<TResult> _completion = new();
    private readonly GrainMethod _method;
    private readonly JsonTypeInfo<TResult>? _resultType;
    private readonly CancellationToken _cancellationToken;
    private readonly RuntimeMetrics _metrics;
    private readonly long _startedAt;
    private GrainCallBuffer? _arguments;
    private GrainCallBuffer? _result;
    private readonly CancellationTokenRegistration _cancellation;

    public GrainCall(
        GrainId target,
        GrainMethod method,
        GrainCallBuffer? arguments,
        JsonTypeInfo<TResult>? resultType,
        GrainRequest? parent,
        long deadline,
        RuntimeMetrics metrics,
        CancellationToken cancellationToken)
        : base(target, parent, deadline)
    {
        _method = method;
        _arguments = arguments;
        _resultType = resultType;
        _metrics = metrics;
        _cancellationToken = cancellationToken;
        _startedAt = metrics.CallDurationEnabled ? Stopwatch.GetTimestamp() : 0;
        if (cancellationToken.CanBeCanceled)
        {
            _cancellation = cancellationToken.UnsafeRegister(static s => ((GrainCall<TResult>)s!).Cancel(), this);
        }
    }

    public Task<TResult> Task => _completion.Task;

    public override string Description => _method.FullName;

    public override bool AlwaysInterleaves => _method.AlwaysInterleave;

    public override bool IsAbandoned => _completion.Task.IsCompleted;

    public override ValueTask StartAsync(ActivationData activation)
    {
        _result = GrainCallBuffer.Rent();
        try
        {
            var arguments = _arguments is null ? default : _arguments.WrittenSpan;
            return activation.Metadata.InvokeAsync(activation.Grain, activation.Codec, _method.Id, arguments, _result, _cancellationToken);
        }
        catch (Exception exception)
        {
            return ValueTask.FromException(exception);
        }
        finally
        {
            _arguments?.Return();
            _arguments = null;
        }
    }

    public override void Respond(Exception? error, bool copyError = true)
    {
        var result = _result;
        _result = null;
        _arguments?.Return();
        _arguments = null;
        var value = default(TResult);
        if (error is null && _resultType is not null && result is not null)
        {
            try
            {
                value = JsonSerializer.Deserialize(result.WrittenSpan, _resultType);
            }
            catch (Exception exception) when (exception is JsonException or NotSupportedException)
            {
                error = exception;
                copyError = false;
            }
        }

        result?.Return();

        // The span and the metrics close before the caller resumes, so the caller sees them complete.
        Finish(error);

        // The caller's continuation may run inline; it must not inherit the callee's scheduler.
        var context = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            if (error is null)
            {
                _completion.TrySetResult(value!);
            }
            else
            {
                _completion.TrySetException(copyError ? ExceptionCodec.FromPayload(ExceptionCodec.ToPayload(error)) : error);
            }
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(context);
        }
    }

    public override void TimeOut(TimeSpan timeout)
    {
        if (_completion.TrySetException(new GrainCallTimeoutException(Target, _method.FullName, timeout)))
        {
            Activity?.SetStatus(ActivityStatusCode.Error, "timeout");
        }
    }

    private void Cancel() => _completion.TrySetCanceled(_cancellationToken);

    private void Finish(Exception? error)
    {
        _cancellation.Dispose();
        _metrics.CallCompleted(_method, _startedAt, error is null);
        if (Activity is { } activity)
        {
            if (error is not null)
            {
                activity.SetStatus(ActivityStatusCode.Error, error.Message);
                activity.SetTag("exception.type", error.GetType().FullName);
            }

            activity.Stop();
        }
    }
}
