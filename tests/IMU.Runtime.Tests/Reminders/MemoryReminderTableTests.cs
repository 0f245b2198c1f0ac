using IMU.Runtime.Reminders;
using IMU.Runtime.Reminders.Memory;

namespace IMU.Runtime.Tests.Reminders;

public sealed class MemoryReminderTableTests : ReminderTableContractTests
{
    protected override Task<IReminderTable> CreateTableAsync() => Task.FromResult<IReminderTable>(new MemoryReminderTable());
}
