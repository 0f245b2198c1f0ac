using IMU.Smpe.Diagnostics;
using IMU.Smpe.HoldData;
using IMU.Smpe.Syntax;

namespace IMU.Smpe.Mcs;

/// <summary>
/// Reads an SMPPTFIN or SMPHOLD stream record by record (smpe-reference §1.1): a record with
/// <c>++</c> in columns 1-2 starts an MCS, the MCS runs to its period, and after an element MCS
/// every record up to the next <c>++</c> is inline data that the comment scanner never sees.
/// A bad statement is reported and skipped; the next <c>++</c> in columns 1-2 starts afresh.
/// </summary>
internal sealed partial class McsStreamParser
{
    private const int ScannedColumns = 72;

    private readonly string _file;
    private readonly StatementBuffer _buffer;
    private readonly SyntaxTree _tree = new();
    private readonly OperandBinder _binder;
    private readonly List<SmpeError> _errors = [];
    private readonly List<Sysmod> _sysmods = [];
    private readonly List<HoldStatement> _holds = [];
    private readonly List<ReleaseStatement> _releases = [];
    private readonly List<AssignStatement> _assigns = [];
    private readonly List<McsStatement> _streamStatements = [];

    private Mode _mode;
    private LexState _lex;
    private int _scanPosition;
    private int _statementLine;
    private bool _inComment;
    private int _commentLine;
    private bool _strayReported;
    private SysmodBuilder? _sysmod;
    private List<string>? _data;

    public McsStreamParser(string file)
    {
        _file = file;
        _buffer = new StatementBuffer { File = file };
        _binder = new OperandBinder(_tree, _errors);
    }

    private enum Mode
    {
        Between,
        Statement,
        Data,
    }

    public McsParseResult Parse(string text)
    {
        var line = 0;
        var position = 0;
        while (position < text.Length)
        {
            var rest = text.AsSpan(position);
            var newLine = rest.IndexOf('\n');
            var record = newLine < 0 ? rest : rest[..newLine];
            position += newLine < 0 ? rest.Length : newLine + 1;
            if (record.Length > 0 && record[^1] == '\r')
            {
                record = record[..^1];
            }

            line++;
            Process(record, line);
        }

        EndOfInput();
        return new McsParseResult
        {
            Sysmods = _sysmods,
            Holds = _holds,
            Releases = _releases,
            Assigns = _assigns,
            OtherStatements = _streamStatements,
            Errors = _errors,
        };
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
                Unterminated(line, "before the next ++ in columns 1-2");
                break;
            case Mode.Data when !startsMcs:
                _data?.Add(record.ToString());
                return;
            case Mode.Data:
                _data = null;
                break;
            default:
                break;
        }

        _mode = Mode.Between;
        if (startsMcs)
        {
            if (_inComment)
            {
                _errors.Add(new SmpeError(new SourceLocation(_file, _commentLine, 1), $"comment opened on line {_commentLine} is not closed by '*/' before the next ++ in columns 1-2"));
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
            _errors.Add(new SmpeError(new SourceLocation(_file, line, stray + 1), "text outside an MCS statement is ignored; an MCS must start with ++ in columns 1-2"));
        }
    }

    private void Append(ReadOnlySpan<char> record, int line, int firstColumn)
    {
        var scanned = record.Length > ScannedColumns ? record[..ScannedColumns] : record;
        _buffer.AppendRecord(scanned[(firstColumn - 1)..], line, firstColumn, record.Length >= ScannedColumns);
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
            _errors.Add(new SmpeError(_buffer.Locate(end + 1 + stray), "text after the period that ends the statement is ignored; an MCS must start with ++ in columns 1-2"));
        }
    }

    private void Unterminated(int line, string where)
    {
        var keyword = StatementKeyword();
        var location = new SourceLocation(_file, line, 1);
        _errors.Add(new SmpeError(location, $"++{keyword} statement starting on line {_statementLine} is not ended by a period {where}"));
        var kind = McsKeywords.Classify(keyword, out var type, out _);
        if (kind == McsKind.Header)
        {
            FinishSysmod();
            _sysmod = new SysmodBuilder(string.Empty, type, location) { Failed = true };
        }
        else if (_sysmod is not null && kind is not (McsKind.Release or McsKind.Assign or McsKind.StreamOther))
        {
            _sysmod.Failed = true;
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
            Unterminated(_statementLine, "before the end of the input");
        }

        if (_inComment)
        {
            _errors.Add(new SmpeError(new SourceLocation(_file, _commentLine, 1), $"comment opened on line {_commentLine} is not closed by '*/'"));
        }

        FinishSysmod();
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
            _errors.Add(new SmpeError(sysmod.Location, $"SYSMOD {sysmod.Id} has no ++VER; every SYSMOD needs at least one, e.g. ++VER(Z038) FMID(HBB77D0)"));
            return;
        }

        _sysmods.Add(sysmod.Build());
    }
}
