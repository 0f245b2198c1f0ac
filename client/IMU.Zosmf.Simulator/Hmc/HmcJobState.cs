namespace IMU.Zosmf.Simulator.Hmc;

/// <summary>An HMC job as Query Job Status reports it.</summary>
/// <param name="Status"><c>running</c>, <c>canceled</c> or <c>complete</c>.</param>
/// <param name="StatusCode">Once complete: the operation's HTTP status (204 for a load that worked).</param>
/// <param name="ReasonCode">Once complete with an error: the reason code (263: the LPAR is operating and force was not given).</param>
/// <param name="Message">Once complete with an error: the HMC's message.</param>
internal sealed record HmcJobState(string Status, int? StatusCode, int? ReasonCode, string? Message)
{
    public static readonly HmcJobState Running = new("running", null, null, null);

    public static HmcJobState Failed(int statusCode, int reasonCode, string message) => new("complete", statusCode, reasonCode, message);
}
