namespace IMU.Runtime;

/// <summary>A connection to a cluster from outside any grain: a grain factory for client code.</summary>
public interface IClusterClient : IGrainFactory
{
}
