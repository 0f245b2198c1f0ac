using System.Text.Json.Serialization;

namespace IMU.Runtime.Testing.Tests.Grains;

[JsonSerializable(typeof(LedgerState))]
internal sealed partial class LedgerJsonContext : JsonSerializerContext;
