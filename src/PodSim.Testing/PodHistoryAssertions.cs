using FluentAssertions;
using PodSim.Model;

namespace PodSim.Testing;

/// <summary>
/// Assertions on what happened to one pod during a simulation, read from its transitions and events; from
/// <c>sim.Should().HavePod("web")</c>. Instants are offsets from the simulation's start, as in the timelines
/// (<c>+10s</c>). A failure prints the pod's timeline around the instant in question.
/// </summary>
public sealed class PodHistoryAssertions
{
    private readonly TimeSpan _window;

    internal PodHistoryAssertions(Simulation simulation, ObjectKey pod, TimeSpan window)
    {
        Simulation = simulation;
        Pod = pod;
        _window = window;
    }

    /// <summary>Gets the simulation.</summary>
    public Simulation Simulation { get; }

    /// <summary>Gets the pod the assertions are about.</summary>
    public ObjectKey Pod { get; }

    /// <summary>Gets the pod as it is now, or null when it is gone.</summary>
    public Pod? Which => Simulation.GetPod(Pod.Name, Pod.Namespace);

    /// <summary>Gets the pod's timeline: its event occurrences and transitions in order of time, one line each.</summary>
    public IReadOnlyList<string> Timeline => [.. Entries().Select(e => e.Line)];

    private string Subject => "pod " + Pod.Namespace + "/" + Pod.Name;

    /// <summary>Sets how far before and after the instant in question a failure message prints the timeline (30s by default).</summary>
    /// <param name="window">The half-width of the excerpt.</param>
    /// <returns>The same assertions with that window.</returns>
    public PodHistoryAssertions WithTimelineWindow(TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.Zero);
        return new PodHistoryAssertions(Simulation, Pod, window);
    }

    /// <summary>Asserts that the pod's Ready condition became True at some instant.</summary>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The assertions, for more.</returns>
    public AndConstraint<PodHistoryAssertions> ThatBecameReady(string because = "", params object[] becauseArgs)
    {
        var entries = Entries();
        var ready = ReadyInstants(entries);
        if (ready.Count == 0)
        {
            Fail(entries, Subject + " to become Ready", "it never became Ready", End(entries), because, becauseArgs);
        }

        return And();
    }

    /// <summary>Asserts that the pod's Ready condition became True at exactly <paramref name="at"/> (not necessarily the first time).</summary>
    /// <param name="at">The offset from the simulation's start.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The assertions, for more.</returns>
    public AndConstraint<PodHistoryAssertions> ThatBecameReadyAt(TimeSpan at, string because = "", params object[] becauseArgs)
    {
        var entries = Entries();
        var ready = ReadyInstants(entries);
        if (!ready.Contains(at))
        {
            var actual = ready.Count == 0 ? "it never became Ready" : "it became Ready at " + Failure.Instants(ready);
            Fail(entries, Subject + " to become Ready at " + TimelineEntry.At(at), actual + NotReached(at), at, because, becauseArgs);
        }

        return And();
    }

    /// <summary>Asserts that the pod's Ready condition never became True.</summary>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The assertions, for more.</returns>
    public AndConstraint<PodHistoryAssertions> ThatNeverBecameReady(string because = "", params object[] becauseArgs)
    {
        var entries = Entries();
        var ready = ReadyInstants(entries);
        if (ready.Count > 0)
        {
            Fail(entries, Subject + " never to become Ready", "it became Ready at " + Failure.Instants(ready), ready[0], because, becauseArgs);
        }

        return And();
    }

    /// <summary>
    /// Asserts that the pod's containers (init containers included) restarted exactly <paramref name="times"/> times in
    /// all, counted from their restart counts; follow with <see cref="RestartAssertions.Within"/> to bound when.
    /// </summary>
    /// <param name="times">How many restarts; <c>3.Times()</c> reads well.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The restart assertions.</returns>
    public RestartAssertions ThatRestarted(int times, string because = "", params object[] becauseArgs) =>
        Restarted(null, times, because, becauseArgs);

    /// <summary>Asserts that one container of the pod restarted exactly <paramref name="times"/> times.</summary>
    /// <param name="container">The container's name.</param>
    /// <param name="times">How many restarts.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The restart assertions.</returns>
    public RestartAssertions ThatContainerRestarted(string container, int times, string because = "", params object[] becauseArgs)
    {
        ArgumentException.ThrowIfNullOrEmpty(container);
        return Restarted(container, times, because, becauseArgs);
    }

    /// <summary>Asserts that the pod was in <paramref name="phase"/> at some instant (a pod starts Pending).</summary>
    /// <param name="phase">The phase, such as <c>Running</c> or <c>Succeeded</c>.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The assertions, for more.</returns>
    public AndConstraint<PodHistoryAssertions> ThatReachedPhase(string phase, string because = "", params object[] becauseArgs) =>
        ReachedPhase(phase, null, because, becauseArgs);

    /// <summary>Asserts that the pod's phase became <paramref name="phase"/> at exactly <paramref name="at"/>.</summary>
    /// <param name="phase">The phase, such as <c>Running</c> or <c>Succeeded</c>.</param>
    /// <param name="at">The offset from the simulation's start.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The assertions, for more.</returns>
    public AndConstraint<PodHistoryAssertions> ThatReachedPhase(string phase, TimeSpan at, string because = "", params object[] becauseArgs) =>
        ReachedPhase(phase, at, because, becauseArgs);

    /// <summary>
    /// Asserts that a container was in a state at some instant: <c>Running</c>, <c>Waiting(CrashLoopBackOff)</c>,
    /// <c>Terminated(Error, exitCode=1)</c>, or less of it (<c>Terminated(Error)</c>, <c>Waiting</c>).
    /// </summary>
    /// <param name="container">The container's (or init container's) name.</param>
    /// <param name="state">The state, as the transition log writes it, parts left out matching anything.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The assertions, for more.</returns>
    public AndConstraint<PodHistoryAssertions> ThatHadContainerState(string container, string state, string because = "", params object[] becauseArgs) =>
        HadContainerState(container, StatePattern.Parse(state), null, because, becauseArgs);

    /// <summary>Asserts that a container was in a state at <paramref name="at"/> (the state it last entered by then).</summary>
    /// <param name="container">The container's (or init container's) name.</param>
    /// <param name="state">The state, as the transition log writes it, parts left out matching anything.</param>
    /// <param name="at">The offset from the simulation's start.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The assertions, for more.</returns>
    public AndConstraint<PodHistoryAssertions> ThatHadContainerState(string container, string state, TimeSpan at, string because = "", params object[] becauseArgs) =>
        HadContainerState(container, StatePattern.Parse(state), at, because, becauseArgs);

    /// <summary>Asserts that a container was in a state at some instant; a null reason or exit code matches any.</summary>
    /// <param name="container">The container's (or init container's) name.</param>
    /// <param name="state">The state.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The assertions, for more.</returns>
    public AndConstraint<PodHistoryAssertions> ThatHadContainerState(string container, ContainerStateValue state, string because = "", params object[] becauseArgs) =>
        HadContainerState(container, state, null, because, becauseArgs);

    /// <summary>Asserts that a container was in a state at <paramref name="at"/>; a null reason or exit code matches any.</summary>
    /// <param name="container">The container's (or init container's) name.</param>
    /// <param name="state">The state.</param>
    /// <param name="at">The offset from the simulation's start.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The assertions, for more.</returns>
    public AndConstraint<PodHistoryAssertions> ThatHadContainerState(string container, ContainerStateValue state, TimeSpan at, string because = "", params object[] becauseArgs) =>
        HadContainerState(container, state, at, because, becauseArgs);

    /// <summary>Asserts that a pod condition had a status at some instant: <c>ThatHadCondition("Ready", "False")</c>.</summary>
    /// <param name="type">The condition type, such as <c>Ready</c>.</param>
    /// <param name="status"><c>True</c>, <c>False</c> or <c>Unknown</c>.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The assertions, for more.</returns>
    public AndConstraint<PodHistoryAssertions> ThatHadCondition(string type, string status, string because = "", params object[] becauseArgs) =>
        HadCondition(type, status, null, because, becauseArgs);

    /// <summary>Asserts that a pod condition had a status at <paramref name="at"/> (the status it last took by then).</summary>
    /// <param name="type">The condition type, such as <c>Ready</c>.</param>
    /// <param name="status"><c>True</c>, <c>False</c> or <c>Unknown</c>.</param>
    /// <param name="at">The offset from the simulation's start.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The assertions, for more.</returns>
    public AndConstraint<PodHistoryAssertions> ThatHadCondition(string type, string status, TimeSpan at, string because = "", params object[] becauseArgs) =>
        HadCondition(type, status, at, because, becauseArgs);

    /// <summary>Asserts that an event with <paramref name="reason"/> occurred about the pod (or one of its containers).</summary>
    /// <param name="reason">The reason, such as <c>BackOff</c>.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The assertions, for more.</returns>
    public AndConstraint<PodHistoryAssertions> ThatHadEvent(string reason, string because = "", params object[] becauseArgs) =>
        HadEvent(reason, null, because, becauseArgs);

    /// <summary>Asserts that an event with <paramref name="reason"/> occurred about the pod at exactly <paramref name="at"/>.</summary>
    /// <param name="reason">The reason, such as <c>BackOff</c>.</param>
    /// <param name="at">The offset from the simulation's start.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The assertions, for more.</returns>
    public AndConstraint<PodHistoryAssertions> ThatHadEvent(string reason, TimeSpan at, string because = "", params object[] becauseArgs) =>
        HadEvent(reason, at, because, becauseArgs);

    /// <summary>Asserts that the pod left the API server (its deletion completed).</summary>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The assertions, for more.</returns>
    public AndConstraint<PodHistoryAssertions> ThatWasDeleted(string because = "", params object[] becauseArgs) =>
        WasDeleted(null, because, becauseArgs);

    /// <summary>Asserts that the pod left the API server at exactly <paramref name="at"/>.</summary>
    /// <param name="at">The offset from the simulation's start.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The assertions, for more.</returns>
    public AndConstraint<PodHistoryAssertions> ThatWasDeleted(TimeSpan at, string because = "", params object[] becauseArgs) =>
        WasDeleted(at, because, becauseArgs);

    /// <summary>The restart instants, one per restart (an increase by two counts twice), of one container or of all.</summary>
    internal List<TimeSpan> RestartInstants(List<TimelineEntry> entries, string? container)
    {
        var instants = new List<TimeSpan>();
        foreach (var t in Transitions(entries))
        {
            if (t.FieldKey is { Kind: FieldKind.RestartCount } field && (container is null || field.Container == container)
                && t.ToInt is { } to && to > (t.FromInt ?? 0))
            {
                for (var i = t.FromInt ?? 0; i < to; i++)
                {
                    instants.Add(t.Offset);
                }
            }
        }

        return instants;
    }

    /// <summary>The pod's first record: when the simulation first saw it.</summary>
    internal static TimeSpan Start(List<TimelineEntry> entries) => entries.Count > 0 ? entries[0].Offset : TimeSpan.Zero;

    internal List<TimelineEntry> Entries() => PodSim.Testing.Timeline.Of(Simulation, Pod);

    internal string SubjectOf(string? container) => container is null ? Subject : "container " + container + " of " + Subject;

    internal void Fail(List<TimelineEntry> entries, string expectation, string actual, TimeSpan center, string because, object[] becauseArgs) =>
        Failure.Report(expectation, actual, because, becauseArgs, PodSim.Testing.Timeline.Excerpt("Timeline of " + Subject, entries, center, _window));

    internal string NotReached(TimeSpan at) =>
        Simulation.Elapsed < at ? " (the simulation has run only to " + TimelineEntry.At(Simulation.Elapsed) + ")" : string.Empty;

    private static TimeSpan End(List<TimelineEntry> entries) => entries.Count > 0 ? entries[^1].Offset : TimeSpan.Zero;

    private static IEnumerable<Transition> Transitions(List<TimelineEntry> entries) =>
        entries.Where(e => e.Transition is not null).Select(e => e.Transition!);

    private static List<TimeSpan> ReadyInstants(List<TimelineEntry> entries) =>
        [.. Transitions(entries).Where(t => t.FieldKey.Kind == FieldKind.Condition && t.FieldKey.ConditionType == PodConditionTypes.Ready && t.ToBool == true).Select(t => t.Offset)];

    /// <summary>A value's history: the value from each change on, as (value, since).</summary>
    private static string History(IReadOnlyList<(string Value, TimeSpan Since)> history)
    {
        const int Shown = 8;
        var parts = history.Take(Shown).Select(h => h.Value + " at " + TimelineEntry.At(h.Since)).ToList();
        var text = parts.Count <= 1 ? string.Join(string.Empty, parts) : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];
        return history.Count > Shown ? string.Join(", ", parts) + " and " + (history.Count - Shown).ToString(System.Globalization.CultureInfo.InvariantCulture) + " more" : text;
    }

    /// <summary>The value in effect at an instant: the last change at or before it.</summary>
    private static (string Value, TimeSpan Since)? ValueAt(IReadOnlyList<(string Value, TimeSpan Since)> history, TimeSpan at)
    {
        (string, TimeSpan)? found = null;
        foreach (var h in history)
        {
            if (h.Since > at)
            {
                break;
            }

            found = h;
        }

        return found;
    }

    private RestartAssertions Restarted(string? container, int times, string because, object[] becauseArgs)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(times);
        var entries = Entries();
        var restarts = RestartInstants(entries, container);
        if (restarts.Count != times)
        {
            var actual = "it restarted " + Failure.Times(restarts.Count) + (restarts.Count > 0 ? " (at " + Failure.Instants(restarts) + ")" : string.Empty);
            var center = restarts.Count > times ? restarts[times] : End(entries);
            Fail(entries, SubjectOf(container) + " to restart " + Failure.Times(times), actual, center, because, becauseArgs);
        }

        return new RestartAssertions(this, container, times);
    }

    private AndConstraint<PodHistoryAssertions> ReachedPhase(string phase, TimeSpan? at, string because, object[] becauseArgs)
    {
        ArgumentException.ThrowIfNullOrEmpty(phase);
        var entries = Entries();
        var phases = new List<(string Value, TimeSpan Since)>();
        foreach (var t in Transitions(entries).Where(t => t.FieldKey.Kind == FieldKind.Phase))
        {
            // The phase before the first change is the pod's first: Pending, as the API server sets it on create.
            if (phases.Count == 0 && t.From is { } first)
            {
                phases.Add((first, Start(entries)));
            }

            phases.Add((t.To ?? "<none>", t.Offset));
        }

        if (phases.Count == 0 && entries.Count > 0)
        {
            phases.Add((Which?.Status?.Phase ?? PodPhases.Pending, Start(entries)));
        }

        if (!phases.Exists(p => p.Value == phase && (at is null || p.Since == at)))
        {
            var actual = phases.Count == 0 ? "it has no record" : "its phase was " + History(phases);
            var expectation = Subject + " to reach phase " + phase + (at is { } a ? " at " + TimelineEntry.At(a) : string.Empty);
            Fail(entries, expectation, actual + (at is { } b ? NotReached(b) : string.Empty), at ?? End(entries), because, becauseArgs);
        }

        return And();
    }

    private AndConstraint<PodHistoryAssertions> HadContainerState(string container, ContainerStateValue state, TimeSpan? at, string because, object[] becauseArgs)
    {
        ArgumentException.ThrowIfNullOrEmpty(container);
        ArgumentNullException.ThrowIfNull(state);
        var entries = Entries();
        var states = Transitions(entries)
            .Where(t => t.FieldKey.Kind == FieldKind.ContainerState && t.FieldKey.Container == container)
            .Select(t => (t.To ?? "<none>", t.Offset)).ToList();
        var expected = StatePattern.Describe(state);
        if (at is { } instant)
        {
            var current = ValueAt(states, instant);
            if (current is null || !StatePattern.Matches(state, ContainerStateValue.TryParse(current.Value.Value, out var value) ? value : null))
            {
                var actual = current is { } c ? "it was " + c.Value + " (since " + TimelineEntry.At(c.Since) + ")" : NoState(container, states.Count == 0, entries);
                Fail(entries, SubjectOf(container) + " to be " + expected + " at " + TimelineEntry.At(instant), actual + NotReached(instant), instant, because, becauseArgs);
            }
        }
        else if (!states.Exists(s => StatePattern.Matches(state, ContainerStateValue.TryParse(s.Item1, out var value) ? value : null)))
        {
            var actual = states.Count == 0 ? NoState(container, true, entries) : "its states were " + History(states);
            Fail(entries, SubjectOf(container) + " to be " + expected + " at some instant", actual, End(entries), because, becauseArgs);
        }

        return And();
    }

    private string NoState(string container, bool never, List<TimelineEntry> entries)
    {
        if (!never)
        {
            return "it had no state yet";
        }

        var containers = Transitions(entries).Select(t => t.FieldKey.Container).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return "the pod has no container " + container + (containers.Count > 0 ? " (its containers: " + string.Join(", ", containers) + ")" : " on record");
    }

    private AndConstraint<PodHistoryAssertions> HadCondition(string type, string status, TimeSpan? at, string because, object[] becauseArgs)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        ArgumentException.ThrowIfNullOrEmpty(status);
        var entries = Entries();
        var history = Transitions(entries)
            .Where(t => t.FieldKey.Kind == FieldKind.Condition && t.FieldKey.ConditionType == type)
            .Select(t => (t.To ?? "<none>", t.Offset)).ToList();
        var expectation = Subject + " to have condition " + type + "=" + status;
        if (at is { } instant)
        {
            var current = ValueAt(history, instant);
            if (current?.Value != status)
            {
                var actual = current is { } c ? "it was " + type + "=" + c.Value + " (since " + TimelineEntry.At(c.Since) + ")" : "it had no condition " + type + " yet";
                Fail(entries, expectation + " at " + TimelineEntry.At(instant), actual + NotReached(instant), instant, because, becauseArgs);
            }
        }
        else if (!history.Exists(h => h.Item1 == status))
        {
            var actual = history.Count == 0 ? "it never had condition " + type : "its " + type + " condition was " + History(history);
            Fail(entries, expectation + " at some instant", actual, End(entries), because, becauseArgs);
        }

        return And();
    }

    private AndConstraint<PodHistoryAssertions> HadEvent(string reason, TimeSpan? at, string because, object[] becauseArgs)
    {
        ArgumentException.ThrowIfNullOrEmpty(reason);
        var entries = Entries();
        var events = entries.Where(e => e.Event is not null).Select(e => e.Event!).ToList();
        var matching = events.Where(e => e.Reason == reason).Select(e => e.Offset).ToList();
        if (!matching.Exists(o => at is null || o == at))
        {
            string actual;
            if (matching.Count > 0)
            {
                actual = "it had " + reason + " at " + Failure.Instants(matching);
            }
            else
            {
                var reasons = events.Select(e => e.Reason).Distinct(StringComparer.Ordinal).ToList();
                actual = "it had no " + reason + " event" + (reasons.Count > 0 ? " (its events: " + string.Join(", ", reasons) + ")" : " and no events at all");
            }

            var expectation = Subject + " to have a " + reason + " event" + (at is { } a ? " at " + TimelineEntry.At(a) : string.Empty);
            Fail(entries, expectation, actual + (at is { } b ? NotReached(b) : string.Empty), at ?? End(entries), because, becauseArgs);
        }

        return And();
    }

    private AndConstraint<PodHistoryAssertions> WasDeleted(TimeSpan? at, string because, object[] becauseArgs)
    {
        var entries = Entries();
        var deleted = Transitions(entries).Where(t => t.FieldKey.Kind == FieldKind.Presence && t.ToBool == false).Select(t => t.Offset).ToList();
        if (!deleted.Exists(o => at is null || o == at))
        {
            var actual = deleted.Count == 0 ? "it was not deleted" : "it was deleted at " + Failure.Instants(deleted);
            var expectation = Subject + " to be deleted" + (at is { } a ? " at " + TimelineEntry.At(a) : string.Empty);
            Fail(entries, expectation, actual + (at is { } b ? NotReached(b) : string.Empty), at ?? End(entries), because, becauseArgs);
        }

        return And();
    }

    private AndConstraint<PodHistoryAssertions> And() => new(this);
}
