using System.Text.Json.Serialization;
using IMU.Zosmf.Simulator.Control;
using IMU.Zosmf.Simulator.History;
using IMU.Zosmf.Simulator.Hmc;
using IMU.Zosmf.Simulator.Zosmf;

namespace IMU.Zosmf.Simulator;

/// <summary>The one JSON source-generation context of the simulator: the z/OSMF, HMC and control shapes.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ZosmfJobDocument))]
[JsonSerializable(typeof(List<ZosmfJobDocument>))]
[JsonSerializable(typeof(List<ZosmfSpoolFileDocument>))]
[JsonSerializable(typeof(ZosmfConsoleBody))]
[JsonSerializable(typeof(ZosmfConsoleAnswer))]
[JsonSerializable(typeof(ZosmfErrorBody))]
[JsonSerializable(typeof(ZosmfPurgeAnswer))]
[JsonSerializable(typeof(HmcLogonBody))]
[JsonSerializable(typeof(HmcLogonAnswer))]
[JsonSerializable(typeof(HmcPartitionListAnswer))]
[JsonSerializable(typeof(HmcPartitionProperties))]
[JsonSerializable(typeof(HmcLoadBody))]
[JsonSerializable(typeof(HmcJobAnswer))]
[JsonSerializable(typeof(HmcErrorBody))]
[JsonSerializable(typeof(FaultBody))]
[JsonSerializable(typeof(ControlError))]
[JsonSerializable(typeof(List<SimulatedSystemInfo>))]
[JsonSerializable(typeof(List<SimulatorHistoryEntry>))]
internal sealed partial class SimulatorJsonContext : JsonSerializerContext;
