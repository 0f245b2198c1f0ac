using System.Text;
using IMU.Cli.Output;
using IMU.Smpe.HoldData;
using IMU.Smpe.Mcs;

namespace IMU.Cli.Commands;

internal sealed partial class ParseCommand
{
    /// <summary>
    /// Each file's SYSMODs as a table printed while the file is read (SYSMOD IDs and FMIDs have a
    /// fixed width, so no row has to wait for the widest), then one summary row per file.
    /// </summary>
    private sealed class TextReport(TextWriter output) : Report
    {
        private const int FlushAt = 32 * 1024;
        private const string Columns = "SYSMOD   TYPE      FMID";
        private const string Rule = "-------  --------  -------";

        private readonly TextTable _summary = new("FILE", "SYSMODS", "HOLDS", "ERRORS");
        private readonly StringBuilder _rows = new();
        private string _file = string.Empty;
        private int _sysmods;
        private int _holds;
        private int _errors;
        private bool _tables;

        public override void BeginFile(string file)
        {
            _file = McsText.Escape(file);
            _sysmods = _holds = _errors = 0;
        }

        public override void Hold(HoldStatement hold) => _holds++;

        public override void Error(int line, int column, string message) => _errors++;

        public override void EndFile()
        {
            Flush();
            _summary.AddRow(_file, Count(_sysmods), Count(_holds), Count(_errors));
        }

        public override void Finish()
        {
            if (_tables)
            {
                output.WriteLine();
            }

            _summary.WriteTo(output);
        }

        protected override void OnSysmod(Sysmod sysmod)
        {
            if (_sysmods++ == 0)
            {
                _rows.Append(_tables ? Environment.NewLine : string.Empty).Append(_file).Append(':').AppendLine()
                    .AppendLine(Columns).AppendLine(Rule);
                _tables = true;
            }

            var fmid = sysmod.Vers.Count > 0 ? sysmod.Vers[0].Fmid : null;
            _rows.Append(sysmod.Id.PadRight(7)).Append("  ");
            if (fmid is null)
            {
                _rows.AppendLine(SmpeWords.Of(sysmod.Type));
            }
            else
            {
                _rows.Append(SmpeWords.Of(sysmod.Type).PadRight(8)).Append("  ").AppendLine(fmid);
            }

            if (_rows.Length >= FlushAt)
            {
                Flush();
            }
        }

        private void Flush()
        {
            output.Write(_rows);
            _rows.Clear();
        }
    }
}
