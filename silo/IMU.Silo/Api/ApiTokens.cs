using System.Security.Cryptography;
using System.Text;
using IMU.Silo.Hosting;

namespace IMU.Silo.Api;

/// <summary>
/// The bearer tokens of <c>--token-file</c>: one a line, written <c>SUBJECT TOKEN</c> (the subject is
/// who the audit record names as <c>by</c>) or <c>TOKEN</c> alone (subject <c>dashboard</c>); blank lines
/// and lines starting with <c>#</c> are skipped. A browser signs in once with a token and then carries a
/// session cookie derived from it (an HMAC keyed by the token), never the token itself.
/// </summary>
internal sealed class ApiTokens
{
    public const string SessionCookie = "imu-session";

    private const int MinimumLength = 16;
    private const string DefaultSubject = "dashboard";

    private readonly (string Subject, byte[] Token)[] _tokens;

    private ApiTokens((string Subject, byte[] Token)[] tokens)
    {
        _tokens = tokens;
    }

    /// <summary>Reads the file, or throws <see cref="SiloConfigurationException"/> naming each bad line (FILE:LINE) without echoing a token.</summary>
    public static ApiTokens Read(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SiloConfigurationException([$"--token-file {path}: {ex.Message}"]);
        }

        var problems = new List<string>();
        var tokens = new List<(string, byte[])>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var (subject, token) = fields.Length == 1 ? (DefaultSubject, fields[0]) : (fields[0], fields[^1]);
            if (fields.Length > 2)
            {
                problems.Add($"{path}:{i + 1}:1: a line is 'SUBJECT TOKEN' or 'TOKEN', not {fields.Length} words.");
            }
            else if (token.Length < MinimumLength)
            {
                problems.Add($"{path}:{i + 1}:{lines[i].IndexOf(token, StringComparison.Ordinal) + 1}: the token of {subject} has {token.Length} characters; give at least {MinimumLength} (e.g. from `openssl rand -hex 32`).");
            }
            else
            {
                tokens.Add((subject, Encoding.UTF8.GetBytes(token)));
            }
        }

        if (problems.Count == 0 && tokens.Count == 0)
        {
            problems.Add($"{path}: no token in the file; write one 'SUBJECT TOKEN' a line.");
        }

        return problems.Count > 0 ? throw new SiloConfigurationException(problems) : new ApiTokens([.. tokens]);
    }

    /// <summary>The subject of <paramref name="token"/>, or null when it is none of the file's (compared in constant time).</summary>
    public string? SubjectOfToken(string token)
    {
        var given = Encoding.UTF8.GetBytes(token);
        string? subject = null;
        foreach (var (name, known) in _tokens)
        {
            if (CryptographicOperations.FixedTimeEquals(given, known))
            {
                subject = name;
            }
        }

        return subject;
    }

    /// <summary>The session cookie's value for the subject of a token given at sign-in.</summary>
    public string SessionFor(string token)
    {
        var subject = SubjectOfToken(token) ?? throw new ArgumentException("not a known token", nameof(token));
        return subject + "." + Convert.ToHexString(Mac(Encoding.UTF8.GetBytes(token), subject));
    }

    /// <summary>The subject a session cookie stands for, or null when no token of the file made it.</summary>
    public string? SubjectOfSession(string session)
    {
        var dot = session.LastIndexOf('.');
        if (dot <= 0)
        {
            return null;
        }

        var subject = session[..dot];
        byte[] mac;
        try
        {
            mac = Convert.FromHexString(session[(dot + 1)..]);
        }
        catch (FormatException)
        {
            return null;
        }

        var found = false;
        foreach (var (name, known) in _tokens)
        {
            found |= name == subject && CryptographicOperations.FixedTimeEquals(mac, Mac(known, subject));
        }

        return found ? subject : null;
    }

    private static byte[] Mac(byte[] token, string subject) => HMACSHA256.HashData(token, Encoding.UTF8.GetBytes("imu-dashboard-session:" + subject));
}
