namespace IMU.Runtime;

/// <summary>
/// A grain interface whose grains are addressed by a string key. The code generator writes a grain
/// reference (proxy) and an invoker for every interface that derives from this one.
/// </summary>
public interface IGrainWithStringKey : IGrain
{
}
