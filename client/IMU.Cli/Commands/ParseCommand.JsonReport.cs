using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IMU.Cli.Output;
using IMU.Cli.Output.Json;
using IMU.Smpe.HoldData;
using IMU.Smpe.Mcs;

namespace IMU.Cli.Commands;

internal sealed partial class ParseCommand
{
    /// <summary>
    /// <c>[{"file","sysmods":[...],"holds":[...],"errors":[...]}]</c>, written while the file is
    /// read. SYSMODs go straight to the output; holds and errors, which the shape puts after them
    /// but the file mixes in between, wait in temporary files rather than in memory.
    /// </summary>
    private sealed class JsonReport : Report
    {
        private const int FlushAt = 32 * 1024;
        private static readonly JsonWriterOptions s_options = new() { Indented = true };

        private readonly TextWriter _output;
        private readonly ArrayBufferWriter<byte> _buffer = new();
        private readonly Utf8JsonWriter _writer;
        private Spool<ParsedHoldJson>? _holds;
        private Spool<ParseErrorJson>? _errors;

        public JsonReport(TextWriter output)
        {
            _output = output;
            _writer = new Utf8JsonWriter(_buffer, s_options);
            _writer.WriteStartArray();
        }

        public override void BeginFile(string file)
        {
            _writer.WriteStartObject();
            _writer.WriteString("file", file);
            _writer.WriteStartArray("sysmods");
        }

        public override void Hold(HoldStatement hold) =>
            (_holds ??= new Spool<ParsedHoldJson>(CliJsonContext.Default.ParsedHoldJson))
                .Add(new ParsedHoldJson(hold.SysmodId, SmpeWords.Of(hold.Category), hold.Reason, hold.Fmid));

        public override void Error(int line, int column, string message) =>
            (_errors ??= new Spool<ParseErrorJson>(CliJsonContext.Default.ParseErrorJson)).Add(new ParseErrorJson(line, column, message));

        public override void EndFile()
        {
            _writer.WriteEndArray();
            Flush();
            CopySpool(_holds, "holds");
            CopySpool(_errors, "errors");
            _holds = null;
            _errors = null;
            _writer.WriteEndObject();
        }

        public override void Finish()
        {
            _writer.WriteEndArray();
            Flush();
            _output.WriteLine();
        }

        public override void Dispose()
        {
            _holds?.Dispose();
            _errors?.Dispose();
            _writer.Dispose();
        }

        protected override void OnSysmod(Sysmod sysmod)
        {
            var json = new ParsedSysmodJson(sysmod.Id, SmpeWords.Of(sysmod.Type), sysmod.Vers.Count > 0 ? sysmod.Vers[0].Fmid : null);
            JsonSerializer.Serialize(_writer, json, CliJsonContext.Default.ParsedSysmodJson);
            if (_writer.BytesPending + _buffer.WrittenCount >= FlushAt)
            {
                Flush();
            }
        }

        /// <summary>
        /// Writes <c>,"name": [ ... ]</c> after the <c>sysmods</c> array by hand: the writer still takes
        /// its last token to be that array's end, so it puts the comma before the next property itself.
        /// </summary>
        private void CopySpool<T>(Spool<T>? spool, string name)
        {
            _output.Write($",{Environment.NewLine}    \"{name}\": [");
            if (spool is not null)
            {
                spool.CopyTo(_output);
                _output.Write($"{Environment.NewLine}    ");
                spool.Dispose();
            }

            _output.Write(']');
        }

        private void Flush()
        {
            _writer.Flush();

            // The writer's default encoder escapes everything outside ASCII, so any cut is a character boundary.
            _output.Write(Encoding.ASCII.GetString(_buffer.WrittenSpan));
            _buffer.ResetWrittenCount();
        }
    }

    /// <summary>
    /// Array elements written to a temporary file at the depth they will have in the output: the
    /// writer is walked down through an array, an object and a property first, and only what comes
    /// after that is copied.
    /// </summary>
    private sealed class Spool<T> : IDisposable
    {
        private readonly FileStream _file = new(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        private readonly Utf8JsonWriter _writer;
        private readonly JsonTypeInfo<T> _type;
        private readonly long _start;

        public Spool(JsonTypeInfo<T> type)
        {
            _type = type;
            _writer = new Utf8JsonWriter(_file, new JsonWriterOptions { Indented = true });
            _writer.WriteStartArray();
            _writer.WriteStartObject();
            _writer.WriteStartArray("items");
            _writer.Flush();
            _start = _file.Position;
        }

        public void Add(T item) => JsonSerializer.Serialize(_writer, item, _type);

        public void CopyTo(TextWriter output)
        {
            _writer.Flush();
            _file.Position = _start;
            var chunk = new byte[64 * 1024];
            int read;
            while ((read = _file.Read(chunk)) > 0)
            {
                output.Write(Encoding.ASCII.GetString(chunk, 0, read));
            }
        }

        public void Dispose()
        {
            _writer.Dispose();
            _file.Dispose();
        }
    }
}
