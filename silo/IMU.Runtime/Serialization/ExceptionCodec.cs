using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;

namespace IMU.Runtime.Serialization;

/// <summary>
/// Copies exceptions across the call boundary: the caller gets a new exception of the same type
/// with the same message, and the callee's stack trace as the remote part of it. Types that cannot
/// be rebuilt (unknown, or no constructor taking a message) become <see cref="GrainCallFailedException"/>.
/// Reflection is used only on this failure path, once per exception type.
/// </summary>
internal static class ExceptionCodec
{
    private static readonly ConcurrentDictionary<string, ConstructorInfo?> s_constructors = new();

    public static ExceptionPayload ToPayload(Exception exception) =>
        new(exception.GetType().AssemblyQualifiedName ?? exception.GetType().FullName!, exception.Message, exception.StackTrace);

    public static Exception FromPayload(ExceptionPayload payload)
    {
        var constructor = s_constructors.GetOrAdd(payload.TypeName, FindConstructor);
        Exception exception;
        try
        {
            exception = constructor is null
                ? new GrainCallFailedException(TypeNameOnly(payload.TypeName), payload.Message)
                : (Exception)constructor.Invoke([payload.Message]);
        }
        catch (TargetInvocationException)
        {
            exception = new GrainCallFailedException(TypeNameOnly(payload.TypeName), payload.Message);
        }

        return payload.StackTrace is null ? exception : ExceptionDispatchInfo.SetRemoteStackTrace(exception, payload.StackTrace);
    }

    private static ConstructorInfo? FindConstructor(string typeName)
    {
        var type = Type.GetType(typeName, throwOnError: false);
        return type is not null && typeof(Exception).IsAssignableFrom(type) && !type.IsAbstract
            ? type.GetConstructor([typeof(string)])
            : null;
    }

    private static string TypeNameOnly(string assemblyQualifiedName)
    {
        var comma = assemblyQualifiedName.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 ? assemblyQualifiedName : assemblyQualifiedName[..comma];
    }
}
