using IMU.Smpe.HoldData;
using IMU.Smpe.Zones;

namespace IMU.Smpe.Selection;

/// <summary>The texts of the engine's GIM-style messages, in one place so that they stay consistent.</summary>
internal static class GimMessages
{
    public static string NotReceived(string id) => $"GIM30206E {id} IS NOT RECEIVED IN THE GLOBAL ZONE";

    public static string AlreadyInstalled(string id, string zone, bool accept) =>
        $"GIM30202I {id} IS ALREADY {(accept ? "ACCEPTED" : "APPLIED")} IN ZONE {zone}";

    public static string SupersededBy(string id, string by) => $"GIM30211I {id} IS SUPERSEDED BY {by}";

    public static string NotApplicable(string id, string zone, string srel) =>
        $"GIM30205W NO ++VER OF {id} MATCHES ZONE {zone} (SREL {srel} AND ITS INSTALLED FMIDS)";

    public static string Ambiguous(string id, string zone) => $"GIM30203E MORE THAN ONE ++VER OF {id} MATCHES ZONE {zone}";

    public static string NotApplied(string id, string zone) =>
        $"GIM30214E {id} IS NOT APPLIED IN TARGET ZONE {zone} AND BYPASS(APPLYCHECK) WAS NOT SPECIFIED";

    public static string Held(string id, HoldCategory category, string reason) =>
        $"GIM30205E {id} IS HELD FOR {Category(category)} REASON {reason}";

    public static string HoldBypassed(string id, HoldCategory category, string reason) =>
        $"GIM42001W THE {Category(category)} HOLD {reason} ON {id} WAS BYPASSED";

    public static string MissingFunction(string id, string fmid) => $"GIM30212E FMID {fmid} OF {id} IS NOT INSTALLED";

    public static string Missing(string kind, string requisite, string id) => $"GIM30208E {kind} {requisite} OF {id} IS NOT INSTALLED";

    public static string RequisiteBypassed(string kind, string requisite, string id) =>
        $"GIM30208W {kind} {requisite} OF {id} IS NOT INSTALLED; BYPASS({kind}) WAS SPECIFIED";

    public static string Npre(string npre, string id) => $"GIM30213E NPRE {npre} OF {id} IS INSTALLED";

    public static string GroupExtended(string id, string forId, string requisite) =>
        $"GIM30207I {id} WAS ADDED BY GROUPEXTEND FOR {requisite} OF {forId}";

    public static string Modid(string id, ElementKey key, string modid) =>
        $"GIM44502E {id} WOULD REGRESS {key}: {modid} IS NOT IN ITS PRE OR SUP LIST";

    public static string ModidBypassed(string id, ElementKey key, string modid) =>
        $"GIM44502W {key} IS INSTALLED BY {id} WITH BYPASS(ID) ALTHOUGH {modid} IS NOT IN ITS PRE OR SUP LIST";

    public static string UpdateMissingUmid(string id, ElementKey key, string umid) =>
        $"GIM38201W UMID {umid} OF {key} IS NOT IN THE PRE OR SUP LIST OF {id}; THE UPDATE IS INSTALLED ON TOP";

    public static string FmidsDiffer(string id, ElementKey key, string owner, string fmid) =>
        $"GIM45401W {key} BELONGS TO FMID {owner}, NOT {fmid}; {id} DID NOT SELECT IT";

    public static string KeptHigherLevel(string id, ElementKey key, string rmid) =>
        $"GIM38202I {key} WAS NOT REPLACED BY FUNCTION {id}: SERVICE {rmid} IS ALREADY INSTALLED";

    public static string UpdateOfMissingElement(string id, ElementKey key, string zone) =>
        $"GIM44302E {key} UPDATED BY {id} IS NOT IN ZONE {zone}";

    public static string UnknownZone(string zone) => $"GIM20501S ZONE {zone} IS NOT DEFINED IN THE CSI";

    public static string WrongZoneType(string zone, ZoneType expected) =>
        $"GIM20502S ZONE {zone} IS NOT A {(expected == ZoneType.Target ? "TARGET" : "DLIB")} ZONE";

    public static string Category(HoldCategory category) => category switch
    {
        HoldCategory.Error => "ERROR",
        HoldCategory.System => "SYSTEM",
        HoldCategory.User => "USER",
        _ => "FIXCAT",
    };
}
