namespace IMU.Zosmf.Simulator.Smpe;

/// <summary>One SMP/E command the step executed, for the system's history.</summary>
/// <param name="Command">RECEIVE, APPLY, ACCEPT, RESTORE or LIST.</param>
/// <param name="Check">True with CHECK.</param>
/// <param name="Sysmods">Each SYSMOD and what happened to it, in SMP/E's words.</param>
/// <param name="ReturnCode">The command's return code.</param>
internal sealed record ExecutedCommand(string Command, bool Check, IReadOnlyDictionary<string, string> Sysmods, int ReturnCode);
