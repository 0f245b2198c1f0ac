namespace IMU.Runtime.Messaging;

/// <summary>Delivers a request to the silo that hosts (or will host) its target grain.</summary>
internal interface IGrainCallRouter
{
    void Send(GrainRequest request);
}
