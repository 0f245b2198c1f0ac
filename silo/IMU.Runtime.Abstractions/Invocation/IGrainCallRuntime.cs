using System.Text.Json.Serialization.Metadata;

namespace IMU.Runtime.Invocation;

/// <summary>The runtime side of a grain reference: carries a packed call to the grain and brings back the result.</summary>
public interface IGrainCallRuntime
{
    /// <summary>Calls a method without a result.</summary>
    /// <param name="target">The reference called.</param>
    /// <param name="method">The method.</param>
    /// <param name="arguments">The packed arguments, owned by the runtime from now on; null when there are none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the grain has handled the call.</returns>
    Task InvokeAsync(GrainReference target, GrainMethod method, GrainCallBuffer? arguments, CancellationToken cancellationToken);

    /// <summary>Calls a method with a result.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="target">The reference called.</param>
    /// <param name="method">The method.</param>
    /// <param name="arguments">The packed arguments, owned by the runtime from now on; null when there are none.</param>
    /// <param name="resultType">JSON metadata of the result.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deserialized copy of the grain's result.</returns>
    Task<TResult> InvokeAsync<TResult>(GrainReference target, GrainMethod method, GrainCallBuffer? arguments, JsonTypeInfo<TResult> resultType, CancellationToken cancellationToken);
}
