using IMU.Cli;
using IMU.Cli.Output;

return await CliApplication.RunAsync(args, new SystemCliConsole());
