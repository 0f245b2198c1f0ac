namespace IMU.Smpe.Syntax;

/// <summary>
/// One operand or value: a word or quoted string, optionally followed by a parenthesized list
/// (children) or, for free-text operands, by raw text. Offsets index the statement buffer.
/// </summary>
internal struct SyntaxNode
{
    public SyntaxNodeKind Kind;
    public int Start;
    public int Length;
    public bool HasList;
    public int ListStart;
    public int ListEnd;
    public int FirstChild;
    public int LastChild;
    public int NextSibling;
    public int ChildCount;
}
