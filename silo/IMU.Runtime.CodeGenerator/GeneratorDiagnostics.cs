using Microsoft.CodeAnalysis;

namespace IMU.Runtime.CodeGenerator;

/// <summary>Build errors for grain interfaces the runtime cannot call.</summary>
internal static class GeneratorDiagnostics
{
    private const string Category = "IMU.Runtime";

    public static readonly DiagnosticDescriptor UnsupportedReturnType = new(
        "IMU0001",
        "Grain method must return a task",
        "Grain method '{0}.{1}' returns '{2}': grain methods must return Task, Task<T>, ValueTask or ValueTask<T>",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedParameter = new(
        "IMU0002",
        "Grain method parameter cannot be passed by reference",
        "Parameter '{2}' of grain method '{0}.{1}' is ref/out/in: arguments are copied, so pass them by value",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor GenericMethod = new(
        "IMU0003",
        "Grain method cannot be generic",
        "Grain method '{0}.{1}' is generic: every argument needs fixed JSON metadata, so grain methods cannot be generic",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NonMethodMember = new(
        "IMU0004",
        "Grain interface may declare only methods",
        "Grain interface '{0}' declares '{1}': grain interfaces may declare only methods",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor GenericInterface = new(
        "IMU0005",
        "Grain interface cannot be generic",
        "Grain interface '{0}' is generic: a grain type needs one stable name, so grain interfaces cannot be generic",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);
}
