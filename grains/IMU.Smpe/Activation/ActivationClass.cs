namespace IMU.Smpe.Activation;

/// <summary>What it takes for an installed SYSMOD to become active on a running system, from the least to the most.</summary>
public enum ActivationClass
{
    /// <summary>Active as soon as it is installed (or after routine refreshes).</summary>
    None,

    /// <summary>A SYSTEM hold DYNACT gives steps to activate it without an IPL.</summary>
    Dynamic,

    /// <summary>Needs an IPL: SYSTEM hold IPL, or elements in the nucleus, NIP/RIM or LPA.</summary>
    Ipl,
}
