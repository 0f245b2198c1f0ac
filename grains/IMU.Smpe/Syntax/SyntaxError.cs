namespace IMU.Smpe.Syntax;

/// <summary>A syntax problem at an offset of the statement buffer.</summary>
internal readonly record struct SyntaxError(int Offset, string Message);
