namespace IMU.Runtime.Tests.Grains;

/// <summary>An exception without a constructor taking a message, so the caller cannot rebuild its type.</summary>
public sealed class CodeOnlyException(int code) : Exception($"code {code}")
{
    public int Code { get; } = code;
}
