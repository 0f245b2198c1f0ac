using IMU.Silo.Hosting;
using IMU.Silo.Migrations;
using IMU.Silo.Options;

namespace IMU.Silo;

/// <summary>
/// The one entry point to IMU's silo host. <c>dotnet run --project silo/IMU.Silo</c>, <c>imu silo</c>,
/// <c>imu db migrate</c>, the tests and the demo all come through here, so they run the same host
/// with the same settings (see <see cref="SiloSettings"/>).
/// </summary>
public static class ImuSiloHost
{
    /// <summary>Starts configuring a silo from appsettings.json, the <c>IMU_*</c> environment variables and <paramref name="args"/>.</summary>
    /// <param name="args">Flags such as <c>--data DIR</c>, <c>--gateway-port 30000</c>, <c>--postgres CONNSTR</c>.</param>
    /// <returns>The builder; add services, silo configuration and endpoints, then build.</returns>
    /// <exception cref="SiloConfigurationException">A flag is unknown or lacks its value.</exception>
    public static ImuSiloBuilder CreateBuilder(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var web = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
        SiloConfiguration.AddSources(web.Configuration, args);
        return new ImuSiloBuilder(web);
    }

    /// <summary>
    /// Runs a silo until Ctrl+C, SIGTERM or <paramref name="cancellationToken"/>: prints one
    /// <c>IMU silo ready: ...</c> line once it serves calls. Returns 0 after a clean stop, 2 for bad
    /// settings (each printed on <paramref name="error"/>), 3 when the silo could not start (a port in use, storage unreachable).
    /// </summary>
    /// <param name="args">The flags, as for <see cref="CreateBuilder"/>.</param>
    /// <param name="output">Where the ready line goes.</param>
    /// <param name="error">Where problems go.</param>
    /// <param name="cancellationToken">Stops the silo.</param>
    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ImuSilo silo;
        try
        {
            silo = CreateBuilder(args).Build();
        }
        catch (SiloConfigurationException ex)
        {
            foreach (var problem in ex.Problems)
            {
                await error.WriteLineAsync($"imu silo: {problem}");
            }

            return 2;
        }

        await using (silo)
        {
            try
            {
                await silo.StartAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await error.WriteLineAsync($"imu silo: could not start on {silo.StorageDescription}: {ex.Message}");
                return 3;
            }

            await output.WriteLineAsync($"IMU silo ready: {silo.Describe()}");
            await output.FlushAsync(cancellationToken);
            await silo.WaitForShutdownAsync(cancellationToken);
            return 0;
        }
    }

    /// <summary>
    /// Applies the schema migrations the silo would apply at start, without starting it (<c>imu db migrate</c>),
    /// and prints what it did. Returns 0 when the database is current, 2 for bad settings, 3 when the
    /// database could not be reached or migrated.
    /// </summary>
    /// <param name="args">The flags, as for <see cref="CreateBuilder"/>; <c>--data</c> or <c>--postgres</c> pick the database.</param>
    /// <param name="output">Where the result goes.</param>
    /// <param name="error">Where problems go.</param>
    /// <param name="cancellationToken">Cancels the migration (each script is one transaction).</param>
    /// <returns>The process exit code.</returns>
    public static async Task<int> MigrateAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ImuSiloOptions options;
        try
        {
            var configuration = new ConfigurationManager();
            configuration.AddJsonFile("appsettings.json", optional: true);
            SiloConfiguration.AddSources(configuration, args);
            options = SiloConfiguration.Read(configuration);
        }
        catch (SiloConfigurationException ex)
        {
            foreach (var problem in ex.Problems)
            {
                await error.WriteLineAsync($"imu db migrate: {problem}");
            }

            return 2;
        }

        var migrator = SchemaMigrators.Create(options, TimeProvider.System);
        await using (migrator as IAsyncDisposable)
        {
            SchemaMigrationResult result;
            try
            {
                result = await migrator.MigrateAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await error.WriteLineAsync($"imu db migrate: {ex.Message}");
                return 3;
            }

            await output.WriteLineAsync(result.Applied.Count == 0
                ? $"{result.Database}: schema version {result.CurrentVersion}, already current"
                : $"{result.Database}: schema version {result.PreviousVersion} -> {result.CurrentVersion} (applied {string.Join(", ", result.Applied)})");
            return 0;
        }
    }
}
