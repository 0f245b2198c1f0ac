using IMU.Smpe.HoldData;

namespace IMU.Smpe.Mcs;

/// <summary>
/// Prints the MCS model back as valid MCS on 80-column records (content in columns 1-71, lists
/// wrapped at separators, inline data after the element's period), so that reading the output
/// with <see cref="McsReader"/> gives the same model.
/// </summary>
public static class McsWriter
{
    /// <summary>Writes a SYSMOD: header, <c>++VER</c>s, <c>++IF</c>s, internal holds, then the rest.</summary>
    /// <param name="sysmod">The SYSMOD.</param>
    /// <returns>The MCS text, one record per line.</returns>
    public static string Write(Sysmod sysmod)
    {
        ArgumentNullException.ThrowIfNull(sysmod);
        var cards = new CardWriter();
        cards.Begin($"++{Keyword(sysmod.Type)}({sysmod.Id})");
        if (sysmod.Description is not null)
        {
            cards.FreeText("DESCRIPTION", sysmod.Description);
        }

        if (sysmod.Rework is not null)
        {
            cards.List("REWORK", [sysmod.Rework]);
        }

        Operands(cards, sysmod.OtherOperands);
        cards.End();
        foreach (var ver in sysmod.Vers)
        {
            WriteVer(cards, ver);
        }

        foreach (var condition in sysmod.Ifs)
        {
            cards.Begin("++IF");
            cards.List("FMID", [condition.Fmid]);
            cards.Token("THEN");
            cards.List("REQ", condition.Req);
            cards.End();
        }

        foreach (var hold in sysmod.Holds)
        {
            WriteHold(cards, hold);
        }

        foreach (var jclin in sysmod.JclIns)
        {
            cards.Begin("++JCLIN");
            Optional(cards, "RELFILE", jclin.RelFile?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Optional(cards, "TXLIB", jclin.TxLib);
            Operands(cards, jclin.OtherOperands);
            cards.End();
            cards.Data(jclin.InlineData);
        }

        foreach (var delete in sysmod.Deletes)
        {
            cards.Begin($"++DELETE({delete.LoadModule})");
            Lists(cards, "SYSLIB", delete.SysLibs);
            Lists(cards, "ALIAS", delete.Aliases);
            cards.End();
        }

        foreach (var statement in sysmod.OtherStatements)
        {
            cards.Begin(statement.Name is null ? $"++{statement.McsType}" : $"++{statement.McsType}({statement.Name})");
            Operands(cards, statement.Operands);
            cards.End();
        }

        foreach (var element in sysmod.Elements)
        {
            WriteElement(cards, element);
        }

        return cards.ToString();
    }

    /// <summary>Writes one <c>++HOLD</c> statement.</summary>
    /// <param name="hold">The hold.</param>
    /// <returns>The MCS text.</returns>
    public static string Write(HoldStatement hold)
    {
        ArgumentNullException.ThrowIfNull(hold);
        var cards = new CardWriter();
        WriteHold(cards, hold);
        return cards.ToString();
    }

    /// <summary>Writes one <c>++RELEASE</c> statement.</summary>
    /// <param name="release">The release.</param>
    /// <returns>The MCS text.</returns>
    public static string Write(ReleaseStatement release)
    {
        ArgumentNullException.ThrowIfNull(release);
        var cards = new CardWriter();
        cards.Begin($"++RELEASE({release.SysmodId})");
        cards.List("FMID", [release.Fmid]);
        cards.List("REASON", [release.Reason]);
        cards.Token(Keyword(release.Category));
        Optional(cards, "DATE", release.Date);
        cards.End();
        return cards.ToString();
    }

    private static void WriteVer(CardWriter cards, VerStatement ver)
    {
        cards.Begin($"++VER({string.Join(',', ver.Srels)})");
        Optional(cards, "FMID", ver.Fmid);
        Lists(cards, "PRE", ver.Pre);
        Lists(cards, "REQ", ver.Req);
        Lists(cards, "SUP", ver.Sup);
        Lists(cards, "NPRE", ver.Npre);
        Lists(cards, "DELETE", ver.Delete);
        Lists(cards, "VERSION", ver.Version);
        cards.End();
    }

    private static void WriteHold(CardWriter cards, HoldStatement hold)
    {
        cards.Begin($"++HOLD({hold.SysmodId})");
        cards.List("FMID", [hold.Fmid]);
        cards.List("REASON", [hold.Reason]);
        cards.Token(Keyword(hold.Category));
        Lists(cards, "CLASS", hold.Classes);
        Optional(cards, "DATE", hold.Date);
        Optional(cards, "RESOLVER", hold.Resolver);
        Lists(cards, "CATEGORY", hold.FixCategories);
        if (hold.Comment is not null)
        {
            cards.FreeText("COMMENT", hold.Comment);
        }

        cards.End();
    }

    private static void WriteElement(CardWriter cards, ElementStatement element)
    {
        cards.Begin($"++{element.McsType}({element.Name})");
        Optional(cards, "DISTLIB", element.DistLib);
        Lists(cards, "SYSLIB", element.SysLibs);
        Lists(cards, "LMOD", element.Lmods);
        Optional(cards, "RMID", element.Rmid);
        Lists(cards, "UMID", element.Umids);
        Lists(cards, "VERSION", element.Versions);
        if (element.Delete)
        {
            cards.Token("DELETE");
        }

        Optional(cards, "RELFILE", element.RelFile?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Optional(cards, "TXLIB", element.TxLib);
        Optional(cards, "LKLIB", element.LkLib);
        Operands(cards, element.OtherOperands);
        cards.End();
        cards.Data(element.InlineData);
    }

    private static void Optional(CardWriter cards, string keyword, string? value)
    {
        if (value is not null)
        {
            cards.List(keyword, [value]);
        }
    }

    private static void Lists(CardWriter cards, string keyword, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            cards.List(keyword, values);
        }
    }

    private static void Operands(CardWriter cards, IReadOnlyList<McsOperand> operands)
    {
        foreach (var operand in operands)
        {
            cards.List(operand.Keyword, operand.Values);
        }
    }

    private static string Keyword(SysmodType type) => type switch
    {
        SysmodType.Function => "FUNCTION",
        SysmodType.Ptf => "PTF",
        SysmodType.Apar => "APAR",
        _ => "USERMOD",
    };

    private static string Keyword(HoldCategory category) => category switch
    {
        HoldCategory.Error => "ERROR",
        HoldCategory.System => "SYSTEM",
        HoldCategory.User => "USER",
        _ => "FIXCAT",
    };
}
