using System.Text.Json.Serialization;

namespace IMU.Zosmf.Simulator;

/// <summary>One simulated system as <c>GET /simulator/systems</c> lists it.</summary>
/// <param name="Name">The system name (its z/OSMF path and HMC partition name).</param>
/// <param name="Down">True while the system does not answer at all.</param>
/// <param name="AppliesExecuted">APPLY commands without CHECK the system's SMP/E executed.</param>
/// <param name="IplsCompleted">IPLs completed (z/OSMF answered again after the load).</param>
/// <param name="JobsSubmitted">Jobs its JES accepted.</param>
/// <param name="Requests">HTTP requests that reached its z/OSMF or HMC partition, refused ones included.</param>
public sealed record SimulatedSystemInfo(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("down")] bool Down,
    [property: JsonPropertyName("appliesExecuted")] int AppliesExecuted,
    [property: JsonPropertyName("iplsCompleted")] int IplsCompleted,
    [property: JsonPropertyName("jobsSubmitted")] int JobsSubmitted,
    [property: JsonPropertyName("requests")] int Requests);
