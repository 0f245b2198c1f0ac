using System.Text.Json.Serialization;

namespace IMU.Benchmarks.Runtime;

[JsonSerializable(typeof(DurableCounterState))]
internal sealed partial class RuntimeBenchmarkJsonContext : JsonSerializerContext;
