using System.Text.Json.Serialization;
using IMU.Zosmf.Console;
using IMU.Zosmf.Hmc;
using IMU.Zosmf.Jobs;

namespace IMU.Zosmf;

/// <summary>The one JSON source-generation context of the connector (agent and simulator).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ZosmfJob))]
[JsonSerializable(typeof(List<ZosmfJob>))]
[JsonSerializable(typeof(List<SpoolFile>))]
[JsonSerializable(typeof(ConsoleRequest))]
[JsonSerializable(typeof(ConsoleResponse))]
[JsonSerializable(typeof(HmcPartition))]
[JsonSerializable(typeof(HmcLoadRequest))]
[JsonSerializable(typeof(HmcJob))]
internal sealed partial class ZosmfJsonContext : JsonSerializerContext;
