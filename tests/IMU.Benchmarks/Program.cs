using BenchmarkDotNet.Running;
using IMU.Benchmarks.Smpe;

// `--write-mcs PATH MEGABYTES` writes a generated MCS file for the streaming reader's memory checks.
if (args is ["--write-mcs", var path, var megabytes])
{
    McsReadingWorkload.WriteFile(path, long.Parse(megabytes, System.Globalization.CultureInfo.InvariantCulture) * 1_000_000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(IMU.Benchmarks.PerSecondColumn).Assembly).Run(args);
