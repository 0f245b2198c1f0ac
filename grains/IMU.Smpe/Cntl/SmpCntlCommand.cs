using IMU.Smpe.Diagnostics;

namespace IMU.Smpe.Cntl;

/// <summary>One SMPCNTL command statement, e.g. <c>SET BOUNDARY(GLOBAL).</c> or <c>APPLY SELECT(...) CHECK.</c></summary>
public abstract record SmpCntlCommand
{
    /// <summary>Where the command starts.</summary>
    public SourceLocation Location { get; init; }

    /// <summary>The command name as SMP/E prints it: <c>SET</c>, <c>RECEIVE</c>, <c>APPLY</c>, ...</summary>
    public abstract string Name { get; }
}
