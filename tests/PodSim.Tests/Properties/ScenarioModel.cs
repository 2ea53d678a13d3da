using System.Globalization;
using System.Text;

namespace PodSim.Tests.Properties;

/// <summary>
/// A random but valid scenario as plain data: pods with their containers, the Scenario's images, behaviours and
/// actions. Behaviours and actions name their pod and container by index (taken modulo what exists), so every
/// generated value renders to a valid file however the generator combines them, and shrinking stays simple.
/// <see cref="ToYaml"/> gives the exact text the properties load; a failure prints it.
/// </summary>
internal sealed record ScenarioModel(
    int UntilSeconds,
    int Seed,
    int SchedulingMs,
    int SandboxMs,
    int ContainerStartMs,
    BackOffModel? CrashLoop,
    BackOffModel? ImagePull,
    ImageTableModel Images,
    IReadOnlyList<PodModel> Pods,
    IReadOnlyList<BehaviorModel> Behaviors,
    IReadOnlyList<ActionModel> Actions)
{
    /// <summary>The images a container may name: present, pulled slowly with failures, missing for good, absent from the table, unparsable.</summary>
    public static readonly string[] ImageNames = ["reg.example/ok:1", "reg.example/slow:1", "reg.example/gone:1", "reg.example/fresh:1", "reg.example/Bad_Name:1"];

    public TimeSpan Horizon => TimeSpan.FromSeconds(UntilSeconds);

    /// <summary>The crash-loop maximum the kubelet uses: the scenario's, or the default 5m.</summary>
    public TimeSpan CrashLoopMax => TimeSpan.FromSeconds(CrashLoop?.MaxSeconds ?? 300);

    /// <summary>The crash-loop initial delay the kubelet uses: the scenario's, or the default 10s.</summary>
    public TimeSpan CrashLoopInitial => TimeSpan.FromSeconds(CrashLoop?.InitialSeconds ?? 10);

    public string ToYaml()
    {
        var sb = new StringBuilder();
        sb.Append("apiVersion: podsim.io/v1alpha1\nkind: Scenario\nmetadata: {name: property}\nspec:\n");
        sb.Append("  until: ").Append(Secs(UntilSeconds)).Append('\n');
        sb.Append("  seed: ").Append(Int(Seed)).Append('\n');
        sb.Append("  latency: {scheduling: ").Append(Ms(SchedulingMs)).Append(", sandbox: ").Append(Ms(SandboxMs))
            .Append(", containerStart: ").Append(Ms(ContainerStartMs)).Append("}\n");
        if (CrashLoop is not null || ImagePull is not null)
        {
            sb.Append("  kubelet:\n");
            if (CrashLoop is { } c)
            {
                sb.Append("    crashLoopBackOff: {initial: ").Append(Secs(c.InitialSeconds)).Append(", max: ").Append(Secs(c.MaxSeconds)).Append("}\n");
            }

            if (ImagePull is { } p)
            {
                sb.Append("    imagePullBackOff: {initial: ").Append(Secs(p.InitialSeconds)).Append(", max: ").Append(Secs(p.MaxSeconds)).Append("}\n");
            }
        }

        // Only the images some container names, so a shrunk scenario lists no more than it uses.
        var used = Pods.SelectMany(p => p.InitContainers.Concat(p.Containers)).Select(c => c.Image % ImageNames.Length).ToHashSet();
        if (used.Overlaps([0, 1, 2]))
        {
            sb.Append("  images:\n");
        }

        if (used.Contains(0))
        {
            sb.Append("  - {image: \"").Append(ImageNames[0]).Append("\", present: true}\n");
        }

        if (used.Contains(1))
        {
            sb.Append("  - {image: \"").Append(ImageNames[1]).Append("\", pullDuration: ").Append(Secs(Images.SlowPullSeconds))
                .Append(", failPulls: ").Append(Int(Images.SlowFailPulls)).Append("}\n");
        }

        if (used.Contains(2))
        {
            sb.Append("  - {image: \"").Append(ImageNames[2]).Append("\", failPulls: always}\n");
        }

        var own = Pods.SelectMany(p => p.InitContainers.Concat(p.Containers).Where(c => c.Own is not null).Select(c => (Pod: p, Container: c))).ToList();
        if (Behaviors.Count > 0 || own.Count > 0)
        {
            // A container's own behaviour first; the free ones after it override what they set.
            sb.Append("  behaviors:\n");
            foreach (var (pod, container) in own)
            {
                container.Own!.Render(sb, pod.Name, container.Name);
            }

            foreach (var b in Behaviors)
            {
                b.Render(sb, this);
            }
        }

        if (Actions.Count > 0)
        {
            sb.Append("  actions:\n");
            foreach (var a in Actions)
            {
                a.Render(sb, this);
            }
        }

        foreach (var pod in Pods)
        {
            sb.Append("---\n");
            pod.Render(sb);
        }

        return sb.ToString();
    }

    public PodModel PodAt(int index) => Pods[index % Pods.Count];

    internal static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Secs(int seconds) => Int(seconds) + "s";

    internal static string Ms(int ms) => Int(ms) + "ms";
}

/// <summary>A back-off curve in whole seconds.</summary>
internal sealed record BackOffModel(int InitialSeconds, int MaxSeconds);

/// <summary>How the slow image behaves (the other images are fixed).</summary>
internal sealed record ImageTableModel(int SlowPullSeconds, int SlowFailPulls);

/// <summary>A pod: restart policy, grace, deadline, init containers (some of them sidecars) and regular containers.</summary>
internal sealed record PodModel(
    string Name,
    string RestartPolicy,
    int? GraceSeconds,
    int? DeadlineSeconds,
    IReadOnlyList<ContainerModel> InitContainers,
    IReadOnlyList<ContainerModel> Containers)
{
    /// <summary>Every container name, init containers first, as behaviours and kill actions index them.</summary>
    public IReadOnlyList<string> AllNames => InitContainers.Select(c => c.Name).Concat(Containers.Select(c => c.Name)).ToList();

    public void Render(StringBuilder sb)
    {
        sb.Append("apiVersion: v1\nkind: Pod\nmetadata: {name: ").Append(Name).Append("}\nspec:\n");
        sb.Append("  restartPolicy: ").Append(RestartPolicy).Append('\n');
        if (GraceSeconds is { } g)
        {
            sb.Append("  terminationGracePeriodSeconds: ").Append(ScenarioModel.Int(g)).Append('\n');
        }

        if (DeadlineSeconds is { } d)
        {
            sb.Append("  activeDeadlineSeconds: ").Append(ScenarioModel.Int(d)).Append('\n');
        }

        if (InitContainers.Count > 0)
        {
            sb.Append("  initContainers:\n");
            foreach (var c in InitContainers)
            {
                c.Render(sb);
            }
        }

        sb.Append("  containers:\n");
        foreach (var c in Containers)
        {
            c.Render(sb);
        }
    }
}

/// <summary>
/// A container, with the behaviour of its own process if it has one. A regular init container (<see cref="Sidecar"/> false in <see cref="PodModel.InitContainers"/>)
/// renders without probes and hooks, which the API forbids there.
/// </summary>
internal sealed record ContainerModel(
    string Name,
    bool Init,
    bool Sidecar,
    int Image,
    string? PullPolicy,
    ProbeModel? Startup,
    ProbeModel? Liveness,
    ProbeModel? Readiness,
    bool PostStart,
    bool PreStop,
    int? MemoryLimitMi,
    BehaviorModel? Own)
{
    /// <summary>Whether the API allows probes and lifecycle hooks on this container.</summary>
    public bool MayHaveProbes => !Init || Sidecar;

    public void Render(StringBuilder sb)
    {
        sb.Append("  - name: ").Append(Name).Append('\n');
        sb.Append("    image: \"").Append(ScenarioModel.ImageNames[Image % ScenarioModel.ImageNames.Length]).Append("\"\n");
        if (PullPolicy is not null)
        {
            sb.Append("    imagePullPolicy: ").Append(PullPolicy).Append('\n');
        }

        if (Sidecar)
        {
            sb.Append("    restartPolicy: Always\n");
        }

        if (MayHaveProbes)
        {
            Startup?.Render(sb, "startupProbe", successOne: true);
            Liveness?.Render(sb, "livenessProbe", successOne: true);
            Readiness?.Render(sb, "readinessProbe", successOne: false);
            if (PostStart || PreStop)
            {
                sb.Append("    lifecycle:\n");
                if (PostStart)
                {
                    sb.Append("      postStart: {exec: {command: [/bin/warm-up]}}\n");
                }

                if (PreStop)
                {
                    sb.Append("      preStop: {exec: {command: [/bin/drain]}}\n");
                }
            }
        }

        if (MemoryLimitMi is { } mi)
        {
            sb.Append("    resources: {limits: {memory: ").Append(ScenarioModel.Int(mi)).Append("Mi}}\n");
        }
    }
}

/// <summary>A probe: handler kind, timings and thresholds (success threshold 1 where the API requires it).</summary>
internal sealed record ProbeModel(int Handler, int InitialDelaySeconds, int PeriodSeconds, int TimeoutSeconds, int FailureThreshold, int SuccessThreshold, int? GraceSeconds)
{
    public void Render(StringBuilder sb, string field, bool successOne)
    {
        sb.Append("    ").Append(field).Append(":\n");
        sb.Append("      ").Append((Handler % 4) switch
        {
            0 => "exec: {command: [/bin/check]}",
            1 => "httpGet: {path: /healthz, port: 8080}",
            2 => "tcpSocket: {port: 8080}",
            _ => "grpc: {port: 9090}",
        }).Append('\n');
        sb.Append("      initialDelaySeconds: ").Append(ScenarioModel.Int(InitialDelaySeconds)).Append('\n');
        sb.Append("      periodSeconds: ").Append(ScenarioModel.Int(PeriodSeconds)).Append('\n');
        sb.Append("      timeoutSeconds: ").Append(ScenarioModel.Int(TimeoutSeconds)).Append('\n');
        sb.Append("      failureThreshold: ").Append(ScenarioModel.Int(FailureThreshold)).Append('\n');
        sb.Append("      successThreshold: ").Append(ScenarioModel.Int(successOne ? 1 : SuccessThreshold)).Append('\n');
        if (successOne && GraceSeconds is { } g)
        {
            sb.Append("      terminationGracePeriodSeconds: ").Append(ScenarioModel.Int(g)).Append('\n');
        }
    }
}

/// <summary>A hook's scripted duration and result.</summary>
internal sealed record HookModel(int DurationSeconds, bool Fails)
{
    public string Render() => "{duration: " + ScenarioModel.Secs(DurationSeconds) + ", result: " + (Fails ? "Failure" : "Success") + "}";
}

/// <summary>One start's overrides.</summary>
internal sealed record RunModel(int? ExitAfterSeconds, int? ExitCode, int? ReadyAfterSeconds);

/// <summary>A scripted probe window, relative to the start of the run.</summary>
internal sealed record WindowModel(int Probe, int FromSeconds, int LengthSeconds, bool Success, int? LatencyMs);

/// <summary>
/// A behaviour. <see cref="Pod"/> and <see cref="Container"/> are indexes into the scenario's pods and the pod's
/// containers (init first); null matches every pod or container.
/// </summary>
internal sealed record BehaviorModel(
    int? Pod,
    int? Container,
    int? ExitAfterSeconds,
    int? ExitCode,
    int? ReadyAfterSeconds,
    int? StopAfterSeconds,
    int? SigtermExitCode,
    HookModel? PostStart,
    HookModel? PreStop,
    int? MemoryInitialMi,
    int? MemoryGrowthMiPerSecond,
    IReadOnlyList<WindowModel> Windows,
    IReadOnlyList<RunModel> Runs)
{
    /// <summary>A stop time that renders as <c>never</c>.</summary>
    public const int Never = -1;

    public void Render(StringBuilder sb, ScenarioModel scenario)
    {
        var pod = Pod is { } p ? scenario.PodAt(p) : null;

        // Without a pod, the container name is taken from the first pod; it may match containers of the others too.
        var names = (pod ?? scenario.Pods[0]).AllNames;
        Render(sb, pod?.Name, Container is { } c ? names[c % names.Count] : null);
    }

    /// <summary>Renders the behaviour for the given pod and container names (null matches all).</summary>
    public void Render(StringBuilder sb, string? pod, string? container)
    {
        sb.Append("  - {");
        var fields = new List<string>();
        if (pod is not null)
        {
            fields.Add("pod: " + pod);
        }

        if (container is not null)
        {
            fields.Add("container: " + container);
        }

        if (ExitAfterSeconds is { } exit)
        {
            fields.Add("exitAfter: " + ScenarioModel.Secs(exit));
        }

        if (ExitCode is { } code)
        {
            fields.Add("exitCode: " + ScenarioModel.Int(code));
        }

        if (ReadyAfterSeconds is { } ready)
        {
            fields.Add("readyAfter: " + ScenarioModel.Secs(ready));
        }

        if (StopAfterSeconds is { } stop)
        {
            fields.Add("stopAfter: " + (stop == Never ? "never" : ScenarioModel.Secs(stop)));
        }

        if (SigtermExitCode is { } sigterm)
        {
            fields.Add("sigtermExitCode: " + ScenarioModel.Int(sigterm));
        }

        if (PostStart is { } post)
        {
            fields.Add("postStart: " + post.Render());
        }

        if (PreStop is { } pre)
        {
            fields.Add("preStop: " + pre.Render());
        }

        if (MemoryInitialMi is { } initial)
        {
            fields.Add("memory: {initial: " + ScenarioModel.Int(initial) + "Mi, growthPerSecond: " + ScenarioModel.Int(MemoryGrowthMiPerSecond ?? 0) + "Mi}");
        }

        if (Windows.Count > 0)
        {
            var byProbe = new[] { "startup", "liveness", "readiness" }
                .Select((name, i) => (name, windows: Windows.Where(w => w.Probe % 3 == i).ToList()))
                .Where(x => x.windows.Count > 0)
                .Select(x => x.name + ": [" + string.Join(", ", x.windows.Select(Window)) + "]");
            fields.Add("probes: {" + string.Join(", ", byProbe) + "}");
        }

        if (Runs.Count > 0)
        {
            fields.Add("runs: [" + string.Join(", ", Runs.Select(Run)) + "]");
        }

        sb.Append(string.Join(", ", fields)).Append("}\n");
    }

    private static string Window(WindowModel w)
    {
        var s = "{from: " + ScenarioModel.Secs(w.FromSeconds) + ", to: " + ScenarioModel.Secs(w.FromSeconds + w.LengthSeconds) +
            ", result: " + (w.Success ? "Success" : "Failure");
        return s + (w.LatencyMs is { } l ? ", latency: " + ScenarioModel.Ms(l) : string.Empty) + "}";
    }

    private static string Run(RunModel r)
    {
        var parts = new List<string>();
        if (r.ExitAfterSeconds is { } e)
        {
            parts.Add("exitAfter: " + ScenarioModel.Secs(e));
        }

        if (r.ExitCode is { } c)
        {
            parts.Add("exitCode: " + ScenarioModel.Int(c));
        }

        if (r.ReadyAfterSeconds is { } ra)
        {
            parts.Add("readyAfter: " + ScenarioModel.Secs(ra));
        }

        return "{" + string.Join(", ", parts) + "}";
    }
}

/// <summary>
/// A delete (<see cref="Kill"/> false; <see cref="Variant"/> makes it a force delete) or a kernel kill of a container
/// (<see cref="Variant"/> gives reason Error), by indexes like a behaviour.
/// </summary>
internal sealed record ActionModel(int AtSeconds, bool Kill, int Pod, int Container, int? GraceSeconds, bool Variant)
{
    public void Render(StringBuilder sb, ScenarioModel scenario)
    {
        var pod = scenario.PodAt(Pod);
        sb.Append("  - {at: ").Append(ScenarioModel.Secs(AtSeconds)).Append(", ");
        if (Kill)
        {
            var names = pod.AllNames;
            sb.Append("kill: {pod: ").Append(pod.Name).Append(", container: ").Append(names[Container % names.Count]);
            if (Variant)
            {
                sb.Append(", reason: Error");
            }
        }
        else
        {
            sb.Append("delete: {pod: ").Append(pod.Name);
            if (GraceSeconds is { } g)
            {
                sb.Append(", gracePeriodSeconds: ").Append(ScenarioModel.Int(g));
            }

            if (Variant)
            {
                sb.Append(", force: true");
            }
        }

        sb.Append("}}\n");
    }
}
