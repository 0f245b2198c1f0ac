using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IMU.Runtime.CodeGenerator;

/// <summary>
/// For every interface deriving from <c>IMU.Runtime.IGrainWithStringKey</c> declared in the
/// compilation, writes a grain reference that packs arguments, an invoker that dispatches by method
/// id, and an assembly attribute through which the runtime finds both.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class GrainReferenceGenerator : IIncrementalGenerator
{
    private const string GrainWithStringKey = "IMU.Runtime.IGrainWithStringKey";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var sources = context.SyntaxProvider.CreateSyntaxProvider(
                static (node, _) => node is InterfaceDeclarationSyntax { BaseList: not null },
                static (ctx, ct) =>
                {
                    if (ctx.SemanticModel.GetDeclaredSymbol(ctx.Node, ct) is not INamedTypeSymbol symbol
                        || !symbol.AllInterfaces.Any(i => i.ToDisplayString() == GrainWithStringKey))
                    {
                        return null;
                    }

                    return GrainInterfaceEmitter.Emit(symbol);
                })
            .Where(static s => s is not null)
            .Collect();

        context.RegisterSourceOutput(sources, static (spc, all) =>
        {
            foreach (var source in all.GroupBy(s => s!.HintName).Select(g => g.First()!))
            {
                foreach (var diagnostic in source.Diagnostics)
                {
                    spc.ReportDiagnostic(diagnostic);
                }

                if (source.Source.Length > 0)
                {
                    spc.AddSource(source.HintName, source.Source);
                }
            }
        });
    }
}
