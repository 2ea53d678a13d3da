using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PodSim.Engine;
using PodSim.ApiServer;
using PodSim.Model;
using PodSim.Scenarios;

namespace PodSim;

/// <summary>
/// A discrete-event simulation on a virtual clock. Work is queued at virtual instants and runs in the order
/// (due time, <see cref="WorkTier"/>, order of queueing); time jumps from one piece of work to the next, so an
/// idle simulation costs nothing however much virtual time passes.
/// </summary>
/// <remarks>
/// A simulation is driven by one thread at a time. Separate simulations share no state and may run in parallel.
/// </remarks>
public sealed partial class Simulation : IVirtualClock, Kubelet.IKubeletHost, Scheduling.ISchedulerHost, Controllers.Runtime.IControllerHost
{
    /// <summary>The start time used when a scenario gives none: 2025-01-01T00:00:00Z.</summary>
    public static readonly DateTimeOffset DefaultStartTime = ScenarioSpec.DefaultStartTime;

    /// <summary>The horizon used when a scenario gives none: 10 minutes.</summary>
    public static readonly TimeSpan DefaultHorizon = ScenarioSpec.DefaultUntil;

    /// <summary>
    /// The work budget when a scenario gives none: far above what real scenarios need (10,000 pods for a day take
    /// 60,000 pieces of work, 200 crash-looping pods for a day about 290,000, one crash-looping pod for 100,000 hours
    /// about 5.9 million), and reached in about a minute by a runaway such as a millisecond back-off.
    /// </summary>
    public const long DefaultWorkBudget = 10_000_000;

    private readonly Agenda _queue = new();
    private readonly EventRecorder _events = new();
    private readonly List<Transition> _transitions = [];
    private readonly Broadcast<RecordedEvent> _eventStream = new();
    private readonly Broadcast<Transition> _transitionStream = new();
    private long _workBudget;
    private bool _recordHistory = true;
    private TimeSpan? _historyStoppedAt;

    /// <summary>Initializes a new instance of the <see cref="Simulation"/> class.</summary>
    /// <param name="scenario">The scenario; its start time, horizon and seed apply. Defaults apply when omitted.</param>
    /// <param name="loggerFactory">Where to log transitions (Debug level, stable event IDs); none by default.</param>
    /// <exception cref="SimulationInputException">The scenario is invalid; each problem names the field.</exception>
    public Simulation(Scenario? scenario = null, ILoggerFactory? loggerFactory = null)
        : this(scenario, loggerFactory, validated: false)
    {
    }

    /// <summary>Builds the simulation; <paramref name="validated"/> skips a validation the caller already did with locations.</summary>
    private Simulation(Scenario? scenario, ILoggerFactory? loggerFactory, bool validated)
    {
        Scenario = scenario ?? new Scenario { ApiVersion = "podsim.io/v1alpha1", Kind = "Scenario" };
        var errors = validated ? [] : Validation.ScenarioValidation.Validate(Scenario);
        if (errors.Count > 0)
        {
            // Field paths, as for manifests: a scenario built in C# gets the same errors as one loaded from YAML.
            var problems = new List<string>(errors.Count);
            foreach (var error in errors)
            {
                problems.Add("Scenario/" + (Scenario.Metadata.Name ?? string.Empty) + ": " + error);
            }

            throw new SimulationInputException(problems);
        }

        var spec = Scenario.Spec ?? new ScenarioSpec();
        StartTime = spec.StartTime ?? DefaultStartTime;
        Horizon = spec.Until is { IsNever: false } until ? until.Value : DefaultHorizon;
        Seed = spec.Seed ?? 0;
        WorkBudget = spec.WorkBudget ?? DefaultWorkBudget;
        Random = new Random(unchecked((int)(Seed ^ (Seed >> 32))));
        TimeProvider = new VirtualTimeProvider(this);
        Api = new KubeApiServer(new ObjectStore(() => Elapsed), new IdentityGenerator(Seed), StartTime, () => Elapsed);
        Cluster.KeepVersions();
        GarbageCollector = new Controllers.GarbageCollector(Api, work => Enqueue(Elapsed, WorkTier.ControllerSync, work));
        Kubelets = new Kubelet.KubeletFleet(this, spec, Profile);
        Scheduler = new Scheduling.KubeScheduler(this);
        WatchCluster();
        _logger = loggerFactory?.CreateLogger("PodSim.Simulation") ?? NullLogger.Instance;
        ScheduleActions(spec);
    }

    /// <summary>Raised for every event occurrence, as it happens.</summary>
    public event EventHandler<RecordedEvent>? EventRecorded;

    /// <summary>Raised for every recorded transition, as it happens.</summary>
    public event EventHandler<Transition>? TransitionRecorded;

    /// <summary>Gets the scenario the simulation runs.</summary>
    public Scenario Scenario { get; }

    /// <summary>Gets the virtual epoch: the time at offset zero.</summary>
    public DateTimeOffset StartTime { get; }

    /// <summary>Gets the default horizon of <see cref="Run"/>, measured from <see cref="StartTime"/>.</summary>
    public TimeSpan Horizon { get; }

    /// <summary>Gets the seed of <see cref="Random"/>.</summary>
    public long Seed { get; }

    /// <summary>Gets the only source of randomness in the simulation, seeded from the scenario.</summary>
    internal Random Random { get; }

    /// <summary>Gets the virtual time elapsed since <see cref="StartTime"/>.</summary>
    public TimeSpan Elapsed { get; private set; }

    /// <summary>Gets the current virtual time.</summary>
    public DateTimeOffset Now => StartTime + Elapsed;

    /// <summary>
    /// Gets the latest offset the clock can reach: the one whose time is the last whole second a
    /// <see cref="DateTimeOffset"/> can hold (9999-12-31T23:59:59Z).
    /// </summary>
    public TimeSpan LatestOffset => ScenarioSpec.LatestTime - StartTime;

    /// <summary>
    /// Gets or sets how many pieces of work may have run (<see cref="ProcessedWorkCount"/>) before a run stops with
    /// <see cref="WorkBudgetExceededException"/>; from the scenario's <c>spec.workBudget</c>, else
    /// <see cref="DefaultWorkBudget"/>. Raise it to go on after the exception.
    /// </summary>
    public long WorkBudget
    {
        get => _workBudget;
        set => _workBudget = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "the work budget must be greater than 0");
    }

    /// <summary>
    /// Gets or sets a value indicating whether the simulation keeps its history (the default): every occurrence in
    /// <see cref="EventOccurrences"/> and <see cref="Transitions"/>, and every version of every object for <see cref="At"/>.
    /// When false the logs stay empty and occurrences only reach <see cref="EventRecorded"/>,
    /// <see cref="TransitionRecorded"/> and the streams, and no versions are kept, so that a long run streamed elsewhere
    /// keeps its memory flat; the aggregated <see cref="Events"/> are kept either way.
    /// </summary>
    /// <remarks>
    /// Setting it to false lets the versions kept so far go. Setting it back to true keeps versions again from the
    /// current instant on (<see cref="At"/> then refuses earlier instants); the logs resume with the next occurrence.
    /// </remarks>
    public bool RecordHistory
    {
        get => _recordHistory;
        set
        {
            if (value == _recordHistory)
            {
                return;
            }

            _recordHistory = value;
            if (value)
            {
                Cluster.KeepVersions();
            }
            else
            {
                Cluster.DropVersions();
                _historyStoppedAt = Elapsed;
            }
        }
    }

    /// <summary>Gets a <see cref="System.TimeProvider"/> that reads and queues timers on the virtual clock.</summary>
    public VirtualTimeProvider TimeProvider { get; }

    /// <summary>Gets how many pieces of work have run so far (the engine's cost measure).</summary>
    public long ProcessedWorkCount { get; private set; }

    /// <summary>
    /// Gets every event occurrence so far, in order: one entry each time a component records an event, with its
    /// exact instant (<see cref="Events"/> holds the aggregated Kubernetes Event objects instead).
    /// </summary>
    public IReadOnlyList<RecordedEvent> EventOccurrences => _events.Occurrences;

    /// <summary>
    /// Gets the aggregated Kubernetes events (repeats counted), in order of first occurrence, as the API server holds
    /// them: an event goes an hour after its last occurrence (kube-apiserver <c>--event-ttl</c>). Every occurrence
    /// stays in <see cref="EventOccurrences"/>.
    /// </summary>
    public IReadOnlyList<Event> Events => _events.Events;

    /// <summary>Gets every transition so far, in order.</summary>
    public IReadOnlyList<Transition> Transitions => _transitions;

    /// <summary>Gets the event occurrences as an observable stream.</summary>
    public IObservable<RecordedEvent> EventStream => _eventStream;

    /// <summary>Gets the transitions as an observable stream.</summary>
    public IObservable<Transition> TransitionStream => _transitionStream;

    /// <summary>Queues work at a virtual instant, measured from <see cref="StartTime"/>; an instant in the past means now.</summary>
    /// <param name="due">When the work is due.</param>
    /// <param name="tier">Its rank among work due at the same instant.</param>
    /// <param name="action">The work; it may queue further work.</param>
    /// <returns>A handle that can cancel the work.</returns>
    internal PendingWork Enqueue(TimeSpan due, WorkTier tier, Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return _queue.Add(due < Elapsed ? Elapsed : due, tier, action);
    }

    /// <summary>Queues work after a delay from now.</summary>
    /// <param name="delay">The delay; negative means now.</param>
    /// <param name="tier">Its rank among work due at the same instant.</param>
    /// <param name="action">The work.</param>
    /// <returns>A handle that can cancel the work.</returns>
    internal PendingWork EnqueueAfter(TimeSpan delay, WorkTier tier, Action action) => Enqueue(Elapsed + delay, tier, action);

    /// <summary>Gets when the next pending work is due, if any.</summary>
    /// <returns>The due offset, or <see langword="null"/> when nothing is queued.</returns>
    public TimeSpan? NextDue() => _queue.TryPeekDue(out var due) ? TimeSpan.FromTicks(due) : null;

    /// <summary>Runs the next piece of work, advancing the clock to its due time.</summary>
    /// <returns>Whether there was work to run.</returns>
    /// <exception cref="WorkBudgetExceededException">The work budget is spent.</exception>
    public bool Step()
    {
        if (!TryNextWork(LatestOffset, out var due, out var action))
        {
            return false;
        }

        RunWork(due, action);
        return true;
    }

    /// <summary>Runs every piece of work due at or before <paramref name="until"/>, then sets the clock to it.</summary>
    /// <remarks>
    /// The clock only goes forward: <paramref name="until"/> may be the current instant (the work still due then
    /// runs) but not an earlier one. To read an earlier state, use <see cref="At"/>.
    /// </remarks>
    /// <param name="until">The offset from <see cref="StartTime"/> to run to.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="until"/> is before <see cref="Elapsed"/>, or past <see cref="LatestOffset"/>.
    /// </exception>
    /// <exception cref="WorkBudgetExceededException">The work budget ran out first; the clock stands at the last work run.</exception>
    public void RunUntil(TimeSpan until)
    {
        CheckReachable(until, nameof(until));
        while (TryNextWork(until, out var due, out var action))
        {
            RunWork(due, action);
        }

        if (until > Elapsed)
        {
            Elapsed = until;
        }
    }

    /// <summary>Runs for a span of virtual time from now.</summary>
    /// <param name="span">The span; zero runs the work still due at the current instant.</param>
    /// <exception cref="ArgumentOutOfRangeException">The span is negative, or the end is past <see cref="LatestOffset"/>.</exception>
    /// <exception cref="WorkBudgetExceededException">The work budget ran out first.</exception>
    public void RunFor(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, "the span must not be negative: the clock cannot run back; read an earlier state with Simulation.At(TimeSpan)");
        }

        RunUntil(span > LatestOffset - Elapsed ? TimeSpan.MaxValue : Elapsed + span);
    }

    /// <summary>Runs to the scenario's horizon (<see cref="Horizon"/>).</summary>
    /// <exception cref="WorkBudgetExceededException">The work budget ran out first.</exception>
    public void Run() => RunUntil(Horizon);

    /// <summary>
    /// Runs work until a condition holds (checked before each piece of work and after the last) or until the bound is reached.
    /// </summary>
    /// <param name="condition">The condition.</param>
    /// <param name="bound">The latest offset from <see cref="StartTime"/> to run to; not before <see cref="Elapsed"/>.</param>
    /// <returns>Whether the condition held; the clock then stands at the instant it became true.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="bound"/> is before <see cref="Elapsed"/>, or past <see cref="LatestOffset"/>.
    /// </exception>
    /// <exception cref="WorkBudgetExceededException">The work budget ran out first.</exception>
    public bool RunUntil(Func<Simulation, bool> condition, TimeSpan bound)
    {
        ArgumentNullException.ThrowIfNull(condition);
        CheckReachable(bound, nameof(bound));
        while (true)
        {
            if (condition(this))
            {
                return true;
            }

            if (!TryNextWork(bound, out var due, out var action))
            {
                break;
            }

            RunWork(due, action);
        }

        if (bound > Elapsed)
        {
            Elapsed = bound;
        }

        return condition(this);
    }

    private void CheckReachable(TimeSpan until, string name)
    {
        if (until < Elapsed)
        {
            throw new ArgumentOutOfRangeException(name, until, "the simulation is at " + FormatOffset(Elapsed) + " and cannot run back to " +
                FormatOffset(until) + "; read an earlier state with Simulation.At(TimeSpan)");
        }

        if (until > LatestOffset)
        {
            throw new ArgumentOutOfRangeException(name, until, "the clock cannot go past " + ScenarioSpec.LatestTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) +
                ": from the start time " + StartTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) +
                " the latest reachable offset is +" + GoDuration.Format(LatestOffset));
        }
    }

    /// <summary>An offset as the logs write it: <c>+1m0s</c>, or <c>-5s</c> before the start.</summary>
    private static string FormatOffset(TimeSpan offset) => (offset < TimeSpan.Zero ? string.Empty : "+") + GoDuration.Format(offset);

    /// <summary>Takes the next piece of work due by the bound; the budget is checked only when there is one to run.</summary>
    private bool TryNextWork(TimeSpan bound, out long due, out Action action)
    {
        if (ProcessedWorkCount >= _workBudget && _queue.TryPeekDue(out var next) && next <= bound.Ticks)
        {
            throw new WorkBudgetExceededException(_workBudget, Elapsed, bound);
        }

        return _queue.TryDequeueDue(bound.Ticks, out due, out action!);
    }

    private void RunWork(long due, Action action)
    {
        Elapsed = TimeSpan.FromTicks(due);
        ProcessedWorkCount++;

        // The work's writes reach the watchers (kubelets, scheduler, informers) right after it, never inside it.
        Cluster.Hold();
        try
        {
            action();
        }
        catch
        {
            // A failed piece of work delivers none of its writes: the exception is the caller's to see.
            Cluster.DropHeld();
            throw;
        }
        finally
        {
            Cluster.Release();
        }
    }

    /// <summary>Records a Kubernetes event at the current virtual time.</summary>
    /// <param name="involved">The object (and field) the event is about.</param>
    /// <param name="type"><see cref="EventTypes.Normal"/> or <see cref="EventTypes.Warning"/>.</param>
    /// <param name="reason">The reason, such as <c>Pulled</c>.</param>
    /// <param name="message">The message.</param>
    /// <param name="component">The reporting component, such as <c>kubelet</c>.</param>
    /// <param name="host">The node the component runs on, if any.</param>
    /// <returns>The occurrence.</returns>
    internal RecordedEvent RecordEvent(ObjectReference involved, string type, string reason, string message, string component, string? host = null)
    {
        ArgumentNullException.ThrowIfNull(involved);
        var occurrence = _events.Record(Elapsed, Now, involved, type, reason, message, component, host, RecordHistory);
        SimulationLog.EventRecorded(_logger, Elapsed, type, reason, involved.Kind, involved.Namespace, involved.Name, involved.FieldPath, message);
        EventRecorded?.Invoke(this, occurrence);
        _eventStream.Publish(occurrence);
        return occurrence;
    }

    /// <summary>Records a transition of an object's field at the current virtual time.</summary>
    /// <param name="obj">The object as <c>Kind/namespace/name</c>.</param>
    /// <param name="field">The field.</param>
    /// <param name="from">The old value.</param>
    /// <param name="to">The new value.</param>
    /// <returns>The transition.</returns>
    internal Transition RecordTransition(string obj, string field, string? from, string? to)
    {
        var transition = new Transition(Elapsed, Now, obj, field, from, to);
        SimulationLog.TransitionRecorded(_logger, Elapsed, obj, field, from, to);
        if (RecordHistory)
        {
            _transitions.Add(transition);
        }

        TransitionRecorded?.Invoke(this, transition);
        _transitionStream.Publish(transition);
        return transition;
    }

    /// <inheritdoc />
    PendingWork IVirtualClock.Enqueue(TimeSpan due, WorkTier tier, Action action) => Enqueue(due, tier, action);

    /// <inheritdoc />
    PendingWork Kubelet.IKubeletHost.Enqueue(TimeSpan due, WorkTier tier, Action action) => Enqueue(due, tier, action);

    /// <inheritdoc />
    PendingWork Kubelet.IKubeletHost.EnqueueAfter(TimeSpan delay, WorkTier tier, Action action) => EnqueueAfter(delay, tier, action);

    /// <inheritdoc />
    PendingWork Scheduling.ISchedulerHost.EnqueueAfter(TimeSpan delay, WorkTier tier, Action action) => EnqueueAfter(delay, tier, action);

    /// <inheritdoc />
    PendingWork Controllers.Runtime.IControllerHost.Enqueue(TimeSpan due, WorkTier tier, Action action) => Enqueue(due, tier, action);

    /// <inheritdoc />
    KubeApiServer Kubelet.IKubeletHost.Api => Api;

    /// <inheritdoc />
    bool Kubelet.IKubeletHost.ProbeEveryPeriod => ProbeEveryPeriod;

    /// <inheritdoc />
    void Kubelet.IKubeletHost.RecordEvent(ObjectReference involved, string type, string reason, string message, string component, string? host) =>
        RecordEvent(involved, type, reason, message, component, host);

    /// <inheritdoc />
    void Kubelet.IKubeletHost.RecordTransition(string obj, string field, string? from, string? to) => RecordTransition(obj, field, from, to);

    /// <inheritdoc />
    KubeApiServer Scheduling.ISchedulerHost.Api => Api;

    /// <inheritdoc />
    KubeApiServer Controllers.Runtime.IControllerHost.Api => Api;

    /// <inheritdoc />
    TimeProvider Controllers.Runtime.IControllerHost.TimeProvider => TimeProvider;

    /// <inheritdoc />
    KubeObject Controllers.Runtime.IControllerHost.CreateObject(KubeObject input) => CreateObject(input);

    /// <inheritdoc />
    void Controllers.Runtime.IControllerHost.RecordEvent(ObjectReference involved, string type, string reason, string message, string component) =>
        RecordEvent(involved, type, reason, message, component);

    /// <inheritdoc />
    TimeSpan Scheduling.ISchedulerHost.SchedulingLatency => Kubelet.NodeKubelet.Duration(Scenario.Spec?.Latency?.Scheduling, 0);

    /// <inheritdoc />
    List<Node> Scheduling.ISchedulerHost.NodesOrDefault() => Kubelets.NodesOrDefault();

    /// <inheritdoc />
    string Scheduling.ISchedulerHost.ScheduledMessage(string ns, string name, string node) => Profile.Scheduled(ns, name, node);

    /// <inheritdoc />
    void Scheduling.ISchedulerHost.RecordEvent(ObjectReference involved, string type, string reason, string message, string component) =>
        RecordEvent(involved, type, reason, message, component);

    /// <inheritdoc />
    void Scheduling.ISchedulerHost.RecordTransition(string obj, string field, string? from, string? to) => RecordTransition(obj, field, from, to);

    /// <inheritdoc />
    void Scheduling.ISchedulerHost.AddWarning(string warning) => AddWarning(warning);
}
