using BenchmarkDotNet.Attributes;
using PodSim.Engine;

namespace PodSim.Benchmarks;

/// <summary>
/// (a) The bare event queue (a PriorityQueue with the engine's key type) against (b) the engine's own loop
/// (Schedule plus Run with no-op work): the difference is the engine's overhead per event.
/// </summary>
[MemoryDiagnoser]
public class QueueBenchmarks
{
    private long[] _due = [];

    [Params(100_000)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup() => _due = Fleets.DueTicks(Items);

    [Benchmark(Baseline = true)]
    public long BareQueue() => Loops.BareQueue(_due);

    [Benchmark]
    public long EngineLoop() => Loops.EngineLoop(_due);
}

/// <summary>The two loops the queue benchmark and the quick mode time.</summary>
public static class Loops
{
    private static readonly Action NoOp = static () => { };

    /// <summary>Enqueues every item, then dequeues them all, as the engine's heap would.</summary>
    public static long BareQueue(long[] due)
    {
        var queue = new PriorityQueue<object, (long Due, int Priority, long Sequence)>();
        var item = new object();
        for (var i = 0; i < due.Length; i++)
        {
            queue.Enqueue(item, (due[i], 2, i));
        }

        long count = 0;
        while (queue.TryDequeue(out _, out _))
        {
            count++;
        }

        return count;
    }

    /// <summary>Schedules every item on a simulation and runs it to the end.</summary>
    public static long EngineLoop(long[] due)
    {
        var sim = new Simulation();
        for (var i = 0; i < due.Length; i++)
        {
            sim.Enqueue(TimeSpan.FromTicks(due[i]), WorkTier.Timer, NoOp);
        }

        sim.RunUntil(TimeSpan.FromHours(1));
        return sim.ProcessedWorkCount;
    }
}
