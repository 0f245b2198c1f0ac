using IMU.Grains.Models;

namespace IMU.Silo.Api;

/// <summary>Who the audit record names for an action: the token's subject, or the OS user running the silo when no token is configured.</summary>
internal static class ApiCaller
{
    public static string Of(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } subject } ? subject : Environment.UserName;

    public static OperatorAction Action(HttpContext context, string? reason) => new(Of(context), string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
}
