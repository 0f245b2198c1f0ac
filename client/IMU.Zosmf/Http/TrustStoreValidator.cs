using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace IMU.Zosmf.Http;

/// <summary>
/// Validates a server certificate against the site's own CA certificates instead of the machine
/// store: z/OSMF and HMC certificates are usually issued by an internal CA.
/// </summary>
internal sealed class TrustStoreValidator(X509Certificate2Collection trustedRoots)
{
    public bool Validate(X509Certificate2 certificate, string expectedHost)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trustedRoots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate) && certificate.MatchesHostname(expectedHost);
    }

    /// <summary>The handler's callback: the host checked is the one the request was sent to (one handler serves every system).</summary>
    public RemoteCertificateValidationCallback ToCallback()
        => (sender, certificate, _, _) => certificate is X509Certificate2 server && sender is SslStream { TargetHostName: { Length: > 0 } host } && Validate(server, host);
}
