namespace IMU.Zosmf.Results;

/// <summary>One GIM message from SMPOUT, continuation lines joined.</summary>
/// <param name="Id">The message id without its severity letter, e.g. <c>GIM20501</c>.</param>
/// <param name="Severity">The severity letter's meaning.</param>
/// <param name="Text">The message text.</param>
public sealed record GimMessage(string Id, GimSeverity Severity, string Text);
