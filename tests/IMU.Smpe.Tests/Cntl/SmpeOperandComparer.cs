using IMU.Smpe.Cntl;

namespace IMU.Smpe.Tests.Cntl;

/// <summary>Structural equality of operand trees (records compare lists by reference).</summary>
internal sealed class SmpeOperandComparer : IEqualityComparer<SmpeOperand>
{
    public static readonly SmpeOperandComparer Instance = new();

    public bool Equals(SmpeOperand? x, SmpeOperand? y) =>
        x is not null && y is not null && x.Keyword == y.Keyword && x.Operands.SequenceEqual(y.Operands, this);

    public int GetHashCode(SmpeOperand obj) => obj.Keyword.GetHashCode(StringComparison.Ordinal);
}
