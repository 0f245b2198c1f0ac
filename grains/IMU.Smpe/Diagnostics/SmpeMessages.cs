using IMU.Smpe.HoldData;
using IMU.Smpe.Zones;

namespace IMU.Smpe.Diagnostics;

/// <summary>
/// Every message the engine reports about SYSMODs, zones and the CSI, in SMP/E's text style.
/// </summary>
/// <remarks>
/// A systems programmer looks a GIM message number up in IBM's manual, so a GIM ID is used only
/// where smpe-reference.md documents that exact number with that meaning (GIM38901I, GIM38201W,
/// GIM45401W here; GIM36305E in the MCS reader). Everything else is our own wording of a situation
/// and carries our own prefix, <c>IMU</c> + number + SMP/E's severity letter (I/W/E/S for return
/// codes 0/4/8/12), so nobody is sent to a GIM message that means something else. Numbers:
/// IMU1nnn CSI and zones, IMU2nnn RECEIVE, IMU32nn APPLY/ACCEPT selection, IMU34nn element
/// selection, IMU35nn RESTORE; IMU40nn belong to the z/OSMF simulator's GIMSMP.
/// </remarks>
internal static class SmpeMessages
{
    public static string UnknownZone(string zone) => $"IMU1001S ZONE {zone} IS NOT DEFINED IN THE CSI";

    public static string WrongZoneType(string zone, ZoneType expected) =>
        $"IMU1002S ZONE {zone} IS NOT A {(expected == ZoneType.Target ? "TARGET" : "DLIB")} ZONE";

    public static string GlobalZoneExists() => "IMU1003S THE CSI ALREADY HAS ITS GLOBAL ZONE";

    public static string InvalidZone(string name, string srel) =>
        $"IMU1004S ZONE NAME '{name}' (1-7 CHARACTERS) OR SREL '{srel}' (4 CHARACTERS) IS NOT VALID";

    public static string ZoneExists(string name) => $"IMU1005S ZONE {name} IS ALREADY DEFINED";

    public static string NewerSchema(int current, int supported) =>
        $"IMU1006S THE CSI SCHEMA VERSION {current} IS NEWER THAN THIS ENGINE ({supported})";

    public static string UnknownSrelOrFmid(string id, string srels) =>
        $"GIM38901I {id} WAS NOT RECEIVED: NO ++VER NAMES AN SREL ({srels}) AND FMID KNOWN TO THE GLOBAL ZONE";

    public static string AlreadyReceived(string id) => $"IMU2001I {id} IS ALREADY RECEIVED";

    public static string McsError(SmpeError error) => $"IMU2002E {error.Location}: {error.Message}";

    public static string NotReceived(string id) => $"IMU3201E {id} IS NOT RECEIVED IN THE GLOBAL ZONE";

    public static string AlreadyInstalled(string id, string zone, bool accept) =>
        $"IMU3202I {id} IS ALREADY {(accept ? "ACCEPTED" : "APPLIED")} IN ZONE {zone}";

    public static string SupersededBy(string id, string by) => $"IMU3203I {id} IS SUPERSEDED BY {by}";

    public static string NotApplicable(string id, string zone, string srel) =>
        $"IMU3204W NO ++VER OF {id} MATCHES ZONE {zone} (SREL {srel} AND ITS INSTALLED FMIDS)";

    public static string Held(string id, HoldCategory category, string reason) =>
        $"IMU3205E {id} IS HELD FOR {Category(category)} REASON {reason}";

    public static string HoldBypassed(string id, HoldCategory category, string reason) =>
        $"IMU3206W THE {Category(category)} HOLD {reason} ON {id} WAS BYPASSED";

    public static string Ambiguous(string id, string zone) => $"IMU3207E MORE THAN ONE ++VER OF {id} MATCHES ZONE {zone}";

    public static string NotApplied(string id, string zone) =>
        $"IMU3208E {id} IS NOT APPLIED IN TARGET ZONE {zone} AND BYPASS(APPLYCHECK) WAS NOT SPECIFIED";

    public static string GroupExtended(string id, string forId, string requisite) =>
        $"IMU3209I {id} WAS ADDED BY GROUPEXTEND FOR {requisite} OF {forId}";

    public static string MissingFunction(string id, string fmid) => $"IMU3210E FMID {fmid} OF {id} IS NOT INSTALLED";

    public static string Missing(string kind, string requisite, string id) => $"IMU3211E {kind} {requisite} OF {id} IS NOT INSTALLED";

    public static string RequisiteBypassed(string kind, string requisite, string id) =>
        $"IMU3212W {kind} {requisite} OF {id} IS NOT INSTALLED; BYPASS({kind}) WAS SPECIFIED";

    public static string MissingIfReqOfInstalled(string requisite, string function, string owner) =>
        $"IMU3214E IFREQ {requisite} OF {function} IS NOT INSTALLED: ++IF FMID({function}) OF INSTALLED {owner} REQUIRES IT";

    public static string Npre(string npre, string id) => $"IMU3213E NPRE {npre} OF {id} IS INSTALLED";

    public static string Modid(string id, ElementKey key, string modid) =>
        $"IMU3401E {id} WOULD REGRESS {key}: {modid} IS NOT IN ITS PRE OR SUP LIST";

    public static string ModidBypassed(string id, ElementKey key, string modid) =>
        $"IMU3402W {key} IS INSTALLED BY {id} WITH BYPASS(ID) ALTHOUGH {modid} IS NOT IN ITS PRE OR SUP LIST";

    public static string KeptHigherLevel(string id, ElementKey key, string rmid) =>
        $"IMU3403I {key} WAS NOT REPLACED BY FUNCTION {id}: SERVICE {rmid} IS ALREADY INSTALLED";

    public static string UpdateOfMissingElement(string id, ElementKey key, string zone) =>
        $"IMU3404E {key} UPDATED BY {id} IS NOT IN ZONE {zone}";

    public static string UpdateMissingUmid(string id, ElementKey key, string umid) =>
        $"GIM38201W UMID {umid} OF {key} IS NOT IN THE PRE OR SUP LIST OF {id}; THE UPDATE IS INSTALLED ON TOP";

    public static string FmidsDiffer(string id, ElementKey key, string owner, string fmid) =>
        $"GIM45401W {key} BELONGS TO FMID {owner}, NOT {fmid}; {id} DID NOT SELECT IT";

    public static string NotRestorable(string id, string zone) =>
        $"IMU3501E {id} CANNOT BE RESTORED: IT IS NOT APPLIED IN ZONE {zone}";

    public static string RestoreAccepted(string id, string dlib) =>
        $"IMU3502E {id} CANNOT BE RESTORED: IT IS ACCEPTED IN DLIB ZONE {dlib}";

    public static string RestoreLeavesBehind(string id, string why) => $"IMU3503E {id} CANNOT BE RESTORED ALONE: {why}";

    public static string RestoredWithGroup(string id, string why) => $"IMU3504I {id} IS ALSO RESTORED (GROUP): {why}";

    private static string Category(HoldCategory category) => category switch
    {
        HoldCategory.Error => "ERROR",
        HoldCategory.System => "SYSTEM",
        HoldCategory.User => "USER",
        _ => "FIXCAT",
    };
}
