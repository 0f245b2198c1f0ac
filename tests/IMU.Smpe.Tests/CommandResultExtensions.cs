using IMU.Smpe.Commands;

namespace IMU.Smpe.Tests;

internal static class CommandResultExtensions
{
    public static SysmodResult For(this CommandResult result, string id) => Assert.Single(result.Sysmods, s => s.Id == id);

    public static SysmodStatus StatusOf(this CommandResult result, string id) => result.For(id).Status;

    public static bool Mentions(this SysmodResult result, string text) => result.Reasons.Any(r => r.Contains(text, StringComparison.Ordinal));
}
