using System.Text.Json.Serialization;

namespace IMU.Zosmf.Simulator.Zosmf;

/// <summary>A z/OSMF error answer: <c>{rc, reason, category, message}</c> (e.g. 400, rc 4, reason 10, category 6 for an unknown job).</summary>
internal sealed record ZosmfErrorBody(
    [property: JsonPropertyName("rc")] int Rc,
    [property: JsonPropertyName("reason")] int Reason,
    [property: JsonPropertyName("category")] int Category,
    [property: JsonPropertyName("message")] string Message);
