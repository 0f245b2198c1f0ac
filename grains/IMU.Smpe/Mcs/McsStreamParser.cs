using IMU.Smpe.Diagnostics;
using IMU.Smpe.Syntax;

namespace IMU.Smpe.Mcs;

/// <summary>
/// Reads an SMPPTFIN or SMPHOLD stream record by record (smpe-reference §1.1): a record with
/// <c>++</c> in columns 1-2 starts an MCS, the MCS runs to its period, and after an element MCS
/// every record up to the next <c>++</c> is inline data that the comment scanner never sees.
/// A bad statement is reported and skipped; the next <c>++</c> in columns 1-2 starts afresh.
/// </summary>
/// <remarks>
/// Text arrives in chunks of any size (<see cref="Feed"/>); what is complete is appended to
/// <see cref="Output"/>, which the caller drains. Only the current record, statement and SYSMOD
/// are held, each within <see cref="McsReaderLimits"/>.
/// </remarks>
internal sealed partial class McsStreamParser
{
    private const int ScannedColumns = 72;
    private const int MaxMessageLength = 1000;

    private readonly string _file;
    private readonly McsReaderLimits _limits;
    private readonly StatementBuffer _buffer;
    private readonly SyntaxTree _tree = new();
    private readonly OperandBinder _binder;
    private readonly List<SmpeError> _errors = [];
    private readonly InlineDataBuilder _data = new();
    private readonly SysmodBuilder _builder = new();

    private char[] _carry = new char[256];
    private int _carryLength;
    private int _flushedErrors;
    private int _line;
    private Mode _mode;
    private DataOwner _dataOwner;
    private LexState _lex;
    private int _scanPosition;
    private int _statementLine;
    private bool _inComment;
    private int _commentLine;
    private bool _strayReported;
    /// <summary>The SYSMOD being read (<see cref="_builder"/>), or null between SYSMODs.</summary>
    private SysmodBuilder? _sysmod;
    private long _sysmodLength;

    public McsStreamParser(string file, McsReaderLimits limits)
    {
        _file = file;
        _limits = limits;
        _buffer = new StatementBuffer { File = file };
        _binder = new OperandBinder(_tree, _errors);
    }

    private enum Mode
    {
        Between,
        Statement,
        Data,
    }

    /// <summary>Which MCS the inline data being read belongs to; None when it is read only to be skipped.</summary>
    private enum DataOwner
    {
        None,
        Element,
        JclIn,
    }

    /// <summary>Entries completed so far, in stream order; the caller takes them and clears the list.</summary>
    public List<McsEntry> Output { get; } = [];

    /// <summary>The input was refused; nothing more is read.</summary>
    public bool Refused { get; private set; }

    /// <summary>Reads the next part of the text; a record may be split across calls anywhere.</summary>
    public void Feed(ReadOnlySpan<char> chunk)
    {
        while (!chunk.IsEmpty && !Refused)
        {
            var newLine = chunk.IndexOf('\n');
            if (newLine < 0)
            {
                Carry(chunk);
                return;
            }

            if (_carryLength == 0)
            {
                Record(chunk[..newLine]);
            }
            else
            {
                Carry(chunk[..newLine]);
                if (!Refused)
                {
                    Record(_carry.AsSpan(0, _carryLength));
                }

                _carryLength = 0;
            }

            chunk = chunk[(newLine + 1)..];
        }
    }

    /// <summary>Ends the input: the last record, an unterminated statement, the last SYSMOD.</summary>
    public void End()
    {
        if (_carryLength > 0 && !Refused)
        {
            Record(_carry.AsSpan(0, _carryLength));
            _carryLength = 0;
        }

        if (!Refused)
        {
            EndOfInput();
            FlushErrors();
        }
    }

    private void Carry(ReadOnlySpan<char> part)
    {
        // One more than the limit leaves room for the CR of a CRLF record end.
        if (_carryLength + part.Length > _limits.MaxRecordLength + 1)
        {
            RefuseLongRecord(_line + 1);
            return;
        }

        if (_carryLength + part.Length > _carry.Length)
        {
            Array.Resize(ref _carry, Math.Max(_carryLength + part.Length, _carry.Length * 2));
        }

        part.CopyTo(_carry.AsSpan(_carryLength));
        _carryLength += part.Length;
    }

    private void Record(ReadOnlySpan<char> record)
    {
        if (record.Length > 0 && record[^1] == '\r')
        {
            record = record[..^1];
        }

        _line++;
        if (record.Length > _limits.MaxRecordLength)
        {
            RefuseLongRecord(_line);
            return;
        }

        if (_line == 1 && ByteOrderMarks.Describe(record) is { } mark)
        {
            Refuse(new SourceLocation(_file, 1, 1), mark);
            return;
        }

        Process(record, _line);
        if (_sysmod is { Failed: false })
        {
            _sysmodLength += record.Length + 1;
            if (_sysmodLength > _limits.MaxSysmodLength)
            {
                SysmodTooLarge();
            }
        }

        FlushErrors();
        _errors.Clear();
        _flushedErrors = 0;
    }

    private void Process(ReadOnlySpan<char> record, int line)
    {
        var startsMcs = record.Length >= 2 && record[0] == '+' && record[1] == '+';
        switch (_mode)
        {
            case Mode.Statement when !startsMcs:
                Append(record, line, firstColumn: 1);
                return;
            case Mode.Statement:
                Abandon(line, "is not ended by a period before the next ++ in columns 1-2");
                break;
            case Mode.Data when !startsMcs:
                if (_dataOwner != DataOwner.None)
                {
                    _data.Add(record);
                }

                return;
            case Mode.Data:
                EndData();
                break;
            default:
                break;
        }

        _mode = Mode.Between;
        if (startsMcs)
        {
            if (_inComment)
            {
                Error(new SourceLocation(_file, _commentLine, 1), $"comment opened on line {_commentLine} is not closed by '*/' before the next ++ in columns 1-2");
                _inComment = false;
            }

            _strayReported = false;
            _buffer.Clear();
            _lex = default;
            _scanPosition = 0;
            _statementLine = line;
            _mode = Mode.Statement;
            Append(record, line, firstColumn: 3);
            return;
        }

        var scanned = record.Length > ScannedColumns ? record[..ScannedColumns] : record;
        var wasInComment = _inComment;
        var stray = Lexer.SkipBlanksAndComments(scanned, 0, ref _inComment);
        if (!wasInComment && _inComment)
        {
            _commentLine = line;
        }

        if (stray >= 0 && !_strayReported)
        {
            _strayReported = true;
            Error(new SourceLocation(_file, line, stray + 1), "text outside an MCS statement is ignored; an MCS must start with ++ in columns 1-2");
        }
    }

    private void Append(ReadOnlySpan<char> record, int line, int firstColumn)
    {
        var scanned = record.Length > ScannedColumns ? record[..ScannedColumns] : record;
        var columns = scanned[(firstColumn - 1)..];
        if (_buffer.Length + columns.Length > _limits.MaxStatementLength)
        {
            Abandon(line, $"is longer than {_limits.MaxStatementLength:N0} characters; it is skipped up to the next ++ in columns 1-2");

            // What follows up to the next ++ is the rest of that statement: skip it unread.
            _mode = Mode.Data;
            _dataOwner = DataOwner.None;
            return;
        }

        _buffer.AppendRecord(columns, line, firstColumn, record.Length >= ScannedColumns);
        var end = Lexer.FindTerminator(_buffer.Span, ref _scanPosition, ref _lex);
        if (end >= 0)
        {
            Complete(end, line);
        }
    }

    private void Complete(int end, int line)
    {
        _mode = Mode.Between;
        _tree.Parse(_buffer, 0, end, mcsFreeText: true);
        _binder.Begin();
        Bind(new SourceLocation(_file, _statementLine, 1));
        if (_mode == Mode.Data)
        {
            return;
        }

        var trailer = _buffer.Span[(end + 1)..];
        var wasInComment = _inComment;
        var stray = Lexer.SkipBlanksAndComments(trailer, 0, ref _inComment);
        if (!wasInComment && _inComment)
        {
            _commentLine = line;
        }

        if (stray >= 0)
        {
            _strayReported = true;
            Error(_buffer.Locate(end + 1 + stray), "text after the period that ends the statement is ignored; an MCS must start with ++ in columns 1-2");
        }
    }

    /// <summary>
    /// Gives up on the statement being read (reported at <paramref name="line"/>, column 1). A
    /// header starts a SYSMOD that will not be read, so its MCS cannot attach to the one before.
    /// </summary>
    private void Abandon(int line, string problem)
    {
        var keyword = StatementKeyword();
        var location = new SourceLocation(_file, line, 1);
        Error(location, $"++{keyword} statement starting on line {_statementLine} {problem}");
        var kind = McsKeywords.Classify(keyword, out var type, out _);
        if (kind == McsKind.Header)
        {
            FinishSysmod();
            StartSysmod(_builder.Start(string.Empty, type, location));
            _builder.Fail();
        }
        else if (_sysmod is not null && kind is not (McsKind.Release or McsKind.Assign or McsKind.StreamOther))
        {
            _sysmod.Fail();
        }
    }

    private string StatementKeyword()
    {
        var span = _buffer.Span;
        var start = 0;
        while (start < span.Length && Lexer.IsBlank(span[start]))
        {
            start++;
        }

        var end = start;
        while (end < span.Length && SmpeNames.IsNameChar(span[end]))
        {
            end++;
        }

        return span[start..end].ToString();
    }

    private void EndOfInput()
    {
        if (_mode == Mode.Statement)
        {
            Abandon(_statementLine, "is not ended by a period before the end of the input");
        }

        if (_mode == Mode.Data)
        {
            EndData();
        }

        if (_inComment)
        {
            Error(new SourceLocation(_file, _commentLine, 1), $"comment opened on line {_commentLine} is not closed by '*/'");
        }

        FinishSysmod();
    }

    /// <summary>The inline data ends at a <c>++</c>: it becomes the data of the element or JCLIN it follows.</summary>
    private void EndData()
    {
        if (_dataOwner != DataOwner.None && !_data.IsEmpty && _sysmod is { Failed: false } sysmod)
        {
            var records = _data.Build();
            if (_dataOwner == DataOwner.Element)
            {
                sysmod.Elements[^1] = sysmod.Elements[^1] with { InlineData = records };
            }
            else
            {
                sysmod.JclIns[^1] = sysmod.JclIns[^1] with { InlineData = records };
            }
        }

        _data.Clear();
        _dataOwner = DataOwner.None;
    }

    private void StartSysmod(SysmodBuilder sysmod)
    {
        _sysmod = sysmod;
        _sysmodLength = 0;
    }

    private void FinishSysmod()
    {
        var sysmod = _sysmod;
        _sysmod = null;
        if (sysmod is null || sysmod.Failed)
        {
            return;
        }

        if (sysmod.Vers.Count == 0)
        {
            Error(sysmod.Location, $"SYSMOD {sysmod.Id} has no ++VER; every SYSMOD needs at least one, e.g. ++VER(Z038) FMID(HBB77D0)");
            return;
        }

        Emit(McsEntry.Of(sysmod.Build()));
    }

    private void SysmodTooLarge()
    {
        var sysmod = _sysmod!;
        Error(
            new SourceLocation(_file, _line, 1),
            $"SYSMOD {sysmod.Id} starting on line {sysmod.Location.Line} is larger than {_limits.MaxSysmodLength:N0} bytes; it is not read, the SYSMODs after it are");
        sysmod.Fail();
        _data.Clear();
        _dataOwner = DataOwner.None;
    }

    private void RefuseLongRecord(int line) =>
        Refuse(
            new SourceLocation(_file, line, _limits.MaxRecordLength + 1),
            $"record {line} is longer than {_limits.MaxRecordLength:N0} bytes; MCS is 80-column card images, so this is not MCS (a binary file?); nothing after it is read");

    private void Refuse(SourceLocation location, string message)
    {
        FlushErrors();
        Output.Add(McsEntry.Of(new SmpeError(location, McsText.Escape(message)), refusal: true));
        Refused = true;
        _sysmod = null;
    }

    private void Error(SourceLocation location, string message) => _errors.Add(new SmpeError(location, message));

    private void Emit(McsEntry entry)
    {
        FlushErrors();
        Output.Add(entry);
    }

    /// <summary>
    /// Moves the errors reported so far to the output, escaped for a terminal. The list itself is
    /// kept until the record ends, because the binder counts it to know whether a statement failed.
    /// </summary>
    private void FlushErrors()
    {
        for (; _flushedErrors < _errors.Count; _flushedErrors++)
        {
            var error = _errors[_flushedErrors];
            var message = Printable(error.Message);
            Output.Add(McsEntry.Of(ReferenceEquals(message, error.Message) ? error : error with { Message = message }, refusal: false));
        }
    }

    /// <summary>
    /// The message escaped for a terminal and, when it quotes a huge value (a word can run across
    /// thousands of records), cut in the middle: its start names the problem, its end the remedy.
    /// </summary>
    private static string Printable(string message)
    {
        message = McsText.Escape(message);
        return message.Length <= MaxMessageLength
            ? message
            : string.Concat(message.AsSpan(0, MaxMessageLength / 2), " ... ", message.AsSpan(message.Length - (MaxMessageLength / 2)));
    }
}
