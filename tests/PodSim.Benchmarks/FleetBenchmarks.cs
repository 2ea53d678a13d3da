using BenchmarkDotNet.Attributes;

namespace PodSim.Benchmarks;

/// <summary>(b, c, d) Engine throughput on synthetic fleets: healthy probed pods over 1 and 24 hours, a crash loop.</summary>
[MemoryDiagnoser]
public class FleetBenchmarks
{
    [Params(1_000)]
    public int Pods { get; set; }

    [Benchmark]
    public long HealthyOneHour()
    {
        var sim = Fleets.Healthy(Pods);
        sim.RunUntil(TimeSpan.FromHours(1));
        return sim.ProcessedWorkCount;
    }

    [Benchmark]
    public long HealthyOneDay()
    {
        var sim = Fleets.Healthy(Pods);
        sim.RunUntil(TimeSpan.FromHours(24));
        return sim.ProcessedWorkCount;
    }

    [Benchmark]
    public long CrashLoopOneHour()
    {
        var sim = Fleets.CrashLooping(Pods);
        sim.RunUntil(TimeSpan.FromHours(1));
        return sim.ProcessedWorkCount;
    }
}
