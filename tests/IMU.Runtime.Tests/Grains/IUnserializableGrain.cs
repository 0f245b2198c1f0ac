namespace IMU.Runtime.Tests.Grains;

[Alias("unserializable")]
public interface IUnserializableGrain : IGrainWithStringKey
{
    Task SendAsync(Unregistered value);
}
