using System.Text.Json.Serialization;

namespace IMU.Runtime.Serialization;

/// <summary>JSON metadata for the types every silo and client can serialize without a grain author's context.</summary>
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(Guid))]
[JsonSerializable(typeof(DateTimeOffset))]
[JsonSerializable(typeof(TimeSpan))]
[JsonSerializable(typeof(byte[]))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(TickStatus))]
[JsonSerializable(typeof(ExceptionPayload))]
internal sealed partial class RuntimeJsonContext : JsonSerializerContext;
