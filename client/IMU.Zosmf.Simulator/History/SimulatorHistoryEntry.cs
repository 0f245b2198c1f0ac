using System.Text.Json.Serialization;

namespace IMU.Zosmf.Simulator.History;

/// <summary>
/// One SMP/E command or IPL a simulated system executed, as <c>GET /simulator/systems/{name}/history</c>
/// lists it. Commands a job never reached (JCL ERROR, ABEND before SMP/E, a syntax error) are not here.
/// </summary>
/// <param name="Command">RECEIVE, APPLY, ACCEPT, RESTORE, LIST or IPL.</param>
/// <param name="Check">True when the command ran with CHECK.</param>
/// <param name="Sysmods">The SYSMODs and what happened to each, in SMP/E's words (APPLIED, HELD, NOGO, RECEIVED, ALREADY INSTALLED, ...; LIST: the entry status, e.g. APP).</param>
/// <param name="ReturnCode">The command's return code (IPL: 0).</param>
/// <param name="Job">The job as <c>JOBNAME(JOBID)</c>; for an IPL the HMC job URI.</param>
/// <param name="Start">When the job started executing (IPL: the load request), UTC.</param>
/// <param name="End">When the job ended (IPL: when z/OSMF answered again), UTC.</param>
public sealed record SimulatorHistoryEntry(
    [property: JsonPropertyName("command")] string Command,
    [property: JsonPropertyName("check")] bool Check,
    [property: JsonPropertyName("sysmods")] IReadOnlyDictionary<string, string> Sysmods,
    [property: JsonPropertyName("returnCode")] int ReturnCode,
    [property: JsonPropertyName("job")] string Job,
    [property: JsonPropertyName("start")] DateTime Start,
    [property: JsonPropertyName("end")] DateTime End)
{
    /// <summary>IPL only: the load address used.</summary>
    [JsonPropertyName("loadAddress")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LoadAddress { get; init; }

    /// <summary>IPL only: the load parameter used.</summary>
    [JsonPropertyName("loadParameter")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LoadParameter { get; init; }
}
