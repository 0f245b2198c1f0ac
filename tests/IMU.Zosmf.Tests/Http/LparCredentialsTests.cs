using System.Text;
using IMU.Zosmf.Http;

namespace IMU.Zosmf.Tests.Http;

public sealed class LparCredentialsTests
{
    [Fact]
    public void ToString_Basic_HidesThePassword()
    {
        var credentials = LparCredentials.Basic("ibmuser", "s3cr3t-Pa55");

        Assert.Equal("Basic IBMUSER:***", credentials.ToString());
        Assert.Equal("IBMUSER:s3cr3t-Pa55", Encoding.UTF8.GetString(Convert.FromBase64String(credentials.ToHeader().Parameter!)));
    }

    [Fact]
    public void ToString_Bearer_HidesTheToken()
    {
        var credentials = LparCredentials.Bearer("eyJhbGciOi.secret.token");

        Assert.DoesNotContain("secret", credentials.ToString(), StringComparison.Ordinal);
        Assert.Equal(("Bearer", "eyJhbGciOi.secret.token"), (credentials.ToHeader().Scheme, credentials.ToHeader().Parameter));
        Assert.Null(credentials.UserId);
    }
}
