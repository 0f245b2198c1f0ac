namespace IMU.Smpe.Mcs;

/// <summary>What an MCS keyword introduces, which decides where the statement belongs.</summary>
internal enum McsKind
{
    Unknown,
    Header,
    Ver,
    If,
    Hold,
    Release,
    JclIn,
    Element,
    Delete,
    SysmodOther,
    Assign,
    StreamOther,
}
