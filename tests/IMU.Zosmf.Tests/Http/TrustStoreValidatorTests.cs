using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using IMU.Zosmf.Http;

namespace IMU.Zosmf.Tests.Http;

public sealed class TrustStoreValidatorTests
{
    [Fact]
    public void Validate_LeafIssuedByTrustedCa_IsAccepted()
    {
        using var ca = CreateCa("CN=IMU Test CA");
        using var leaf = Issue(ca, "zosmf.sysa.example");

        Assert.True(new TrustStoreValidator([ca]).Validate(leaf, "zosmf.sysa.example"));
    }

    [Fact]
    public void Validate_LeafFromAnotherCa_IsRefused()
    {
        using var trusted = CreateCa("CN=IMU Test CA");
        using var other = CreateCa("CN=Someone Else");
        using var leaf = Issue(other, "zosmf.sysa.example");

        Assert.False(new TrustStoreValidator([trusted]).Validate(leaf, "zosmf.sysa.example"));
    }

    [Fact]
    public void Validate_WrongHostName_IsRefused()
    {
        using var ca = CreateCa("CN=IMU Test CA");
        using var leaf = Issue(ca, "zosmf.sysa.example");

        Assert.False(new TrustStoreValidator([ca]).Validate(leaf, "zosmf.sysb.example"));
    }

    private static X509Certificate2 CreateCa(string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
    }

    private static X509Certificate2 Issue(X509Certificate2 ca, string host)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={host}", key, HashAlgorithmName.SHA256);
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName(host);
        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        var serial = RandomNumberGenerator.GetBytes(8);
        return request.Create(ca, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(7), serial);
    }
}
