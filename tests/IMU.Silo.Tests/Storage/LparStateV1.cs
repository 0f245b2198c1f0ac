namespace IMU.Silo.Tests.Storage;

/// <summary>A grain state record as grains write them: a sealed record with a parameterless constructor for the empty state.</summary>
public sealed record LparStateV1(string Lpar, int Ipls, DateTimeOffset? LastIplAt)
{
    public LparStateV1()
        : this(string.Empty, 0, null)
    {
    }
}
