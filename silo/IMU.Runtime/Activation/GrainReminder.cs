using IMU.Runtime.Reminders;

namespace IMU.Runtime.Activation;

/// <summary>The handle of a registered reminder: the stored schedule with its ETag.</summary>
/// <param name="Entry">The schedule as registered or read.</param>
internal sealed record GrainReminder(ReminderEntry Entry) : IGrainReminder
{
    public string ReminderName => Entry.Name;
}
