using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(IMU.Benchmarks.PerSecondColumn).Assembly).Run(args);
