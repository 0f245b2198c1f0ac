namespace IMU.Silo.Options;

/// <summary>One setting of <see cref="ImuSiloOptions"/> and the three places it can be given.</summary>
/// <param name="Key">The configuration key, e.g. <c>Silo:GatewayPort</c> in appsettings.json.</param>
/// <param name="EnvironmentVariable">The environment variable, e.g. <c>IMU_GATEWAY_PORT</c>.</param>
/// <param name="Switch">The command-line flag, e.g. <c>--gateway-port</c>.</param>
/// <param name="Description">What it sets, for <c>--help</c>.</param>
public sealed record SiloSetting(string Key, string EnvironmentVariable, string Switch, string Description);
