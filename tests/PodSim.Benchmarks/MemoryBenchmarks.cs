using BenchmarkDotNet.Attributes;

namespace PodSim.Benchmarks;

/// <summary>(f) Memory per simulated pod: a probed pod created and run to its steady state.</summary>
[MemoryDiagnoser]
public class MemoryBenchmarks
{
    [Params(1_000)]
    public int Pods { get; set; }

    [Benchmark]
    public int SteadyStateFleet()
    {
        var sim = Fleets.Healthy(Pods);
        sim.RunUntil(TimeSpan.FromMinutes(1));
        return sim.Pods.Count;
    }
}
