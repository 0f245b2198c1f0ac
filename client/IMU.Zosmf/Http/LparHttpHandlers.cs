using System.Security.Cryptography.X509Certificates;

namespace IMU.Zosmf.Http;

/// <summary>Builds the socket handler for one endpoint, with the site trust store when one is configured.</summary>
internal static class LparHttpHandlers
{
    public static SocketsHttpHandler Create(Uri baseAddress, X509Certificate2Collection? trustedRoots)
    {
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AllowAutoRedirect = false,
            UseCookies = false,
        };
        if (trustedRoots is { Count: > 0 })
        {
            handler.SslOptions.RemoteCertificateValidationCallback = new TrustStoreValidator(trustedRoots).ToCallback(baseAddress.IdnHost);
        }

        return handler;
    }
}
