namespace PodSim.Tests.Properties;

/// <summary>
/// The last step of shrinking. CsCheck's random shrinking finds smaller failing cases by drawing new ones, which in a
/// space this wide leaves details that do not matter; this pass then drops one part at a time (an action, a
/// behaviour, a pod, a container, a probe, an optional field) while the failure persists, so the printed scenario
/// is one where every remaining part is needed.
/// </summary>
internal static class ScenarioSimplifier
{
    /// <summary>How long simplifying may take: it bounds how simple the printed example gets, never whether a test passes.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(1);

    /// <summary>Simplifies <paramref name="model"/> while <paramref name="fails"/> holds, within a minute.</summary>
    public static ScenarioModel Simplify(ScenarioModel model, Func<ScenarioModel, bool> fails) => Simplify(model, fails, Budget);

    /// <summary>Simplifies <paramref name="model"/> while <paramref name="fails"/> holds, within a time budget.</summary>
    public static ScenarioModel Simplify(ScenarioModel model, Func<ScenarioModel, bool> fails, TimeSpan budget)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var current = model;
        var progress = true;
        while (progress && clock.Elapsed < budget)
        {
            progress = false;
            foreach (var candidate in Candidates(current))
            {
                if (clock.Elapsed >= budget)
                {
                    break;
                }

                if (fails(candidate))
                {
                    current = candidate;
                    progress = true;
                    break;
                }
            }
        }

        return current;
    }

    /// <summary>Every model one step simpler than <paramref name="m"/>, the biggest cuts first.</summary>
    public static IEnumerable<ScenarioModel> Candidates(ScenarioModel m)
    {
        for (var i = 0; i < m.Actions.Count; i++)
        {
            yield return m with { Actions = Without(m.Actions, i) };
        }

        if (m.Pods.Count > 1)
        {
            for (var i = 0; i < m.Pods.Count; i++)
            {
                yield return m with { Pods = Without(m.Pods, i) };
            }
        }

        for (var i = 0; i < m.Behaviors.Count; i++)
        {
            yield return m with { Behaviors = Without(m.Behaviors, i) };
        }

        for (var p = 0; p < m.Pods.Count; p++)
        {
            foreach (var pod in Simpler(m.Pods[p]))
            {
                yield return m with { Pods = Replace(m.Pods, p, pod) };
            }
        }

        for (var i = 0; i < m.Behaviors.Count; i++)
        {
            foreach (var b in Simpler(m.Behaviors[i]))
            {
                yield return m with { Behaviors = Replace(m.Behaviors, i, b) };
            }
        }

        for (var i = 0; i < m.Actions.Count; i++)
        {
            var a = m.Actions[i];
            if (a.GraceSeconds is not null)
            {
                yield return m with { Actions = Replace(m.Actions, i, a with { GraceSeconds = null }) };
            }

            if (a.AtSeconds > 0)
            {
                yield return m with { Actions = Replace(m.Actions, i, a with { AtSeconds = a.AtSeconds / 2 }) };
            }
        }

        if (m.CrashLoop is not null)
        {
            yield return m with { CrashLoop = null };
        }

        if (m.ImagePull is not null)
        {
            yield return m with { ImagePull = null };
        }

        if (m.SchedulingMs + m.SandboxMs + m.ContainerStartMs > 0)
        {
            yield return m with { SchedulingMs = 0, SandboxMs = 0, ContainerStartMs = 0 };
        }

        if (m.Seed != 0)
        {
            yield return m with { Seed = 0 };
        }

        if (m.UntilSeconds > 30)
        {
            yield return m with { UntilSeconds = Math.Max(30, m.UntilSeconds / 2) };
        }
    }

    private static IEnumerable<PodModel> Simpler(PodModel pod)
    {
        for (var i = 0; i < pod.InitContainers.Count; i++)
        {
            yield return pod with { InitContainers = Without(pod.InitContainers, i) };
        }

        if (pod.Containers.Count > 1)
        {
            for (var i = 0; i < pod.Containers.Count; i++)
            {
                yield return pod with { Containers = Without(pod.Containers, i) };
            }
        }

        if (pod.GraceSeconds is not null)
        {
            yield return pod with { GraceSeconds = null };
        }

        if (pod.DeadlineSeconds is not null)
        {
            yield return pod with { DeadlineSeconds = null };
        }

        for (var i = 0; i < pod.InitContainers.Count; i++)
        {
            foreach (var c in Simpler(pod.InitContainers[i]))
            {
                yield return pod with { InitContainers = Replace(pod.InitContainers, i, c) };
            }
        }

        for (var i = 0; i < pod.Containers.Count; i++)
        {
            foreach (var c in Simpler(pod.Containers[i]))
            {
                yield return pod with { Containers = Replace(pod.Containers, i, c) };
            }
        }
    }

    private static IEnumerable<ContainerModel> Simpler(ContainerModel c)
    {
        if (c.Own is not null)
        {
            yield return c with { Own = null };
            foreach (var b in Simpler(c.Own))
            {
                yield return c with { Own = b };
            }
        }

        // Probes and hooks are not rendered on a regular init container, so dropping them there changes nothing.
        if (c.MayHaveProbes)
        {
            if (c.Startup is not null)
            {
                yield return c with { Startup = null };
            }

            if (c.Liveness is not null)
            {
                yield return c with { Liveness = null };
            }

            if (c.Readiness is not null)
            {
                yield return c with { Readiness = null };
            }

            if (c.PostStart)
            {
                yield return c with { PostStart = false };
            }

            if (c.PreStop)
            {
                yield return c with { PreStop = false };
            }
        }

        if (c.MemoryLimitMi is not null)
        {
            yield return c with { MemoryLimitMi = null };
        }

        if (c.PullPolicy is not null)
        {
            yield return c with { PullPolicy = null };
        }

        if (c.Image % ScenarioModel.ImageNames.Length != 0)
        {
            yield return c with { Image = 0 };
        }
    }

    private static IEnumerable<BehaviorModel> Simpler(BehaviorModel b)
    {
        for (var i = 0; i < b.Runs.Count; i++)
        {
            yield return b with { Runs = Without(b.Runs, i) };
        }

        for (var i = 0; i < b.Windows.Count; i++)
        {
            yield return b with { Windows = Without(b.Windows, i) };
        }

        if (b.ExitAfterSeconds is not null)
        {
            yield return b with { ExitAfterSeconds = null };
        }

        if (b.ExitCode is not null)
        {
            yield return b with { ExitCode = null };
        }

        if (b.ReadyAfterSeconds is not null)
        {
            yield return b with { ReadyAfterSeconds = null };
        }

        if (b.StopAfterSeconds is not null)
        {
            yield return b with { StopAfterSeconds = null };
        }

        if (b.SigtermExitCode is not null)
        {
            yield return b with { SigtermExitCode = null };
        }

        if (b.PostStart is not null)
        {
            yield return b with { PostStart = null };
        }

        if (b.PreStop is not null)
        {
            yield return b with { PreStop = null };
        }

        if (b.MemoryInitialMi is not null)
        {
            yield return b with { MemoryInitialMi = null, MemoryGrowthMiPerSecond = null };
        }

        for (var i = 0; i < b.Runs.Count; i++)
        {
            var r = b.Runs[i];
            if (r.ExitAfterSeconds is not null)
            {
                yield return b with { Runs = Replace(b.Runs, i, r with { ExitAfterSeconds = null }) };
            }

            if (r.ExitCode is not null)
            {
                yield return b with { Runs = Replace(b.Runs, i, r with { ExitCode = null }) };
            }

            if (r.ReadyAfterSeconds is not null)
            {
                yield return b with { Runs = Replace(b.Runs, i, r with { ReadyAfterSeconds = null }) };
            }
        }

        for (var i = 0; i < b.Windows.Count; i++)
        {
            if (b.Windows[i].LatencyMs is not null)
            {
                yield return b with { Windows = Replace(b.Windows, i, b.Windows[i] with { LatencyMs = null }) };
            }
        }
    }

    private static T[] Without<T>(IReadOnlyList<T> list, int index) => list.Where((_, i) => i != index).ToArray();

    private static T[] Replace<T>(IReadOnlyList<T> list, int index, T item) => list.Select((x, i) => i == index ? item : x).ToArray();
}
