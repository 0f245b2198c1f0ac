using IMU.Smpe.Diagnostics;

namespace IMU.Smpe.Cntl;

/// <summary>What <see cref="SmpeOperandReader"/> read: the operands and any positioned errors.</summary>
/// <param name="Operands">The operands in order.</param>
/// <param name="Errors">Syntax errors; empty when the text is well formed.</param>
public sealed record SmpeOperandResult(IReadOnlyList<SmpeOperand> Operands, IReadOnlyList<SmpeError> Errors);
