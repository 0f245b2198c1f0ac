using IMU.Smpe.HoldData;
using IMU.Smpe.Mcs;
using IMU.Smpe.Selection;
using IMU.Smpe.Zones;

namespace IMU.Smpe.Activation;

/// <summary>
/// Derives a SYSMOD's activation class from its SYSTEM holds and from where its elements land
/// (smpe-reference.md §10): the nucleus, NIP/RIM modules and LPA are only picked up at IPL.
/// </summary>
internal static class ActivationClassifier
{
    private static readonly string[] s_iplLibraries = ["NUCLEUS", "LPALIB"];
    private static readonly string[] s_iplDataSets = ["SYS1.NUCLEUS", "SYS1.LPALIB", "DDNAME=NUCLEUS", "DDNAME=LPALIB"];

    public static ActivationClass Classify(
        Sysmod sysmod,
        IEnumerable<HoldStatement> holds,
        Func<ElementKey, ElementEntry?> zoneElement)
    {
        var byHolds = OfHolds(holds);
        if (byHolds != ActivationClass.Ipl &&
            (sysmod.Elements.Any(e => IsIplElement(e, zoneElement)) || sysmod.JclIns.Any(j => LinksIntoIplLibrary(j.InlineData))))
        {
            return ActivationClass.Ipl;
        }

        return byHolds;
    }

    /// <summary>
    /// A class decided earlier (at RECEIVE, from the SYSMOD's own MCS and internal holds) together with
    /// holds that arrived since: the stronger of the two, IPL over dynamic over none.
    /// </summary>
    public static ActivationClass WithHolds(ActivationClass decided, IEnumerable<HoldStatement> holds)
    {
        var byHolds = OfHolds(holds);
        return byHolds > decided ? byHolds : decided;
    }

    private static ActivationClass OfHolds(IEnumerable<HoldStatement> holds)
    {
        var dynact = false;
        foreach (var hold in holds)
        {
            if (hold.Category != HoldCategory.System)
            {
                continue;
            }

            if (hold.Reason == "IPL" || (hold.Reason == "ACTION" && MentionsIpl(hold.Comment)))
            {
                return ActivationClass.Ipl;
            }

            dynact |= hold.Reason == "DYNACT";
        }

        return dynact ? ActivationClass.Dynamic : ActivationClass.None;
    }

    private static bool MentionsIpl(string? comment) =>
        comment is not null &&
        (comment.Contains("IPL TEXT", StringComparison.OrdinalIgnoreCase) || comment.Contains("CLPA", StringComparison.OrdinalIgnoreCase));

    private static bool IsIplElement(ElementStatement element, Func<ElementKey, ElementEntry?> zoneElement)
    {
        if (IsIplModuleName(element.Name) || element.Lmods.Any(IsIplModuleName) || element.SysLibs.Any(IsIplLibrary))
        {
            return true;
        }

        if (element.McsType == "ZAP" && ZappedLoadModule(element.InlineData) is { } lmod && IsIplModuleName(lmod))
        {
            return true;
        }

        // A ++ZAP or an update carries no SYSLIB/LMOD: where it lands is what the zone knows about the element.
        return zoneElement(ElementTypes.KeyOf(element)) is { } existing &&
            ((existing.SysLib is { } lib && IsIplLibrary(lib)) || existing.Lmods.Any(IsIplModuleName));
    }

    private static bool IsIplModuleName(string name) =>
        name.StartsWith("IEANUC0", StringComparison.Ordinal) ||
        name.StartsWith("IEAVNIP", StringComparison.Ordinal) ||
        name.StartsWith("IEAVNP", StringComparison.Ordinal);

    private static bool IsIplLibrary(string ddname) => s_iplLibraries.Contains(ddname);

    /// <summary>The load module named on the AMASPZAP <c>NAME lmod [csect]</c> card, or null.</summary>
    private static string? ZappedLoadModule(IReadOnlyList<string> data)
    {
        foreach (var record in data)
        {
            var fields = record.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 2 && fields[0] == "NAME")
            {
                return fields[1];
            }
        }

        return null;
    }

    private static bool LinksIntoIplLibrary(IReadOnlyList<string> jcl) =>
        jcl.Any(r => r.StartsWith("//", StringComparison.Ordinal) && s_iplDataSets.Any(d => r.Contains(d, StringComparison.Ordinal)));
}
