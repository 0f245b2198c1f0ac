namespace IMU.Smpe.Commands;

/// <summary>One operand of a BYPASS list as written: a keyword and its nested operands.</summary>
internal sealed record BypassOperand(string Keyword, IReadOnlyList<BypassOperand> Operands, bool HasList);
