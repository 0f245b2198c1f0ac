using IMU.Smpe.Diagnostics;
using IMU.Smpe.Mcs;

namespace IMU.Smpe.Cntl;

/// <summary>
/// Writes SMPCNTL commands as 80-column records that <see cref="SmpCntlReader"/> reads back to the
/// same commands: content in columns 1-71, lists wrapped after a comma, each command ended by a
/// period.
/// </summary>
/// <remarks>
/// Commands usually carry values that came from outside (a SELECT list, BYPASS operands), and the
/// text ends up in-stream in a job. A value that could end a statement early, open a comment or
/// start a JCL statement is refused, never escaped; and the text is read back before it is
/// returned, so the writer accepts exactly what the reader accepts.
/// </remarks>
public static class SmpCntlWriter
{
    private const int LongestToken = 64;

    /// <summary>Writes one command.</summary>
    /// <param name="command">The command.</param>
    /// <returns>The records, each ended by a line feed.</returns>
    /// <exception cref="ArgumentException">A value cannot be written as SMPCNTL.</exception>
    public static string Write(SmpCntlCommand command) => Write([command]);

    /// <summary>Writes commands in order.</summary>
    /// <param name="commands">The commands.</param>
    /// <returns>The records, each ended by a line feed.</returns>
    /// <exception cref="ArgumentException">A value cannot be written as SMPCNTL; the message names it.</exception>
    public static string Write(IEnumerable<SmpCntlCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var cards = new CardWriter();
        var count = 0;
        foreach (var command in commands)
        {
            ArgumentNullException.ThrowIfNull(command, nameof(commands));
            WriteCommand(cards, command);
            count++;
        }

        var text = cards.ToString();
        var read = SmpCntlReader.Read(text, "SMPCNTL");
        if (read.Errors.Count > 0)
        {
            throw new ArgumentException($"The command cannot be written as SMPCNTL: {read.Errors[0].Message}.", nameof(commands));
        }

        return read.Commands.Count == count
            ? text
            : throw new ArgumentException($"The commands cannot be written as SMPCNTL: {count} written, {read.Commands.Count} read back.", nameof(commands));
    }

    private static void WriteCommand(CardWriter cards, SmpCntlCommand command)
    {
        cards.Begin(command.Name);
        switch (command)
        {
            case SetBoundaryCommand set:
                cards.Token($"BOUNDARY({Word(set.Zone, "zone")})");
                break;
            case ReceiveCommand receive:
                Flag(cards, receive.Sysmods, "SYSMODS");
                Flag(cards, receive.HoldData, "HOLDDATA");
                Values(cards, "SELECT", receive.Select);
                Values(cards, "EXCLUDE", receive.Exclude);
                Values(cards, "FORFMID", receive.ForFmid);
                Flag(cards, receive.List, "LIST");
                Bypass(cards, receive.Bypass);
                Operands(cards, receive.OtherOperands);
                break;
            case InstallCommand install:
                WriteInstall(cards, install);
                break;
            case RejectCommand reject:
                Values(cards, "SELECT", reject.Select);
                Flag(cards, reject.HoldData, "HOLDDATA");
                Bypass(cards, reject.Bypass);
                Operands(cards, reject.OtherOperands);
                break;
            case ListCommand list:
                Flag(cards, list.Sysmods, "SYSMODS");
                Operands(cards, list.Operands);
                break;
            case ReportErrsysmodsCommand report:
                cards.Token("ERRSYSMODS");
                Values(cards, "ZONES", report.Zones);
                Operands(cards, report.OtherOperands);
                break;
            default:
                throw new ArgumentException($"{command.GetType().Name} is not an SMPCNTL command this writer knows.", nameof(command));
        }

        cards.End();
    }

    private static void WriteInstall(CardWriter cards, InstallCommand install)
    {
        Values(cards, "SELECT", install.Select);
        foreach (var type in install.MassTypes)
        {
            cards.Token(type switch
            {
                SysmodType.Ptf => "PTFS",
                SysmodType.Apar => "APARS",
                SysmodType.Usermod => "USERMODS",
                _ => "FUNCTIONS",
            });
        }

        Values(cards, "FORFMID", install.ForFmid);
        Values(cards, "EXCLUDE", install.Exclude);
        if (install is ApplyOrAcceptCommand applyOrAccept)
        {
            if ((applyOrAccept.GroupExtendNoApars || applyOrAccept.GroupExtendNoUsermods) && !applyOrAccept.GroupExtend)
            {
                throw new ArgumentException("GROUPEXTEND(NOAPARS) and GROUPEXTEND(NOUSERMODS) need GroupExtend.", nameof(install));
            }

            if (applyOrAccept.GroupExtend)
            {
                var options = new List<string>();
                if (applyOrAccept.GroupExtendNoApars)
                {
                    options.Add("NOAPARS");
                }

                if (applyOrAccept.GroupExtendNoUsermods)
                {
                    options.Add("NOUSERMODS");
                }

                cards.List("GROUPEXTEND", options);
            }

            Flag(cards, applyOrAccept.Redo, "REDO");
        }

        if (install is RestoreCommand restore)
        {
            Flag(cards, restore.Group, "GROUP");
        }

        Bypass(cards, install.Bypass);
        Flag(cards, install.Check, "CHECK");
        Operands(cards, install.OtherOperands);
    }

    private static void Flag(CardWriter cards, bool set, string keyword)
    {
        if (set)
        {
            cards.Token(keyword);
        }
    }

    private static void Values(CardWriter cards, string keyword, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            cards.List(keyword, values.Select(v => Word(v, keyword)).ToList());
        }
    }

    private static void Bypass(CardWriter cards, IReadOnlyList<SmpeOperand> bypass)
    {
        if (bypass.Count > 0)
        {
            cards.List("BYPASS", bypass.Select(o => Nested(o, "BYPASS")).ToList());
        }
    }

    private static void Operands(CardWriter cards, IReadOnlyList<SmpeOperand> operands)
    {
        foreach (var operand in operands)
        {
            var keyword = Word(operand.Keyword, "operand");
            if (operand.Operands.Count == 0)
            {
                cards.Token(keyword);
            }
            else
            {
                cards.List(keyword, operand.Operands.Select(o => Nested(o, keyword)).ToList());
            }
        }
    }

    /// <summary>A sub-operand as text; inside parentheses a value may also hold lower case, periods, hyphens and underscores (FIXCAT names).</summary>
    private static string Nested(SmpeOperand operand, string within)
    {
        var keyword = Token(operand.Keyword, within, nested: true);
        return operand.Operands.Count == 0
            ? keyword
            : $"{keyword}({string.Join(',', operand.Operands.Select(o => Nested(o, within)))})";
    }

    /// <summary>A keyword or value outside any parentheses: SMP/E name characters only.</summary>
    private static string Word(string value, string what) => Token(value, what, nested: false);

    private static string Token(string value, string what, bool nested)
    {
        ArgumentNullException.ThrowIfNull(value, what);
        var valid = value.Length is > 0 and <= LongestToken
            && value.All(c => SmpeNames.IsNameChar(c) || (nested && (char.IsAsciiLetterLower(c) || c is '.' or '-' or '_')));
        return valid
            ? value
            : throw new ArgumentException($"{what} value '{value}' cannot be written as SMPCNTL: 1 to {LongestToken} of A-Z, 0-9, @, # and $" + (nested ? " (inside parentheses also a-z . - _)" : string.Empty) + ".", what);
    }
}
