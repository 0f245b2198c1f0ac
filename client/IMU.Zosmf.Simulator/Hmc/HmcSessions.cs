using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace IMU.Zosmf.Simulator.Hmc;

/// <summary>
/// The HMC's Web Services API sessions: Logon with user id and password returns a session id; a
/// request without one is refused (403 reason 4), with an unknown or expired one too (403 reason 5).
/// </summary>
internal sealed class HmcSessions(SimulatorOptions options)
{
    public const int NoSessionReason = 4;
    public const int ExpiredReason = 5;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastUsed = new(StringComparer.Ordinal);
    private int _logons;

    public int Logons => Volatile.Read(ref _logons);

    /// <summary>A new session id, or null when the credentials are refused.</summary>
    public string? Logon(string userId, string password)
    {
        if (options.UserId is not null && (!string.Equals(options.UserId, userId, StringComparison.OrdinalIgnoreCase) || options.Password != password))
        {
            return null;
        }

        var session = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        _lastUsed[session] = options.TimeProvider.GetUtcNow();
        Interlocked.Increment(ref _logons);
        return session;
    }

    /// <summary>Null when the session is valid (and marks it used), else the 403 reason code.</summary>
    public int? Check(string? session)
    {
        if (string.IsNullOrEmpty(session))
        {
            return NoSessionReason;
        }

        var now = options.TimeProvider.GetUtcNow();
        if (!_lastUsed.TryGetValue(session, out var used) || now - used > options.HmcSessionTimeout)
        {
            _lastUsed.TryRemove(session, out _);
            return ExpiredReason;
        }

        _lastUsed[session] = now;
        return null;
    }

    public void Logoff(string session) => _lastUsed.TryRemove(session, out _);

    public void ExpireAll() => _lastUsed.Clear();
}
