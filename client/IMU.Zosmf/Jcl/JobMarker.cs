using System.Security.Cryptography;
using System.Text;

namespace IMU.Zosmf.Jcl;

/// <summary>
/// The idempotency marker a submission carries: a job name and an accounting token, both derived
/// from the caller's operation id, so a job can be found again after its submit response was lost.
/// The job name (listable by prefix) narrows the search; the accounting token (64 bits, read back
/// from the JCL spool) confirms the match.
/// </summary>
internal sealed record JobMarker(string JobName, string AccountingToken)
{
    public const string JobNamePrefix = "IM";

    // Characters valid in a job name after the first; 32 of them so 5 bits map to one character.
    private const string JobNameAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static JobMarker For(string operationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operationId);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(operationId));
        var name = new StringBuilder(JobNamePrefix, 8);
        var bits = BitConverter.ToUInt64(hash, 0);
        for (var i = 0; i < 8 - JobNamePrefix.Length; i++)
        {
            name.Append(JobNameAlphabet[(int)(bits & 31)]);
            bits >>= 5;
        }

        return new JobMarker(name.ToString(), Convert.ToHexString(hash, 8, 8));
    }
}
