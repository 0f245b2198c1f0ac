namespace IMU.Runtime.Activation;

/// <summary>The life of an activation: requests run only while it is <see cref="Valid"/>.</summary>
internal enum ActivationState
{
    Creating,
    Activating,
    Valid,
    Deactivating,
    Invalid,
}
