using System.CommandLine;
using IMU.Cli.Output;

namespace IMU.Cli.Commands;

/// <summary><c>imu db</c>: the silo's database.</summary>
internal sealed class DbCommand : Command
{
    public DbCommand(ICliConsole console)
        : base("db", "Manage the silo's database (the embedded SQLite file or the cluster's PostgreSQL).")
    {
        Subcommands.Add(new DbMigrateCommand(console));
    }
}
