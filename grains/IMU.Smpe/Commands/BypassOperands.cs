using IMU.Smpe.Cntl;
using IMU.Smpe.Diagnostics;

namespace IMU.Smpe.Commands;

/// <summary>
/// Turns SMP/E's BYPASS operand syntax (<c>HOLDSYSTEM(IPL(UJ00001)) HOLDERROR(AA12345) ID</c>) into
/// <see cref="BypassOptions"/>. One binder serves the CLI's <c>--bypass</c> text and the BYPASS of
/// SMPCNTL APPLY/ACCEPT statements, so both accept exactly the same forms.
/// </summary>
public static class BypassOperands
{
    private static readonly string[] s_valid = ["HOLDSYSTEM", "HOLDSYS", "HOLDERROR", "HOLDERR", "HOLDUSER", "HOLDFIXCAT", "HOLDCLASS", "ID", "PRE", "REQ", "IFREQ", "APPLYCHECK"];

    /// <summary>Reads BYPASS operand text, with or without the enclosing <c>BYPASS(...)</c>.</summary>
    /// <param name="text">The operands, e.g. <c>HOLDSYSTEM(ACTION,IPL) HOLDERROR(AA12345) ID</c>.</param>
    /// <param name="fileName">The name errors are reported under (a file or an option name such as <c>--bypass</c>).</param>
    /// <returns>The options, or positioned errors.</returns>
    public static BypassReadResult Read(string text, string fileName = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        var read = SmpeOperandReader.Read(text, fileName);
        if (read.Errors.Count > 0)
        {
            return new BypassReadResult(BypassOptions.None, read.Errors);
        }

        var operands = read.Operands is [{ Keyword: "BYPASS", Operands.Count: > 0 } bypass] ? bypass.Operands : read.Operands;
        return Bind(operands, new SourceLocation(fileName, 1, 1));
    }

    /// <summary>Binds the operands inside <c>BYPASS(...)</c>.</summary>
    /// <param name="operands">The operand tree.</param>
    /// <param name="location">Where the BYPASS operand stands, for errors.</param>
    /// <returns>The options, or errors at <paramref name="location"/>.</returns>
    public static BypassReadResult Bind(IReadOnlyList<SmpeOperand> operands, SourceLocation location)
    {
        ArgumentNullException.ThrowIfNull(operands);
        var errors = new List<SmpeError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var options = BypassOptions.None;
        foreach (var operand in operands)
        {
            var keyword = operand.Keyword switch
            {
                "HOLDSYS" => "HOLDSYSTEM",
                "HOLDERR" => "HOLDERROR",
                var other => other,
            };
            if (!s_valid.Contains(keyword, StringComparer.Ordinal))
            {
                errors.Add(new SmpeError(location, $"BYPASS operand '{operand.Keyword}' is not valid; valid operands are {string.Join(", ", s_valid)}"));
                continue;
            }

            if (!seen.Add(keyword))
            {
                errors.Add(new SmpeError(location, $"BYPASS operand {keyword} is given more than once"));
                continue;
            }

            options = keyword switch
            {
                "HOLDSYSTEM" => options with { HoldSystem = HoldBypass(keyword, operand, location, errors) },
                "HOLDERROR" => options with { HoldError = HoldBypass(keyword, operand, location, errors) },
                "HOLDUSER" => options with { HoldUser = HoldBypass(keyword, operand, location, errors) },
                "HOLDFIXCAT" => options with { HoldFixcat = HoldBypass(keyword, operand, location, errors) },
                "HOLDCLASS" => options with { HoldClasses = HoldClasses(operand, location, errors) },
                _ => Flag(options, keyword, operand, location, errors),
            };
        }

        return errors.Count == 0 ? new BypassReadResult(options, []) : new BypassReadResult(BypassOptions.None, errors);
    }

    /// <summary>
    /// A bare hold keyword bypasses every reason of its type; a list narrows it to reason IDs, and a
    /// nested list (<c>IPL(UJ00001,UJ00002)</c>) narrows a reason to the named SYSMODs.
    /// </summary>
    private static HoldBypass HoldBypass(string keyword, SmpeOperand operand, SourceLocation location, List<SmpeError> errors)
    {
        if (operand.Operands.Count == 0)
        {
            return new HoldBypass { All = true };
        }

        foreach (var reason in operand.Operands)
        {
            if (SmpeNames.NameProblem($"BYPASS {keyword} reason ID", reason.Keyword, SmpeNames.SysmodIdLength) is { } problem)
            {
                errors.Add(new SmpeError(location, problem));
            }

            foreach (var sysmod in reason.Operands)
            {
                if (sysmod.Operands.Count > 0)
                {
                    errors.Add(new SmpeError(location, $"BYPASS {keyword}: SYSMOD {sysmod.Keyword} cannot have a list of its own; the form is {keyword}(reason(sysmod,...))"));
                }
                else if (SmpeNames.SysmodIdProblem($"BYPASS {keyword}({reason.Keyword}(...)) SYSMOD ID", sysmod.Keyword) is { } idProblem)
                {
                    errors.Add(new SmpeError(location, idProblem));
                }
            }
        }

        return new HoldBypass { Reasons = [.. operand.Operands.Select(r => new HoldBypassReason(r.Keyword, [.. r.Operands.Select(s => s.Keyword)]))] };
    }

    private static IReadOnlyList<string> HoldClasses(SmpeOperand operand, SourceLocation location, List<SmpeError> errors)
    {
        if (operand.Operands.Count == 0 || operand.Operands.Any(c => c.Operands.Count > 0))
        {
            errors.Add(new SmpeError(location, "BYPASS HOLDCLASS needs a list of hold classes, e.g. HOLDCLASS(ERREL,HIPER)"));
            return [];
        }

        foreach (var holdClass in operand.Operands)
        {
            if (SmpeNames.NameProblem("BYPASS HOLDCLASS class", holdClass.Keyword, SmpeNames.SysmodIdLength) is { } problem)
            {
                errors.Add(new SmpeError(location, problem));
            }
        }

        return [.. operand.Operands.Select(c => c.Keyword)];
    }

    private static BypassOptions Flag(BypassOptions options, string keyword, SmpeOperand operand, SourceLocation location, List<SmpeError> errors)
    {
        if (operand.Operands.Count > 0)
        {
            errors.Add(new SmpeError(location, $"BYPASS operand {keyword} takes no values"));
            return options;
        }

        return keyword switch
        {
            "ID" => options with { Id = true },
            "PRE" => options with { Pre = true },
            "REQ" => options with { Req = true },
            "IFREQ" => options with { IfReq = true },
            _ => options with { ApplyCheck = true },
        };
    }
}
