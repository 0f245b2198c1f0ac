using System.Text.Json.Serialization;

namespace IMU.Zosmf.Simulator.Control;

/// <summary>A refused control request: <c>{"error": "..."}</c>.</summary>
internal sealed record ControlError([property: JsonPropertyName("error")] string Error);
