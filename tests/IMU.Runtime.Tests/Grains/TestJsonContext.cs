using System.Text.Json.Serialization;

namespace IMU.Runtime.Tests.Grains;

[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(CounterState))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
