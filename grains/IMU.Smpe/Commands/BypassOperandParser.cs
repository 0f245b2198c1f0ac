namespace IMU.Smpe.Commands;

/// <summary>
/// Reads nested operand text such as <c>HOLDSYSTEM(ACTION(UJ00001),IPL) HOLDERROR(AA12345) ID</c>:
/// keywords with optional parenthesized lists, separated by blanks or commas.
/// </summary>
internal sealed class BypassOperandParser(string text)
{
    private int _position;

    public static IReadOnlyList<BypassOperand> Parse(string text)
    {
        var parser = new BypassOperandParser(text);
        var operands = parser.List();
        parser.SkipSeparators();
        if (parser._position < text.Length)
        {
            throw parser.Error($"UNEXPECTED '{text[parser._position]}'");
        }

        return operands;
    }

    private List<BypassOperand> List()
    {
        var operands = new List<BypassOperand>();
        while (true)
        {
            SkipSeparators();
            if (_position >= text.Length || text[_position] == ')')
            {
                return operands;
            }

            operands.Add(Operand());
        }
    }

    private BypassOperand Operand()
    {
        var start = _position;
        while (_position < text.Length && !char.IsWhiteSpace(text[_position]) && text[_position] is not ('(' or ')' or ','))
        {
            _position++;
        }

        if (_position == start)
        {
            throw Error($"UNEXPECTED '{text[_position]}'");
        }

        var keyword = text[start.._position];
        SkipBlanks();
        if (_position >= text.Length || text[_position] != '(')
        {
            return new BypassOperand(keyword, [], HasList: false);
        }

        _position++;
        var operands = List();
        if (_position >= text.Length)
        {
            throw Error($"MISSING ')' AFTER {keyword}(");
        }

        _position++;
        return new BypassOperand(keyword, operands, HasList: true);
    }

    private void SkipSeparators()
    {
        while (_position < text.Length && (char.IsWhiteSpace(text[_position]) || text[_position] == ','))
        {
            _position++;
        }
    }

    private void SkipBlanks()
    {
        while (_position < text.Length && char.IsWhiteSpace(text[_position]))
        {
            _position++;
        }
    }

    private FormatException Error(string what) => new($"GIM20801E BYPASS OPERAND ERROR AT COLUMN {_position + 1}: {what}");
}
