namespace IMU.Runtime.Activation;

/// <summary>The handle of a registered reminder.</summary>
/// <param name="ReminderName">The reminder name.</param>
/// <param name="ETag">The schedule's version when the handle was made.</param>
internal sealed record GrainReminder(string ReminderName, string ETag) : IGrainReminder;
