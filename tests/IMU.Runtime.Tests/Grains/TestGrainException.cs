namespace IMU.Runtime.Tests.Grains;

public sealed class TestGrainException : Exception
{
    public TestGrainException()
    {
    }

    public TestGrainException(string message)
        : base(message)
    {
    }

    public TestGrainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
