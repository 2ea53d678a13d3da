using PodSim.Engine;
using PodSim.Model;
using PodSim.Scenarios;

namespace PodSim.Benchmarks;

/// <summary>The synthetic fleets the benchmarks simulate, built in C# so that YAML parsing does not blur the engine's cost.</summary>
public static class Fleets
{
    private static readonly Probe Readiness = new() { HttpGet = new HttpGetAction { Path = "/ready", Port = 8080 }, PeriodSeconds = 10 };
    private static readonly Probe Liveness = new() { HttpGet = new HttpGetAction { Path = "/healthz", Port = 8080 }, PeriodSeconds = 10 };

    /// <summary>A pod with one container; with readiness and liveness probes every 10 s when <paramref name="probed"/>.</summary>
    public static Pod Pod(int index, bool probed) => new()
    {
        ApiVersion = "v1",
        Kind = "Pod",
        Metadata = new ObjectMeta { Name = "web-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        Spec = new PodSpec
        {
            Containers =
            [
                new Container
                {
                    Name = "app",
                    Image = "nginx:1.25",
                    ReadinessProbe = probed ? Readiness : null,
                    LivenessProbe = probed ? Liveness : null,
                },
            ],
        },
    };

    /// <summary>Healthy pods with probes every 10 s, the image already on the node.</summary>
    public static Simulation Healthy(int pods)
    {
        var sim = new Simulation(new ScenarioBuilder("healthy").Image("nginx:1.25", present: true).Build());
        for (var i = 0; i < pods; i++)
        {
            sim.Create(Pod(i, probed: true));
        }

        return sim;
    }

    /// <summary>Pods whose container exits 1 five seconds after every start: a fleet in crash-loop back-off.</summary>
    public static Simulation CrashLooping(int pods)
    {
        var scenario = new ScenarioBuilder("crash")
            .Image("nginx:1.25", present: true)
            .Behavior(new BehaviorSpec { ExitAfter = TimeSpan.FromSeconds(5), ExitCode = 1 })
            .Build();
        var sim = new Simulation(scenario);
        for (var i = 0; i < pods; i++)
        {
            sim.Create(Pod(i, probed: false));
        }

        return sim;
    }

    /// <summary>Deterministic due times spread over an hour (a linear congruential sequence), as the engine's keys.</summary>
    public static long[] DueTicks(int count)
    {
        var ticks = new long[count];
        ulong state = 12345;
        for (var i = 0; i < count; i++)
        {
            state = (state * 6364136223846793005UL) + 1442695040888963407UL;
            ticks[i] = (long)(state >> 33) % TimeSpan.TicksPerHour;
        }

        return ticks;
    }
}
