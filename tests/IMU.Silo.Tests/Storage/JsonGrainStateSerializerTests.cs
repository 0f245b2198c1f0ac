using System.Text;
using System.Text.Json;
using IMU.Silo.Storage;

namespace IMU.Silo.Tests.Storage;

public sealed class JsonGrainStateSerializerTests
{
    private readonly JsonGrainStateSerializer _serializer = new();

    [Fact]
    public void Serialize_Record_IsPlainJsonWithoutTypeNames()
    {
        var json = Encoding.UTF8.GetString(_serializer.Serialize(new LparStateV1("SYSA", 1, null)).ToArray());

        Assert.Equal("""{"lpar":"SYSA","ipls":1,"lastIplAt":null}""", json);
    }

    [Fact]
    public void Deserialize_JsonWrittenForAnotherClass_ReadsByPropertyName()
    {
        var stored = BinaryData.FromString("""{"lpar":"SYSB","ipls":4,"lastIplAt":"2026-03-01T02:00:00+00:00","retired":true}""");

        var state = _serializer.Deserialize<RenamedLparState>(stored);

        Assert.Equal(new RenamedLparState("SYSB", 4, new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero)), state);
    }

    [Fact]
    public void Deserialize_JsonNull_ThrowsNamingTheType()
    {
        var ex = Assert.Throws<JsonException>(() => _serializer.Deserialize<LparStateV1>(BinaryData.FromString("null")));

        Assert.Contains(nameof(LparStateV1), ex.Message, StringComparison.Ordinal);
    }
}
