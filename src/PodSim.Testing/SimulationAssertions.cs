using FluentAssertions.Primitives;

namespace PodSim.Testing;

/// <summary>Assertions on a simulation; from <c>sim.Should()</c>.</summary>
public sealed class SimulationAssertions : ReferenceTypeAssertions<Simulation, SimulationAssertions>
{
    internal SimulationAssertions(Simulation subject)
        : base(subject)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "simulation";

    /// <summary>
    /// Asserts that the simulation saw a pod of that name (it has a transition or event about it, or it exists now),
    /// and returns assertions on what happened to it.
    /// </summary>
    /// <param name="name">The pod's name.</param>
    /// <param name="ns">The pod's namespace.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>Assertions on the pod's history.</returns>
    public PodHistoryAssertions HavePod(string name, string ns = "default", string because = "", params object[] becauseArgs)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(ns);
        var pod = ObjectKey.Pod(name, ns);
        var history = new PodHistoryAssertions(Subject, pod, Timeline.DefaultWindow);
        if (!Seen(pod))
        {
            var seen = PodsSeen();
            Failure.Report(
                "the simulation to have pod " + ns + "/" + name,
                seen.Count == 0 ? "it has no pods" : "it has " + (seen.Count == 1 ? "pod " : "pods ") + string.Join(", ", seen),
                because,
                becauseArgs,
                null);
        }

        return history;
    }

    /// <summary>Asserts that the simulation never saw a pod of that name.</summary>
    /// <param name="name">The pod's name.</param>
    /// <param name="ns">The pod's namespace.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The assertions, for more.</returns>
    public FluentAssertions.AndConstraint<SimulationAssertions> NotHavePod(string name, string ns = "default", string because = "", params object[] becauseArgs)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(ns);
        var pod = ObjectKey.Pod(name, ns);
        if (Seen(pod))
        {
            var entries = Timeline.Of(Subject, pod);
            Failure.Report(
                "the simulation not to have pod " + ns + "/" + name,
                "it has" + (entries.Count > 0 ? ", from " + TimelineEntry.At(entries[0].Offset) : string.Empty),
                because,
                becauseArgs,
                Timeline.Excerpt("Timeline of pod " + ns + "/" + name, entries, entries.Count > 0 ? entries[0].Offset : TimeSpan.Zero, Timeline.DefaultWindow));
        }

        return new FluentAssertions.AndConstraint<SimulationAssertions>(this);
    }

    private bool Seen(ObjectKey pod)
    {
        var text = pod.ToString();
        return Subject.GetPod(pod.Name, pod.Namespace) is not null
            || Subject.Transitions.Any(t => t.Object == text)
            || Subject.EventOccurrences.Any(e => e.Object == pod);
    }

    /// <summary>The pods the simulation saw, as <c>namespace/name</c>, in order of first record.</summary>
    private List<string> PodsSeen()
    {
        var seen = new List<string>();
        foreach (var key in Subject.Transitions.Select(t => t.ObjectKey)
            .Concat(Subject.EventOccurrences.Select(e => e.Object))
            .Concat(Subject.Pods.Select(p => ObjectKey.Pod(p.Metadata?.Name ?? string.Empty, p.Metadata?.Namespace ?? "default")))
            .Where(k => k.Kind == "Pod"))
        {
            var text = key.Namespace + "/" + key.Name;
            if (!seen.Contains(text))
            {
                seen.Add(text);
            }
        }

        return seen;
    }
}
