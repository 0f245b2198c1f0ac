namespace IMU.Zosmf.Simulator;

/// <summary>One DD statement: in-stream data, DUMMY, or a data set name.</summary>
/// <param name="Name">The ddname.</param>
/// <param name="InStream">The in-stream records joined with line feeds, or null.</param>
/// <param name="Dummy">True for DD DUMMY.</param>
/// <param name="DataSet">The DSN= value, or null.</param>
internal sealed record JclDd(string Name, string? InStream, bool Dummy, string? DataSet);
