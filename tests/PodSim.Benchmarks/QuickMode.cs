using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PodSim.Engine;
using PodSim.Scenarios;
using PodSim.Manifests;

namespace PodSim.Benchmarks;

/// <summary>
/// The quick mode: every headline figure measured once in one process (after a warm-up, with Stopwatch), printed as
/// one JSON object with the targets of docs/performance.md and whether each is met. It runs in well under two minutes.
/// </summary>
public static class QuickMode
{
    private const int QueueItems = 1_000_000;

    public static int Run(TextWriter output)
    {
        var result = new JsonObject
        {
            ["machine"] = new JsonObject
            {
                ["processors"] = Environment.ProcessorCount,
                ["os"] = RuntimeInformation.OSDescription,
                ["runtime"] = RuntimeInformation.FrameworkDescription,
            },
        };

        Warm();
        result["queue"] = Queue();
        result["healthyFleet"] = HealthyFleet();
        result["horizon"] = Horizon();
        result["crashLoop"] = CrashLoop();
        result["corpus"] = CorpusLoading();
        result["memoryPerPod"] = MemoryPerPod();
        result["versionHistory"] = VersionHistory();
        result["scaling"] = Scaling();
        result["churn"] = Churn();
        output.WriteLine(result.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        return 0;
    }

    /// <summary>Runs each workload small once so that the JIT has compiled the hot paths before anything is timed.</summary>
    private static void Warm()
    {
        Loops.BareQueue(Fleets.DueTicks(50_000));
        Loops.EngineLoop(Fleets.DueTicks(50_000));
        for (var i = 0; i < 3; i++)
        {
            Fleets.Healthy(300).RunUntil(TimeSpan.FromHours(2));
            Fleets.CrashLooping(300).RunUntil(TimeSpan.FromHours(1));
        }
    }

    private static JsonObject Queue()
    {
        var due = Fleets.DueTicks(QueueItems);
        var bare = Best(() => Loops.BareQueue(due));
        var engine = Best(() => Loops.EngineLoop(due));
        var bareRate = QueueItems / bare.TotalSeconds;
        var engineRate = QueueItems / engine.TotalSeconds;
        var ratio = engineRate / bareRate;
        return new JsonObject
        {
            ["items"] = QueueItems,
            ["bareQueueOpsPerSecond"] = Math.Round(bareRate),
            ["engineEventsPerSecond"] = Math.Round(engineRate),
            ["ratio"] = Math.Round(ratio, 3),
            ["target"] = "ratio >= 0.333",
            ["met"] = ratio >= 1.0 / 3,
        };
    }

    private static JsonObject HealthyFleet()
    {
        const int pods = 10_000;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var baseline = GC.GetTotalMemory(true);
        var peak = 0L;
        var watch = Stopwatch.StartNew();
        var sim = Fleets.Healthy(pods);
        peak = Math.Max(peak, GC.GetTotalMemory(false) - baseline);

        // Run in slices of virtual time to sample the managed heap (without forcing collections) along the way.
        for (var hour = 1; hour <= 24; hour++)
        {
            sim.RunUntil(TimeSpan.FromHours(hour));
            peak = Math.Max(peak, GC.GetTotalMemory(false) - baseline);
        }

        watch.Stop();
        var peakMb = peak / 1048576.0;
        return new JsonObject
        {
            ["pods"] = pods,
            ["virtualHours"] = 24,
            ["wallSeconds"] = Math.Round(watch.Elapsed.TotalSeconds, 3),
            ["peakManagedMB"] = Math.Round(peakMb, 1),
            ["workItems"] = sim.ProcessedWorkCount,
            ["events"] = sim.EventOccurrences.Count,
            ["transitions"] = sim.Transitions.Count,
            ["target"] = "wallSeconds < 10 and peakManagedMB < 200",
            ["met"] = watch.Elapsed.TotalSeconds < 10 && peakMb < 200,
        };
    }

    private static JsonObject Horizon()
    {
        const int pods = 2_000;
        Simulation? hourSim = null;
        Simulation? daySim = null;
        var hour = Best(() => { hourSim = Fleets.Healthy(pods); hourSim.RunUntil(TimeSpan.FromHours(1)); return 0; });
        var day = Best(() => { daySim = Fleets.Healthy(pods); daySim.RunUntil(TimeSpan.FromHours(24)); return 0; });
        var ratio = day.TotalSeconds / hour.TotalSeconds;
        return new JsonObject
        {
            ["pods"] = pods,
            ["oneHourSeconds"] = Math.Round(hour.TotalSeconds, 4),
            ["oneDaySeconds"] = Math.Round(day.TotalSeconds, 4),
            ["workItemsOneHour"] = hourSim!.ProcessedWorkCount,
            ["workItemsOneDay"] = daySim!.ProcessedWorkCount,
            ["ratio"] = Math.Round(ratio, 3),
            ["target"] = "ratio <= 2",
            ["met"] = ratio <= 2,
        };
    }

    private static JsonObject CrashLoop()
    {
        const int pods = 1_000;
        Simulation? sim = null;
        var time = Best(() => { sim = Fleets.CrashLooping(pods); sim.RunUntil(TimeSpan.FromHours(1)); return 0; });
        return new JsonObject
        {
            ["pods"] = pods,
            ["virtualHours"] = 1,
            ["wallSeconds"] = Math.Round(time.TotalSeconds, 3),
            ["workItems"] = sim!.ProcessedWorkCount,
            ["restarts"] = sim.Pods.Sum(p => p.Status!.ContainerStatuses[0].RestartCount ?? 0),
            ["target"] = "wallSeconds < 1",
            ["met"] = time.TotalSeconds < 1,
        };
    }

    private static JsonObject CorpusLoading()
    {
        var files = Corpus.Files();
        if (files.Length == 0)
        {
            return new JsonObject { ["files"] = 0, ["note"] = "no ../shared/corpus beside the repository", ["met"] = null };
        }

        var loader = new ManifestLoader();
        foreach (var file in files)
        {
            loader.LoadFiles(file);
        }

        var perFile = new JsonObject();
        var total = TimeSpan.Zero;
        var root = Corpus.Root()!;
        foreach (var file in files)
        {
            var time = Best(() => loader.LoadFiles(file).Objects.Count, runs: 3);
            total += time;
            perFile[Path.GetRelativePath(root, file)] = Math.Round(time.TotalMilliseconds, 3);
        }

        var average = total.TotalMilliseconds / files.Length;
        return new JsonObject
        {
            ["files"] = files.Length,
            ["averageMsPerFile"] = Math.Round(average, 3),
            ["totalMs"] = Math.Round(total.TotalMilliseconds, 1),
            ["target"] = "averageMsPerFile < 5",
            ["met"] = average < 5,
            ["perFileMs"] = perFile,
        };
    }

    private static JsonObject MemoryPerPod()
    {
        const int pods = 5_000;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(true);
        var sim = Fleets.Healthy(pods);
        sim.RunUntil(TimeSpan.FromHours(1));
        var after = GC.GetTotalMemory(true);
        GC.KeepAlive(sim);
        return new JsonObject
        {
            ["pods"] = pods,
            ["bytesPerPod"] = (after - before) / pods,
            ["note"] = "retained managed heap per probed pod after one virtual hour, including its event and transition logs",
        };
    }

    /// <summary>
    /// What <c>Simulation.At</c> costs: the retained heap of a fleet with every object version kept (the default), then
    /// after RecordHistory is set to false, which lets the versions go and keeps the event and transition logs, so that
    /// the difference is the versions alone. The healthy 10,000-pod fleet over 24 virtual hours writes its pods at
    /// +0s only; 1,000 crash-looping pods over an hour write a status at every exit, back-off end and start.
    /// </summary>
    private static JsonObject VersionHistory()
    {
        return new JsonObject
        {
            ["healthyFleet"] = Measure(10_000, () => Fleets.Healthy(10_000), TimeSpan.FromHours(24)),
            ["crashLoop"] = Measure(1_000, () => Fleets.CrashLooping(1_000), TimeSpan.FromHours(1)),
            ["note"] = "memory Simulation.At needs: every object version written, the last of each instant; RecordHistory = false keeps none",
        };

        static JsonObject Measure(int pods, Func<Simulation> build, TimeSpan until)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetTotalMemory(true);
            var sim = build();
            sim.RunUntil(until);
            var withVersions = GC.GetTotalMemory(true) - before;
            sim.RecordHistory = false;
            var withoutVersions = GC.GetTotalMemory(true) - before;
            GC.KeepAlive(sim);
            var cost = withVersions - withoutVersions;
            return new JsonObject
            {
                ["pods"] = pods,
                ["virtualHours"] = until.TotalHours,
                ["retainedMBWithVersions"] = Math.Round(withVersions / 1048576.0, 1),
                ["retainedMBWithoutVersions"] = Math.Round(withoutVersions / 1048576.0, 1),
                ["versionsMB"] = Math.Round(cost / 1048576.0, 1),
                ["versionBytesPerPod"] = cost / pods,
            };
        }
    }

    /// <summary>
    /// 100,000 short-lived pods over 24 virtual hours (one created every 0.864 s, its container done after 5 s, the pod
    /// deleted 10.4 s after creation), with the simulation's history off as a long run keeps it: the heap retained
    /// after 24 hours must stay within 10% of the heap after one hour.
    /// </summary>
    private static JsonObject Churn()
    {
        const int pods = 100_000;
        const int lifetime = 12;
        var every = TimeSpan.FromHours(24) / pods;
        var scenario = new ScenarioBuilder("churn")
            .Image("nginx:1.25", present: true)
            .Behavior(new BehaviorSpec { ExitAfter = TimeSpan.FromSeconds(5), ExitCode = 0 })
            .WorkBudget(long.MaxValue)
            .Build();
        var sim = new Simulation(scenario) { RecordHistory = false };
        long afterOneHour = 0;
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        for (var i = 0; i < pods; i++)
        {
            sim.RunUntil(every * i);
            sim.Create(Fleets.Pod(i, probed: false) with { Spec = Fleets.Pod(i, probed: false).Spec! with { RestartPolicy = "Never" } });
            if (i >= lifetime)
            {
                sim.DeletePod(Fleets.Pod(i - lifetime, probed: false).Metadata!.Name!);
            }

            if (afterOneHour == 0 && every * i >= TimeSpan.FromHours(1))
            {
                afterOneHour = GC.GetTotalMemory(true);
            }
        }

        sim.RunUntil(TimeSpan.FromHours(24));
        var afterDay = GC.GetTotalMemory(true);
        var seconds = System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalSeconds;
        GC.KeepAlive(sim);
        var ratio = (double)afterDay / afterOneHour;
        return new JsonObject
        {
            ["pods"] = pods,
            ["virtualHours"] = 24,
            ["wallSeconds"] = Math.Round(seconds, 3),
            ["retainedBytesAfter1h"] = afterOneHour,
            ["retainedBytesAfter24h"] = afterDay,
            ["livePodsAtEnd"] = sim.Pods.Count,
            ["ratio"] = Math.Round(ratio, 3),
            ["target"] = "ratio <= 1.1",
            ["met"] = ratio <= 1.1,
        };
    }

    /// <summary>How cost grows: healthy fleets of several sizes over one hour, a crash-looping fleet over longer horizons.</summary>
    private static JsonObject Scaling()
    {
        var byPods = new JsonArray();
        foreach (var pods in new[] { 1_000, 2_000, 5_000, 10_000 })
        {
            Simulation? sim = null;
            var time = Best(() => { sim = Fleets.Healthy(pods); sim.RunUntil(TimeSpan.FromHours(1)); return 0; }, runs: 2);
            byPods.Add(new JsonObject { ["pods"] = pods, ["seconds"] = Math.Round(time.TotalSeconds, 3), ["workItems"] = sim!.ProcessedWorkCount });
        }

        var byHours = new JsonArray();
        foreach (var hours in new[] { 1, 4, 24 })
        {
            Simulation? sim = null;
            var time = Best(() => { sim = Fleets.CrashLooping(200); sim.RunUntil(TimeSpan.FromHours(hours)); return 0; }, runs: 2);
            byHours.Add(new JsonObject { ["crashLoopingPods"] = 200, ["virtualHours"] = hours, ["seconds"] = Math.Round(time.TotalSeconds, 3), ["workItems"] = sim!.ProcessedWorkCount });
        }

        return new JsonObject { ["healthyFleetOneHour"] = byPods, ["crashLoopByHorizon"] = byHours };
    }

    /// <summary>The best of a few runs, the usual way to time a deterministic workload on a shared machine.</summary>
    private static TimeSpan Best(Func<long> work, int runs = 3)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            work();
            watch.Stop();
            if (watch.Elapsed < best)
            {
                best = watch.Elapsed;
            }
        }

        return best;
    }
}
