using System.Text;

namespace IMU.Zosmf.Simulator.Jes;

/// <summary>
/// The part of the JES converter the simulator needs: JOB (name, accounting, CLASS=), EXEC and DD
/// statements with continuations, SYSOUT, DUMMY and DSN= DDs, and in-stream data after <c>DD *</c> /
/// <c>DD DATA</c> with <c>DLM=</c>.
/// </summary>
internal static class JclDeckParser
{
    public static JclDeck Parse(string jcl)
    {
        var records = jcl.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string? jobName = null;
        var accounting = string.Empty;
        var jobClass = "A";
        var steps = new List<(string Name, string Program, Dictionary<string, JclDd> Dds)>();
        var i = 0;
        while (i < records.Length)
        {
            var record = records[i];
            if (record.Length == 0 || record.StartsWith("//*", StringComparison.Ordinal) || record == "//" || record.StartsWith("/*", StringComparison.Ordinal))
            {
                i++;
                continue;
            }

            if (!record.StartsWith("//", StringComparison.Ordinal))
            {
                throw new JclErrorException($"IEFC605I UNIDENTIFIED OPERATION FIELD ON RECORD {i + 1}");
            }

            var (name, operation, operands, next) = ReadStatement(records, i);
            i = next;
            switch (operation)
            {
                case "JOB":
                    jobName = name;
                    accounting = operands.Count > 0 && !operands[0].Contains('=', StringComparison.Ordinal) ? operands[0] : string.Empty;
                    jobClass = Keyword(operands, "CLASS") ?? jobClass;
                    break;
                case "EXEC":
                    var program = Keyword(operands, "PGM") ?? throw new JclErrorException($"IEFC622I NO PGM= ON EXEC STATEMENT {name}");
                    steps.Add((name, program, new Dictionary<string, JclDd>(StringComparer.Ordinal)));
                    break;
                case "DD":
                    if (steps.Count == 0)
                    {
                        throw new JclErrorException($"IEFC607I DD STATEMENT {name} BEFORE ANY EXEC");
                    }

                    var dd = ReadDd(name, operands, records, ref i);
                    steps[^1].Dds[name] = dd;
                    break;
                default:
                    throw new JclErrorException($"IEFC605I UNIDENTIFIED OPERATION FIELD {operation}");
            }
        }

        if (jobName is null)
        {
            throw new JclErrorException("IEFC452I JOB NOT RUN - JCL ERROR: NO JOB STATEMENT");
        }

        if (jobName.Length is 0 or > 8)
        {
            throw new JclErrorException($"IEFC620I UNIDENTIFIABLE CHARACTER IN THE JOB NAME '{jobName}'");
        }

        return new JclDeck(jobName, accounting, jobClass, steps.Select(s => new JclStep(s.Name, s.Program, s.Dds)).ToList());
    }

    private static JclDd ReadDd(string name, List<string> operands, string[] records, ref int i)
    {
        var first = operands.Count > 0 ? operands[0] : string.Empty;
        if (first is "*" or "DATA")
        {
            var delimiter = Keyword(operands, "DLM");
            var data = new StringBuilder();
            while (i < records.Length)
            {
                var record = records[i];
                var ends = delimiter is not null
                    ? record.StartsWith(delimiter, StringComparison.Ordinal)
                    : record.StartsWith("/*", StringComparison.Ordinal) || (first == "*" && record.StartsWith("//", StringComparison.Ordinal));
                if (ends)
                {
                    if (delimiter is not null || record.StartsWith("/*", StringComparison.Ordinal))
                    {
                        i++;
                    }

                    break;
                }

                data.Append(record).Append('\n');
                i++;
            }

            return new JclDd(name, data.ToString(), false, null);
        }

        return new JclDd(name, null, first == "DUMMY", Keyword(operands, "DSN") ?? Keyword(operands, "DSNAME"))
        {
            Sysout = Keyword(operands, "SYSOUT"),
            Disposition = Keyword(operands, "DISP"),
        };
    }

    private static (string Name, string Operation, List<string> Operands, int Next) ReadStatement(string[] records, int i)
    {
        var fields = Fields(records[i]);
        var name = fields.Name;
        var operation = fields.Remainder.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries) is [var op, ..] ? op : string.Empty;
        var operandText = new StringBuilder(OperandField(fields.Remainder));
        i++;
        while (operandText.Length > 0 && operandText[^1] == ',' && i < records.Length
            && records[i].StartsWith("// ", StringComparison.Ordinal))
        {
            operandText.Append(OperandField("X " + records[i][2..].TrimStart()));
            i++;
        }

        return (name, operation, SplitOperands(operandText.ToString()), i);
    }

    private static (string Name, string Remainder) Fields(string record)
    {
        var body = record.Length > 72 ? record[2..72] : record[2..];
        if (body.StartsWith(' '))
        {
            return (string.Empty, body.Trim());
        }

        var space = body.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (body, string.Empty) : (body[..space], body[space..].Trim());
    }

    /// <summary>The operand field: after the operation, up to the first blank outside quotes.</summary>
    private static string OperandField(string operationAndOperands)
    {
        var parts = operationAndOperands.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return string.Empty;
        }

        var text = parts[1].TrimStart();
        var quoted = false;
        for (var k = 0; k < text.Length; k++)
        {
            if (text[k] == '\'')
            {
                quoted = !quoted;
            }
            else if (text[k] == ' ' && !quoted)
            {
                return text[..k];
            }
        }

        return text;
    }

    private static List<string> SplitOperands(string text)
    {
        var operands = new List<string>();
        var depth = 0;
        var quoted = false;
        var start = 0;
        for (var k = 0; k < text.Length; k++)
        {
            var c = text[k];
            if (c == '\'')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '(')
            {
                depth++;
            }
            else if (!quoted && c == ')')
            {
                depth--;
            }
            else if (!quoted && depth == 0 && c == ',')
            {
                operands.Add(text[start..k]);
                start = k + 1;
            }
        }

        if (start < text.Length)
        {
            operands.Add(text[start..]);
        }

        return operands;
    }

    private static string? Keyword(List<string> operands, string keyword)
        => operands.FirstOrDefault(o => o.StartsWith(keyword + "=", StringComparison.Ordinal))?[(keyword.Length + 1)..];
}
