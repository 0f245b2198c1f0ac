using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace IMU.Runtime.Invocation;

/// <summary>Helpers for generated grain references and invokers.</summary>
public static class GrainInvocation
{
    /// <summary>
    /// Resolves the JSON metadata of a type used by a grain method, failing with a message that says
    /// which type, where it is used and how to register it.
    /// </summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="options">Serializer options with the registered contexts.</param>
    /// <param name="usage">Where the type is used, e.g. <c>parameter 'name' of ILparGrain.StartAsync</c>.</param>
    /// <returns>The metadata.</returns>
    public static JsonTypeInfo<T> GetTypeInfo<T>(JsonSerializerOptions options, string usage)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.TypeInfoResolver?.GetTypeInfo(typeof(T), options) is JsonTypeInfo<T> typed)
        {
            return typed;
        }

        throw new InvalidOperationException(
            $"The type '{typeof(T).FullName}' ({usage}) cannot be serialized: no registered JsonSerializerContext provides metadata for it. " +
            $"Add [JsonSerializable(typeof({typeof(T).Name}))] to your JsonSerializerContext and register the context with the silo and client (AddJsonContext).");
    }

    /// <summary>Completes a call whose method returns <see cref="Task"/>.</summary>
    /// <param name="task">The grain method's task.</param>
    /// <returns>A task that completes with it.</returns>
    public static ValueTask Complete(Task task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.IsCompletedSuccessfully ? default : new ValueTask(task);
    }

    /// <summary>Completes a call whose method returns <see cref="ValueTask"/>.</summary>
    /// <param name="task">The grain method's task.</param>
    /// <returns>The same task.</returns>
    public static ValueTask Complete(ValueTask task) => task;

    /// <summary>Completes a call whose method returns <see cref="Task{TResult}"/> by serializing its result.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="task">The grain method's task.</param>
    /// <param name="typeInfo">JSON metadata of the result.</param>
    /// <param name="result">Receives the serialized result.</param>
    /// <returns>A task that completes when the result is written.</returns>
    public static ValueTask Complete<T>(Task<T> task, JsonTypeInfo<T> typeInfo, GrainCallBuffer result)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(result);
        if (task.IsCompletedSuccessfully)
        {
            result.Write(task.Result, typeInfo);
            return default;
        }

        return AwaitAndWrite(task, typeInfo, result);
    }

    /// <summary>Completes a call whose method returns <see cref="ValueTask{TResult}"/> by serializing its result.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="task">The grain method's task.</param>
    /// <param name="typeInfo">JSON metadata of the result.</param>
    /// <param name="result">Receives the serialized result.</param>
    /// <returns>A task that completes when the result is written.</returns>
    public static ValueTask Complete<T>(ValueTask<T> task, JsonTypeInfo<T> typeInfo, GrainCallBuffer result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (task.IsCompletedSuccessfully)
        {
            result.Write(task.Result, typeInfo);
            return default;
        }

        return AwaitAndWrite(task.AsTask(), typeInfo, result);
    }

    private static async ValueTask AwaitAndWrite<T>(Task<T> task, JsonTypeInfo<T> typeInfo, GrainCallBuffer result) =>
        result.Write(await task, typeInfo);
}
