using System.Text;

namespace IMU.Zosmf.Jcl;

/// <summary>
/// Generates the GIMSMP job for one SMP/E command: a JOB card carrying the idempotency marker and the
/// job class, one <c>EXEC PGM=GIMSMP</c> step, SMPCSI shared, SMPOUT, SMPRPT, SMPLIST and SYSPRINT to
/// SYSOUT, SMPPTFIN/SMPHOLD in-stream when receiving (else SMPHOLD DUMMY) and SMPCNTL in-stream.
/// Every record fits 80 columns.
/// </summary>
/// <remarks>
/// The SMP/E output DDs are coded as SYSOUT, as IBM's sample GIMSMP procedure codes them, so the
/// reports reach the spool whatever the site's DDDEF entries say; SMPCSI is shared (SMP/E
/// serialises on the CSI itself), so another job reading the CSI does not hold this one up.
/// </remarks>
internal static class GimsmpJobBuilder
{
    public const string StepName = "SMPE";

    /// <summary>The DDs the agent reads the results from; each is coded <c>SYSOUT=*</c>.</summary>
    public static readonly IReadOnlyList<string> OutputDds = ["SMPOUT", "SMPRPT", "SMPLIST", "SYSPRINT"];
    public const int RecordLength = 80;

    // DLM values tried in order; the first one no data record starts with is used.
    private static readonly string[] s_delimiters = ["$$", "@@", "##", "$@", "@$", "#$", "$#", "@#", "#@"];

    public static string Build(SmpeJob job, JobMarker marker, GimsmpJobOptions options)
    {
        ArgumentNullException.ThrowIfNull(job);
        var jcl = new List<string>
        {
            $"//{marker.JobName,-8} JOB (IMU,{marker.AccountingToken}),'IMU {job.Verb}',",
            $"//             CLASS={options.JobClass},MSGCLASS={options.MessageClass},MSGLEVEL=(1,1)",
            $"//{StepName,-8} EXEC PGM=GIMSMP,REGION=0M,PARM='PROCESS=WAIT'",
            $"//SMPCSI   DD DISP=SHR,DSN={options.GlobalCsi}",
        };
        jcl.AddRange(OutputDds.Select(dd => $"//{dd,-8} DD SYSOUT=*"));
        if (job.Smpptfin is not null)
        {
            AddInStream(jcl, "SMPPTFIN", job.Smpptfin);
        }

        if (job.Smphold is null)
        {
            jcl.Add("//SMPHOLD  DD DUMMY");
        }
        else
        {
            AddInStream(jcl, "SMPHOLD", job.Smphold);
        }

        jcl.Add("//SMPCNTL  DD *");
        jcl.AddRange(SplitRecords(job.Smpcntl));
        jcl.Add("/*");

        var text = new StringBuilder();
        foreach (var record in jcl)
        {
            if (record.Length > RecordLength)
            {
                throw new ArgumentException($"Record longer than {RecordLength} columns: '{record}'.", nameof(job));
            }

            text.Append(record).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// In-stream data as <c>DD DATA,DLM=xx</c>: DATA keeps records starting with <c>//</c> (MCS inline
    /// data often holds JCL), and DLM keeps records starting with <c>/*</c>.
    /// </summary>
    private static void AddInStream(List<string> jcl, string ddName, string data)
    {
        var records = SplitRecords(data);
        var delimiter = s_delimiters.FirstOrDefault(d => !records.Any(r => r.StartsWith(d, StringComparison.Ordinal)))
            ?? throw new ArgumentException($"No in-stream delimiter is free for {ddName}.", nameof(data));
        jcl.Add($"//{ddName,-8} DD DATA,DLM={delimiter}");
        jcl.AddRange(records);
        jcl.Add(delimiter);
    }

    private static List<string> SplitRecords(string data)
    {
        var records = data.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        if (records.Count > 0 && records[^1].Length == 0)
        {
            records.RemoveAt(records.Count - 1);
        }

        return records;
    }
}
