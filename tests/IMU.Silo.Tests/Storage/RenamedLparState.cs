namespace IMU.Silo.Tests.Storage;

/// <summary><see cref="LparStateV1"/> after a rename and a move: the same properties under another CLR name.</summary>
public sealed record RenamedLparState(string Lpar, int Ipls, DateTimeOffset? LastIplAt)
{
    public RenamedLparState()
        : this(string.Empty, 0, null)
    {
    }
}
