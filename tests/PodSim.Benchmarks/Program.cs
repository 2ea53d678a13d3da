using BenchmarkDotNet.Running;
using PodSim.Benchmarks;

// `--quick` prints the headline figures as one JSON object; anything else goes to BenchmarkDotNet's switcher.
if (args.Contains("--quick"))
{
    return QuickMode.Run(Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(QueueBenchmarks).Assembly).Run(args);
return 0;
