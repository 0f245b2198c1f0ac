namespace IMU.Runtime;

/// <summary>Marker for every grain interface and grain class.</summary>
public interface IGrain
{
}
