using System.Diagnostics;

namespace IMU.TestUtilities;

/// <summary>
/// Read-only media, as root sees it too: the immutable attribute refuses every write, even root's
/// (chattr from e2fsprogs; the file system must be ext2/3/4). Disposing takes the attribute off again.
/// </summary>
public sealed class ImmutableFiles : IDisposable
{
    private readonly string[] _paths;

    public ImmutableFiles(params string[] paths)
    {
        _paths = paths;
        Chattr("+i");
    }

    public void Dispose() => Chattr("-i");

    private void Chattr(string flag)
    {
        using var process = Process.Start(new ProcessStartInfo("chattr", [flag, .. _paths]) { RedirectStandardError = true })
            ?? throw new InvalidOperationException("chattr could not be started; install e2fsprogs (apt-get install e2fsprogs)");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"chattr {flag} failed ({error.Trim()}); these tests need e2fsprogs' chattr, root and an ext4 temp directory");
        }
    }
}
