namespace IMU.Silo.Options;

/// <summary>Every setting of <see cref="ImuSiloOptions"/> with its configuration key, environment variable and flag.</summary>
public static class SiloSettings
{
    /// <summary>The settings in the order <c>--help</c> lists them.</summary>
    public static IReadOnlyList<SiloSetting> All { get; } =
    [
        Setting(nameof(ImuSiloOptions.DataDirectory), "IMU_DATA", "--data", "Directory of the embedded silo's SQLite file (default ./imu-data)."),
        Setting(nameof(ImuSiloOptions.Postgres), "IMU_POSTGRES", "--postgres", "PostgreSQL connection string: run as a cluster member instead of embedded."),
        Setting(nameof(ImuSiloOptions.Address), "IMU_ADDRESS", "--address", "IP address to listen on and advertise (default 127.0.0.1; cluster mode only for others)."),
        Setting(nameof(ImuSiloOptions.SiloPort), "IMU_SILO_PORT", "--silo-port", "Silo-to-silo port (default 11111)."),
        Setting(nameof(ImuSiloOptions.GatewayPort), "IMU_GATEWAY_PORT", "--gateway-port", "Client gateway port (default 30000)."),
        Setting(nameof(ImuSiloOptions.HttpPort), "IMU_HTTP_PORT", "--http-port", "HTTP port of the API, the dashboard and /health (default 5080; 0 = any free port)."),
        Setting(nameof(ImuSiloOptions.Listen), "IMU_LISTEN", "--listen", "IP address of the HTTP surface (default 127.0.0.1; any other needs --token-file)."),
        Setting(nameof(ImuSiloOptions.TokenFile), "IMU_TOKEN_FILE", "--token-file", "File of bearer tokens, one 'SUBJECT TOKEN' a line: the API and the page then need one."),
        Setting(nameof(ImuSiloOptions.ClusterId), "IMU_CLUSTER_ID", "--cluster-id", "Orleans cluster id (default imu)."),
        Setting(nameof(ImuSiloOptions.ServiceId), "IMU_SERVICE_ID", "--service-id", "Orleans service id, the key of stored state and reminders (default imu)."),
    ];

    /// <summary>The settings that pick the database: <c>--data</c> and <c>--postgres</c> (what <c>imu db migrate</c> takes).</summary>
    public static IReadOnlyList<SiloSetting> Database { get; } = [.. All.Take(2)];

    private static SiloSetting Setting(string property, string environmentVariable, string flag, string description) =>
        new($"{ImuSiloOptions.SectionName}:{property}", environmentVariable, flag, description);
}
