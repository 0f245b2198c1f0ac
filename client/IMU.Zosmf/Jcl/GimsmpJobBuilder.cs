using System.Text;
using IMU.Zosmf.Commands;

namespace IMU.Zosmf.Jcl;

/// <summary>
/// Generates the GIMSMP job for one SMP/E command: a JOB card carrying the idempotency marker, one
/// <c>EXEC PGM=GIMSMP</c> step, SMPCSI, SMPPTFIN/SMPHOLD in-stream when receiving (else SMPHOLD
/// DUMMY) and SMPCNTL in-stream. Every record fits 80 columns.
/// </summary>
internal static class GimsmpJobBuilder
{
    public const string StepName = "SMPE";
    public const int RecordLength = 80;

    // DLM values tried in order; the first one no data record starts with is used.
    private static readonly string[] s_delimiters = ["$$", "@@", "##", "$@", "@$", "#$", "$#", "@#", "#@"];

    public static string Build(SmpeCommand command, JobMarker marker, GimsmpJobOptions options)
    {
        ArgumentNullException.ThrowIfNull(command);
        var jcl = new List<string>
        {
            $"//{marker.JobName,-8} JOB (IMU,{marker.AccountingToken}),'IMU {command.Verb}',",
            $"//             CLASS={options.JobClass},MSGCLASS={options.MessageClass},MSGLEVEL=(1,1)",
            $"//{StepName,-8} EXEC PGM=GIMSMP,REGION=0M,PARM='PROCESS=WAIT'",
            $"//SMPCSI   DD DISP=OLD,DSN={options.GlobalCsi}",
        };
        if (command is ReceiveCommand receive)
        {
            AddInStream(jcl, "SMPPTFIN", receive.McsText);
            if (receive.HoldDataText is null)
            {
                jcl.Add("//SMPHOLD  DD DUMMY");
            }
            else
            {
                AddInStream(jcl, "SMPHOLD", receive.HoldDataText);
            }
        }
        else
        {
            jcl.Add("//SMPHOLD  DD DUMMY");
        }

        jcl.Add("//SMPCNTL  DD *");
        jcl.Add($"  SET BOUNDARY({command.Zone}) .");
        jcl.AddRange(command.ToControlStatements());
        jcl.Add("/*");

        var text = new StringBuilder();
        foreach (var record in jcl)
        {
            if (record.Length > RecordLength)
            {
                throw new ArgumentException($"Record longer than {RecordLength} columns: '{record}'.", nameof(command));
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
