namespace IMU.Smpe.Mcs;

/// <summary>An operand kept as written (keyword and its values), for operands the engine does not interpret.</summary>
/// <param name="Keyword">The operand keyword, e.g. <c>LEPARM</c>.</param>
/// <param name="Values">Its values; empty for a bare keyword such as <c>TEXT</c>.</param>
public sealed record McsOperand(string Keyword, IReadOnlyList<string> Values);
