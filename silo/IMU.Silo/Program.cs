using IMU.Silo;
using IMU.Silo.Options;

if (args is ["--help"] or ["-h"])
{
    Console.WriteLine("IMU silo: dotnet run --project silo/IMU.Silo -- [flags]; the same as `imu silo`.");
    foreach (var setting in SiloSettings.All)
    {
        Console.WriteLine($"  {setting.Switch,-16} {setting.EnvironmentVariable,-18} {setting.Description}");
    }

    return 0;
}

// Ctrl+C and SIGTERM reach the host's own console lifetime, which stops the silo gracefully.
return await ImuSiloHost.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
