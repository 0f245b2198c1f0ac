namespace IMU.Smpe.Syntax;

/// <summary>
/// Where the statement scanner stands between records: inside a comment, inside a quoted string,
/// and how deep in parentheses. A statement only ends at a period with all three at rest.
/// </summary>
internal struct LexState
{
    public bool InComment;
    public bool InQuote;
    public int Depth;
}
