using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Distanskontakt.Benchmarks.DecisionBenchmarks).Assembly).Run(args);
