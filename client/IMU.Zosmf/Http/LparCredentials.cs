using System.Net.Http.Headers;
using System.Text;

namespace IMU.Zosmf.Http;

/// <summary>
/// Basic credentials or a bearer token (JWT/LTPA). The secret is only ever turned into an
/// Authorization header; <see cref="ToString"/> and equality never expose it.
/// </summary>
public sealed class LparCredentials
{
    private readonly string _secret;

    private LparCredentials(string? userId, string secret)
    {
        UserId = userId;
        _secret = secret;
    }

    /// <summary>The user id for Basic credentials (also the job owner), or null for a token.</summary>
    public string? UserId { get; }

    /// <summary>Basic credentials.</summary>
    public static LparCredentials Basic(string userId, string password)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrEmpty(password);
        return new LparCredentials(userId.ToUpperInvariant(), password);
    }

    /// <summary>A bearer token.</summary>
    public static LparCredentials Bearer(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        return new LparCredentials(null, token);
    }

    /// <summary>The password for an HMC logon; null for a token, which the HMC does not take.</summary>
    internal string? Password => UserId is null ? null : _secret;

    internal AuthenticationHeaderValue ToHeader() => UserId is null
        ? new AuthenticationHeaderValue("Bearer", _secret)
        : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{UserId}:{_secret}")));

    /// <inheritdoc />
    public override string ToString() => UserId is null ? "Bearer ***" : $"Basic {UserId}:***";
}
