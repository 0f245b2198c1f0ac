using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace IMU.Runtime.CodeGenerator;

/// <summary>The output for one grain interface; compared by value so unchanged interfaces are not re-emitted.</summary>
internal sealed class GeneratedSource(string hintName, string source, ImmutableArray<Diagnostic> diagnostics) : IEquatable<GeneratedSource>
{
    public string HintName { get; } = hintName;

    public string Source { get; } = source;

    public ImmutableArray<Diagnostic> Diagnostics { get; } = diagnostics;

    public bool Equals(GeneratedSource? other) =>
        other is not null
        && other.HintName == HintName
        && other.Source == Source
        && other.Diagnostics.Select(d => d.ToString()).SequenceEqual(Diagnostics.Select(d => d.ToString()));

    public override bool Equals(object? obj) => Equals(obj as GeneratedSource);

    public override int GetHashCode() => HintName.GetHashCode() ^ Source.GetHashCode();
}
