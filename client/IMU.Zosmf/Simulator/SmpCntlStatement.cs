namespace IMU.Zosmf.Simulator;

/// <summary>One SMPCNTL statement: the verb and its operands (<c>KEYWORD</c> or <c>KEYWORD(value)</c>, value kept raw).</summary>
internal sealed record SmpCntlStatement(string Verb, IReadOnlyDictionary<string, string?> Operands)
{
    public bool Has(string keyword) => Operands.ContainsKey(keyword);

    public string? Value(string keyword) => Operands.GetValueOrDefault(keyword);

    public IReadOnlyList<string> List(string keyword)
        => Value(keyword)?.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
