using System.Text.Json.Serialization;
using IMU.Smpe.HoldData;
using IMU.Smpe.Mcs;

namespace IMU.Smpe.Zones;

/// <summary>How received SYSMODs and HOLDDATA are kept in the CSI: the parsed model as JSON.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(SourceLocationJsonConverter), typeof(StringListJsonConverter)])]
[JsonSerializable(typeof(Sysmod))]
[JsonSerializable(typeof(HoldStatement))]
[JsonSerializable(typeof(ReleaseStatement))]
internal sealed partial class CsiJsonContext : JsonSerializerContext;
