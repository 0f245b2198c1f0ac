namespace IMU.Smpe.Mcs;

/// <summary>The four kinds of SYSMOD, named by their header MCS.</summary>
public enum SysmodType
{
    /// <summary><c>++FUNCTION</c>: introduces or replaces a product (an FMID).</summary>
    Function,

    /// <summary><c>++PTF</c>: a permanent fix.</summary>
    Ptf,

    /// <summary><c>++APAR</c>: a temporary fix, later superseded by a PTF.</summary>
    Apar,

    /// <summary><c>++USERMOD</c>: a local change.</summary>
    Usermod,
}
