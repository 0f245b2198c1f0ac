namespace IMU.Smpe.Cntl;

/// <summary>
/// An SMP/E operand as a tree: a keyword with its parenthesized sub-operands. A plain value is an
/// operand with no sub-operands, so <c>HOLDSYSTEM(ACTION(UJ00001),IPL)</c> is
/// <c>HOLDSYSTEM</c> → [<c>ACTION</c> → [<c>UJ00001</c>], <c>IPL</c>].
/// </summary>
/// <param name="Keyword">The keyword or value as written (quoted values without their quotes).</param>
/// <param name="Operands">The sub-operands in order; empty for a plain value or bare keyword.</param>
public sealed record SmpeOperand(string Keyword, IReadOnlyList<SmpeOperand> Operands)
{
    /// <summary>Writes the operand back in SMP/E syntax: <c>KEY(SUB1,SUB2(X))</c>.</summary>
    /// <returns>The operand text.</returns>
    public override string ToString() =>
        Operands.Count == 0 ? Keyword : $"{Keyword}({string.Join(',', Operands)})";
}
