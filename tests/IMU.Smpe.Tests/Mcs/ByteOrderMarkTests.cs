using System.Text;
using IMU.Smpe.Mcs;

namespace IMU.Smpe.Tests.Mcs;

/// <summary>MCS is read byte for byte: a byte-order mark never chooses a decoding, it is refused at 1:1.</summary>
public sealed class ByteOrderMarkTests
{
    private const string Ptf = "++PTF(UZ00001).\n++VER(Z038) FMID(HBB77D0).\n++ZAP(IEFJSINT) DISTLIB(AOSB3).\n";

    private static McsParseResult ReadBytes(byte[] bytes) => McsReader.Read(new MemoryStream(bytes), "bom.mcs");

    [Fact]
    public void Utf8ByteOrderMark_WithHighBytesInInlineData_IsRefused_NothingIsRead()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.Latin1.GetBytes(Ptf), (byte)' ', 0xD7, 0xC3, 0x97, (byte)'\n'];

        var result = ReadBytes(bytes);

        Assert.True(result.Refused);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("bom.mcs", 1, 1), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Contains("UTF-8 byte-order mark", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Sysmods);
    }

    [Fact]
    public void HighBytesInInlineData_WithoutAMark_AreReadByteForByte()
    {
        byte[] bytes = [.. Encoding.Latin1.GetBytes(Ptf), (byte)' ', 0xD7, 0xC3, 0x97, 0xFF, (byte)'\n'];

        var result = ReadBytes(bytes);

        Assert.Empty(result.Errors);
        Assert.Equal([" \u00d7\u00c3\u0097\u00ff"], Assert.Single(result.Sysmods).Elements[0].InlineData);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public void WideByteOrderMark_IsRefused_NotDecoded(string encoding)
    {
        var wide = Encoding.GetEncoding(encoding);
        byte[] bytes = [.. wide.GetPreamble(), .. wide.GetBytes(Ptf)];

        var result = ReadBytes(bytes);

        Assert.True(result.Refused);
        var error = Assert.Single(result.Errors);
        Assert.Equal((1, 1), (error.Location.Line, error.Location.Column));
        Assert.Contains(encoding.StartsWith("utf-32", StringComparison.Ordinal) ? "UTF-32 byte-order mark" : "UTF-16 byte-order mark", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Sysmods);
    }

    [Fact]
    public void DecodedMarkInAString_IsRefused()
    {
        var result = McsReader.Read("\uFEFF" + Ptf, "s.mcs");

        Assert.True(result.Refused);
        Assert.Contains("U+FEFF", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkBytesAfterTheStart_AreData()
    {
        var result = McsReader.Read(Ptf + "\u00EF\u00BB\u00BF\n", "s.mcs");

        Assert.Empty(result.Errors);
        Assert.Equal(["\u00EF\u00BB\u00BF"], result.Sysmods[0].Elements[0].InlineData);
    }
}
