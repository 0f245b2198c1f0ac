using System.CommandLine;
using IMU.Cli.Output;
using IMU.Silo;
using IMU.Silo.Options;

namespace IMU.Cli.Commands;

/// <summary>
/// <c>imu db migrate [--data DIR | --postgres CONNSTR]</c>: applies the schema scripts a silo applies
/// at start, so an operator can migrate ahead of a rollout (or with a DBA's account).
/// </summary>
internal sealed class DbMigrateCommand : Command
{
    private readonly SiloSettingOptions _settings = new(SiloSettings.Database);

    public DbMigrateCommand(ICliConsole console)
        : base("migrate", "Bring the database up to this version's schema (idempotent; silos also do it when they start).")
    {
        _settings.AddTo(this);
        SetAction((parseResult, cancellationToken) =>
            ImuSiloHost.MigrateAsync(_settings.ToHostArguments(parseResult), console.Out, console.Error, cancellationToken));
    }
}
