namespace IMU.Zosmf.Results;

/// <summary>The severity letter that ends a GIM message id; each maps to an SMP/E return code.</summary>
public enum GimSeverity
{
    /// <summary>I: information, RC 0.</summary>
    Information = 0,

    /// <summary>W: warning, RC 4.</summary>
    Warning = 4,

    /// <summary>E: error, RC 8.</summary>
    Error = 8,

    /// <summary>S: severe, RC 12.</summary>
    Severe = 12,

    /// <summary>T: terminating, RC 16.</summary>
    Terminating = 16,
}
