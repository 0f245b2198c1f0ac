namespace IMU.Smpe.Syntax;

/// <summary>What a <see cref="SyntaxNode"/> was written as.</summary>
internal enum SyntaxNodeKind : byte
{
    Root,
    Word,
    Quoted,
    FreeText,
}
