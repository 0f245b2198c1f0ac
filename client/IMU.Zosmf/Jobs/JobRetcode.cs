using System.Globalization;
using IMU.Zosmf.Results;

namespace IMU.Zosmf.Jobs;

/// <summary>Reads the z/OSMF <c>retcode</c> field: <c>CC 0004</c>, <c>ABEND S0C4</c>, <c>JCL ERROR</c>, ...</summary>
internal static class JobRetcode
{
    public static (JobCompletion Completion, int? ReturnCode) Parse(string? retcode)
    {
        var text = (retcode ?? string.Empty).Trim();
        if (text.StartsWith("CC ", StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var rc))
        {
            return (JobCompletion.ConditionCode, rc);
        }

        if (text.StartsWith("ABEND", StringComparison.Ordinal))
        {
            return (JobCompletion.Abend, null);
        }

        return text switch
        {
            "JCL ERROR" => (JobCompletion.JclError, null),
            "CANCELED" => (JobCompletion.Canceled, null),
            _ => (JobCompletion.SystemError, null),
        };
    }
}
