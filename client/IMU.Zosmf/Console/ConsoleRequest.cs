using System.Text.Json.Serialization;

namespace IMU.Zosmf.Console;

/// <summary>The body of <c>PUT /zosmf/restconsoles/consoles/{name}</c>.</summary>
internal sealed record ConsoleRequest([property: JsonPropertyName("cmd")] string Command);
