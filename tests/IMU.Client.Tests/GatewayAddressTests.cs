namespace IMU.Client.Tests;

public sealed class GatewayAddressTests
{
    [Theory]
    [InlineData("127.0.0.1:30000", "127.0.0.1", 30000)]
    [InlineData("silo1.example.com:30001", "silo1.example.com", 30001)]
    [InlineData("[::1]:30000", "::1", 30000)]
    public void Parse_HostAndPort_ReadsBoth(string text, string host, int port)
    {
        Assert.Equal(new GatewayAddress(host, port), GatewayAddress.Parse(text));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.1:")]
    [InlineData(":30000")]
    [InlineData("127.0.0.1:70000")]
    [InlineData("127.0.0.1:port")]
    public void Parse_NotHostColonPort_FailsShowingAnExample(string text)
    {
        var ex = Assert.Throws<FormatException>(() => GatewayAddress.Parse(text));

        Assert.Equal($"The gateway '{text}' must be HOST:PORT, e.g. 127.0.0.1:30000.", ex.Message);
    }

    [Fact]
    public void ToString_IPv6_IsBracketed()
    {
        Assert.Equal("[::1]:30000", new GatewayAddress("::1", 30000).ToString());
    }
}
