using IMU.Smpe.Diagnostics;

namespace IMU.Zosmf.Simulator.Smpe;

/// <summary>
/// The messages the simulator's GIMSMP prints about command processing. A GIM number is used where
/// its meaning is documented (GIM42401I, the EXEC PARM echo; GIM20501I, the end of each command);
/// the rest carry the simulator's own <c>IMU40nn</c> numbers with SMP/E's severity letter, as the
/// engine does, so nobody looks up a GIM message that means something else.
/// </summary>
internal static class GimsmpMessages
{
    public static string Parm(string parm) => $"GIM42401I THE FOLLOWING PARAMETERS WERE SPECIFIED ON THE EXEC STATEMENT FOR GIMSMP: '{parm}'.";

    public static string CommandComplete(string command, int returnCode) =>
        $"GIM20501I {command} PROCESSING IS COMPLETE. THE HIGHEST RETURN CODE WAS {returnCode:00}.";

    public static string CommandSyntax(SmpeError error) => $"IMU4002S {error.Location}: {error.Message}";

    public static string CommandNotProcessed(string command) => $"IMU4003S {command} WAS NOT PROCESSED BECAUSE OF THE ERRORS ABOVE";

    public static string NoZone(string command) => $"IMU4004S {command} WAS NOT PROCESSED: NO SET BOUNDARY COMMAND COMPLETED BEFORE IT";

    public static string WrongZoneForCommand(string command, string zone, string required) =>
        $"IMU4005S {command} WAS NOT PROCESSED: IT RUNS WITH SET BOUNDARY({required}), NOT {zone}";

    public static string NotExecuted(string command, string what) => $"IMU4006S {command} WAS NOT PROCESSED: {what} IS NOT EXECUTED BY THIS SYSTEM";

    public static string UnknownZone(string zone) => $"IMU4007S ZONE {zone} IS NOT DEFINED IN THE CSI";

    public static string UtilityFailed(string command) => $"IMU4008E {command} FAILED: A UTILITY ENDED WITH RETURN CODE 8; NOTHING WAS CHANGED";

    public static string CsiError(string command, string why) => $"IMU4009S {command} FAILED: THE CSI COULD NOT BE UPDATED: {why}";

    public static string McsError(SmpeError error) => $"IMU2002E {error.Location}: {error.Message}";
}
