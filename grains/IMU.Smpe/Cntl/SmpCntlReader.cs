using IMU.Smpe.Diagnostics;
using IMU.Smpe.Syntax;

namespace IMU.Smpe.Cntl;

/// <summary>
/// Reads SMPCNTL command input (<c>SET BOUNDARY</c>, <c>RECEIVE</c>, <c>APPLY</c>, <c>ACCEPT</c>,
/// <c>RESTORE</c>, <c>REJECT</c>, <c>LIST</c>, <c>REPORT ERRSYSMODS</c>) with the MCS lexical
/// rules: columns 1-72, case-sensitive, each command ended by a period, comments anywhere a
/// blank may be, free continuation over records.
/// </summary>
/// <remarks>A command with an error is reported and left out; the commands after it are still read.</remarks>
public static class SmpCntlReader
{
    private const int ScannedColumns = 72;

    /// <summary>Reads SMPCNTL text.</summary>
    /// <param name="text">The command records, separated by LF or CRLF.</param>
    /// <param name="fileName">The name used in error locations.</param>
    /// <returns>The commands and positioned errors.</returns>
    public static SmpCntlResult Read(string text, string fileName = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new StatementBuffer { File = fileName ?? string.Empty };
        var line = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var record = raw;
            line++;
            buffer.AppendRecord(record.Length > ScannedColumns ? record[..ScannedColumns] : record, line, 1, record.Length >= ScannedColumns);
        }

        var tree = new SyntaxTree();
        var errors = new List<SmpeError>();
        var binder = new OperandBinder(tree, errors);
        var commands = new List<SmpCntlCommand>();
        var rejected = new List<SmpCntlRejectedCommand>();
        var position = 0;
        while (true)
        {
            var inComment = false;
            var start = Lexer.SkipBlanksAndComments(buffer.Span, position, ref inComment);
            if (start < 0)
            {
                if (inComment)
                {
                    errors.Add(new SmpeError(buffer.EndLocation(), "comment '/*' is not closed by '*/' before the end of the input"));
                }

                break;
            }

            var scan = start;
            var state = default(LexState);
            var end = Lexer.FindTerminator(buffer.Span, ref scan, ref state);
            if (end < 0)
            {
                errors.Add(new SmpeError(buffer.Locate(start), "command is not ended by a period before the end of the input"));
                break;
            }

            tree.Parse(buffer, start, end, mcsFreeText: false);
            binder.Begin();
            var command = CommandBinder.Bind(binder, buffer.Locate(start));
            if (command is not null && !binder.HasErrors)
            {
                commands.Add(command);
            }
            else
            {
                var name = tree[0].FirstChild;
                rejected.Add(new SmpCntlRejectedCommand(buffer.Locate(start), name < 0 ? string.Empty : tree.Span(name).ToString()));
            }

            position = end + 1;
        }

        return new SmpCntlResult { Commands = commands, Rejected = rejected, Errors = errors };
    }
}
