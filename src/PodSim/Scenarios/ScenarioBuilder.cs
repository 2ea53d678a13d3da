using PodSim.Model;

namespace PodSim.Scenarios;

/// <summary>
/// Builds a <see cref="Scenario"/> fluently, so a unit test can describe the world without YAML.
/// The result is the same record the YAML loader produces for the equivalent document.
/// </summary>
/// <example>
/// <code>
/// var scenario = new ScenarioBuilder("crashloop-demo")
///     .Until(TimeSpan.FromMinutes(10))
///     .Image("nginx:1.25", pullDuration: TimeSpan.FromSeconds(2))
///     .Behavior(new BehaviorSpec { Pod = "web", Container = "app", ExitAfter = TimeSpan.FromSeconds(5), ExitCode = 1 })
///     .Delete(TimeSpan.FromMinutes(2), "web", gracePeriodSeconds: 30)
///     .Build();
/// </code>
/// </example>
public sealed class ScenarioBuilder
{
    private readonly List<ImageSpec> _images = [];
    private readonly List<BehaviorSpec> _behaviors = [];
    private readonly List<ActionSpec> _actions = [];
    private readonly string? _name;
    private ScenarioSpec _spec = new();

    /// <summary>Initializes a new instance of the <see cref="ScenarioBuilder"/> class.</summary>
    /// <param name="name">The scenario's name (metadata.name), if any.</param>
    public ScenarioBuilder(string? name = null) => _name = name;

    /// <summary>Sets the virtual epoch.</summary>
    /// <param name="startTime">The start time.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder StartTime(DateTimeOffset startTime)
    {
        _spec = _spec with { StartTime = startTime };
        return this;
    }

    /// <summary>Sets the default horizon of a run.</summary>
    /// <param name="until">The horizon, from the start time.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder Until(TimeSpan until)
    {
        _spec = _spec with { Until = until };
        return this;
    }

    /// <summary>Sets the seed.</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder Seed(long seed)
    {
        _spec = _spec with { Seed = seed };
        return this;
    }

    /// <summary>Sets how many pieces of work a run may process before it stops (see <see cref="ScenarioSpec.WorkBudget"/>).</summary>
    /// <param name="budget">The budget, greater than 0.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder WorkBudget(long budget)
    {
        _spec = _spec with { WorkBudget = budget };
        return this;
    }

    /// <summary>Sets platform latencies; omitted ones stay unset (zero).</summary>
    /// <param name="scheduling">Pod created to bound.</param>
    /// <param name="sandbox">Bound to sandbox ready.</param>
    /// <param name="containerStart">Container created to running.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder Latency(TimeSpan? scheduling = null, TimeSpan? sandbox = null, TimeSpan? containerStart = null)
    {
        _spec = _spec with
        {
            Latency = new LatencySpec
            {
                Scheduling = scheduling is { } s ? GoDuration.From(s) : null,
                Sandbox = sandbox is { } b ? GoDuration.From(b) : null,
                ContainerStart = containerStart is { } c ? GoDuration.From(c) : null,
            },
        };
        return this;
    }

    /// <summary>Sets the crash-loop back-off curve.</summary>
    /// <param name="initial">The first delay.</param>
    /// <param name="max">The largest delay.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder CrashLoopBackOff(TimeSpan initial, TimeSpan max)
    {
        _spec = _spec with { Kubelet = (_spec.Kubelet ?? new KubeletSpec()) with { CrashLoopBackOff = new BackOffSpec { Initial = initial, Max = max } } };
        return this;
    }

    /// <summary>Sets the image pull back-off curve.</summary>
    /// <param name="initial">The first delay.</param>
    /// <param name="max">The largest delay.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder ImagePullBackOff(TimeSpan initial, TimeSpan max)
    {
        _spec = _spec with { Kubelet = (_spec.Kubelet ?? new KubeletSpec()) with { ImagePullBackOff = new BackOffSpec { Initial = initial, Max = max } } };
        return this;
    }

    /// <summary>Describes an image.</summary>
    /// <param name="image">The image reference as containers name it.</param>
    /// <param name="present">Whether it is already on the node.</param>
    /// <param name="pullDuration">How long a pull takes.</param>
    /// <param name="failPulls">How many pulls fail first.</param>
    /// <param name="neverPulls">Whether the image does not exist (every pull fails).</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder Image(string image, bool? present = null, TimeSpan? pullDuration = null, int? failPulls = null, bool neverPulls = false)
    {
        _images.Add(new ImageSpec
        {
            Image = image,
            Present = present,
            PullDuration = pullDuration is { } d ? GoDuration.From(d) : null,
            FailPulls = neverPulls ? IntOrString.FromString("always") : failPulls is { } n ? IntOrString.FromInt(n) : (IntOrString?)null,
        });
        return this;
    }

    /// <summary>Adds an image description.</summary>
    /// <param name="image">The image description.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder Image(ImageSpec image)
    {
        ArgumentNullException.ThrowIfNull(image);
        _images.Add(image);
        return this;
    }

    /// <summary>Adds a process behaviour.</summary>
    /// <param name="behavior">The behaviour.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder Behavior(BehaviorSpec behavior)
    {
        ArgumentNullException.ThrowIfNull(behavior);
        _behaviors.Add(behavior);
        return this;
    }

    /// <summary>Adds a delete of a pod at a virtual time, as <c>kubectl delete pod</c> sends it.</summary>
    /// <param name="at">When, from the start time.</param>
    /// <param name="pod">The pod's name.</param>
    /// <param name="gracePeriodSeconds">The grace period; the pod's own when omitted (0 when forced); 0 unforced is sent as 1.</param>
    /// <param name="podNamespace">The pod's namespace, when not <c>default</c>.</param>
    /// <param name="force">Whether the delete is forced (<c>--force</c>): the object goes at once.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder Delete(TimeSpan at, string pod, long? gracePeriodSeconds = null, string? podNamespace = null, bool force = false)
    {
        var delete = new DeleteActionSpec { Pod = pod, Namespace = podNamespace, GracePeriodSeconds = gracePeriodSeconds, Force = force ? true : null };
        _actions.Add(new ActionSpec { At = at, Delete = delete });
        return this;
    }

    /// <summary>Adds a kernel kill of a container process at a virtual time.</summary>
    /// <param name="at">When, from the start time.</param>
    /// <param name="pod">The pod's name.</param>
    /// <param name="container">The container's name.</param>
    /// <param name="reason">The termination reason; <c>OOMKilled</c> when omitted.</param>
    /// <param name="podNamespace">The pod's namespace, when not <c>default</c>.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder Kill(TimeSpan at, string pod, string container, string? reason = null, string? podNamespace = null)
    {
        _actions.Add(new ActionSpec { At = at, Kill = new KillActionSpec { Pod = pod, Namespace = podNamespace, Container = container, Reason = reason } });
        return this;
    }

    /// <summary>Adds the creation of objects from inline YAML at a virtual time.</summary>
    /// <param name="at">When, from the start time.</param>
    /// <param name="manifest">YAML of one or more objects.</param>
    /// <returns>This builder.</returns>
    public ScenarioBuilder Create(TimeSpan at, string manifest)
    {
        _actions.Add(new ActionSpec { At = at, Create = new CreateActionSpec { Manifest = manifest } });
        return this;
    }

    /// <summary>Builds the scenario.</summary>
    /// <returns>The scenario.</returns>
    public Scenario Build() => new()
    {
        ApiVersion = "podsim.io/v1alpha1",
        Kind = "Scenario",
        Metadata = new ObjectMeta { Name = _name },
        Spec = _spec with { Images = _images.ToArray(), Behaviors = _behaviors.ToArray(), Actions = _actions.ToArray() },
    };
}
