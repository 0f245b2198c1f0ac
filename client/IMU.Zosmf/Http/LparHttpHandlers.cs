using System.Security.Cryptography.X509Certificates;

namespace IMU.Zosmf.Http;

/// <summary>Builds the pooled socket handler every agent shares, trusting the site's CA certificates when they are configured.</summary>
internal static class LparHttpHandlers
{
    public static SocketsHttpHandler Create(X509Certificate2Collection? trustedRoots)
    {
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AllowAutoRedirect = false,
            UseCookies = false,
        };
        if (trustedRoots is { Count: > 0 })
        {
            handler.SslOptions.RemoteCertificateValidationCallback = new TrustStoreValidator(trustedRoots).ToCallback();
        }

        return handler;
    }
}
