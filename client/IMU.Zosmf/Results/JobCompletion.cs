namespace IMU.Zosmf.Results;

/// <summary>How a job ended, from the z/OSMF <c>retcode</c> field.</summary>
public enum JobCompletion
{
    /// <summary><c>CC nnnn</c>: the steps ran; the return code says how SMP/E did.</summary>
    ConditionCode,

    /// <summary><c>JCL ERROR</c>: the job never ran; nothing changed.</summary>
    JclError,

    /// <summary><c>ABEND Sxxx</c> or <c>ABEND Unnnn</c>: the step ended abnormally; the zone may be partly updated.</summary>
    Abend,

    /// <summary><c>CANCELED</c>.</summary>
    Canceled,

    /// <summary><c>SEC ERROR</c>, <c>CONV ERROR</c>, <c>SYS FAIL</c> and anything else that is not one of the above.</summary>
    SystemError,
}
