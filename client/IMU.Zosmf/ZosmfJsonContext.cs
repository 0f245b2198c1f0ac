using System.Text.Json.Serialization;
using IMU.Zosmf.Console;
using IMU.Zosmf.Hmc;
using IMU.Zosmf.Http;
using IMU.Zosmf.Jobs;

namespace IMU.Zosmf;

/// <summary>The one JSON source-generation context of the agent.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ZosmfJob))]
[JsonSerializable(typeof(List<ZosmfJob>))]
[JsonSerializable(typeof(List<SpoolFile>))]
[JsonSerializable(typeof(ConsoleRequest))]
[JsonSerializable(typeof(ConsoleResponse))]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(HmcLogonRequest))]
[JsonSerializable(typeof(HmcLogonResponse))]
[JsonSerializable(typeof(HmcPartitionList))]
[JsonSerializable(typeof(HmcPartition))]
[JsonSerializable(typeof(HmcLoadRequest))]
[JsonSerializable(typeof(HmcJob))]
internal sealed partial class ZosmfJsonContext : JsonSerializerContext;
