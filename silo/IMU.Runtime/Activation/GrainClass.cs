using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using IMU.Runtime.Invocation;
using IMU.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace IMU.Runtime.Activation;

/// <summary>
/// A grain class registered for one grain interface, with its constructor plan: each
/// <see cref="PersistentStateAttribute"/> parameter is bound to a fresh <see cref="PersistentState{TState}"/>,
/// every other parameter comes from the silo's services. Everything that can be wrong (missing
/// storage, missing service, state type without JSON metadata) fails when the silo starts.
/// </summary>
internal sealed class GrainClass
{
    private static readonly MethodInfo s_stateFactory =
        typeof(GrainClass).GetMethod(nameof(CreateStateFactory), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly ConstructorInfo _constructor;
    private readonly Func<ActivationData, object?>[] _arguments;

    private GrainClass(Type type, GrainInterfaceMetadata metadata, ConstructorInfo constructor, Func<ActivationData, object?>[] arguments)
    {
        Type = type;
        Metadata = metadata;
        _constructor = constructor;
        _arguments = arguments;
        IsReentrant = type.IsDefined(typeof(ReentrantAttribute), inherit: true);
    }

    public Type Type { get; }

    public GrainInterfaceMetadata Metadata { get; }

    public bool IsReentrant { get; }

    public static GrainClass Create(Type type, GrainInterfaceMetadata metadata, IServiceProvider services, JsonSerializerOptions options)
    {
        var constructors = type.GetConstructors();
        if (type.IsAbstract || constructors.Length != 1)
        {
            throw new InvalidOperationException($"Grain class {type.FullName} must be a concrete class with exactly one public constructor.");
        }

        var isService = services.GetService<IServiceProviderIsService>();
        var parameters = constructors[0].GetParameters();
        var arguments = new Func<ActivationData, object?>[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            var parameterType = parameter.ParameterType;
            if (parameter.GetCustomAttribute<PersistentStateAttribute>() is { } state)
            {
                if (!parameterType.IsGenericType || parameterType.GetGenericTypeDefinition() != typeof(IPersistentState<>))
                {
                    throw new InvalidOperationException($"Parameter '{parameter.Name}' of grain class {type.Name} has [PersistentState] but is not an IPersistentState<T>.");
                }

                var storage = services.GetKeyedService<IGrainStateStorage>(state.StorageName)
                    ?? throw new InvalidOperationException(
                        $"Grain class {type.Name} keeps state '{state.StateName}' in storage '{state.StorageName}', but no IGrainStateStorage named '{state.StorageName}' is registered. " +
                        $"Register one on the silo builder, e.g. AddMemoryGrainStorage(\"{state.StorageName}\").");
                arguments[i] = (Func<ActivationData, object?>)s_stateFactory.MakeGenericMethod(parameterType.GetGenericArguments()[0])
                    .Invoke(null, [state.StateName, storage, options, type.Name])!;
            }
            else
            {
                if (isService is not null && !isService.IsService(parameterType))
                {
                    throw new InvalidOperationException($"Parameter '{parameter.Name}' of grain class {type.Name} needs a {parameterType.Name}, which is not a registered service.");
                }

                arguments[i] = _ => services.GetRequiredService(parameterType);
            }
        }

        return new GrainClass(type, metadata, constructors[0], arguments);
    }

    public object CreateInstance(ActivationData activation)
    {
        var values = new object?[_arguments.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = _arguments[i](activation);
        }

        Grain.SetConstructingContext(activation);
        try
        {
            return _constructor.Invoke(values);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(exception.InnerException);
            throw;
        }
        finally
        {
            Grain.SetConstructingContext(null);
        }
    }

    private static Func<ActivationData, object?> CreateStateFactory<TState>(string stateName, IGrainStateStorage storage, JsonSerializerOptions options, string grainClassName)
    {
        var typeInfo = GrainInvocation.GetTypeInfo<TState>(options, $"state '{stateName}' of grain class {grainClassName}");
        return activation =>
        {
            var state = new PersistentState<TState>(stateName, storage, typeInfo, activation);
            activation.AddStateReader(state.ReadStateAsync);
            return state;
        };
    }
}
