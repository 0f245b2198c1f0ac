using IMU.Smpe.Diagnostics;
using IMU.Smpe.Syntax;

namespace IMU.Smpe.Cntl;

/// <summary>
/// Reads free-standing SMP/E operand text, such as the text of <c>BYPASS(...)</c> given on a
/// command line: <c>HOLDSYSTEM(ACTION(UJ00001),IPL) HOLDERROR(AA12345) ID</c>.
/// </summary>
public static class SmpeOperandReader
{
    /// <summary>Reads operands separated by blanks or commas; comments are allowed; no period is needed.</summary>
    /// <param name="text">The operand text (may span lines).</param>
    /// <param name="fileName">The name used in error locations.</param>
    /// <returns>The operand trees and positioned errors.</returns>
    public static SmpeOperandResult Read(string text, string fileName = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new StatementBuffer { File = fileName ?? string.Empty };
        var line = 0;
        foreach (var record in text.AsSpan().EnumerateLines())
        {
            buffer.AppendRecord(record, ++line, 1, reachesColumn72: false);
        }

        var tree = new SyntaxTree();
        tree.Parse(buffer, 0, buffer.Length, mcsFreeText: false);
        var errors = new List<SmpeError>();
        new OperandBinder(tree, errors).Begin();
        return new SmpeOperandResult(Convert(tree, 0), errors);
    }

    internal static IReadOnlyList<SmpeOperand> Convert(SyntaxTree tree, int parent)
    {
        ref readonly var p = ref tree[parent];
        if (p.ChildCount == 0)
        {
            return [];
        }

        var operands = new SmpeOperand[p.ChildCount];
        var i = 0;
        for (var child = p.FirstChild; child >= 0; child = tree.Next(child))
        {
            operands[i++] = new SmpeOperand(tree.Value(child), Convert(tree, child));
        }

        return operands;
    }
}
