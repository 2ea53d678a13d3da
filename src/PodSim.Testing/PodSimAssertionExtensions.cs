using PodSim.Model;

namespace PodSim.Testing;

/// <summary>
/// The entry points of PodSim's assertions: <c>sim.Should()</c>, <c>pod.Should()</c>, <c>sim.Transitions.Should()</c>
/// and <c>sim.EventOccurrences.Should()</c>.
/// </summary>
public static class PodSimAssertionExtensions
{
    /// <summary>Assertions on a simulation: <c>sim.Should().HavePod("web").ThatBecameReadyAt(10.Seconds())</c>.</summary>
    /// <param name="simulation">The simulation, run as far as the assertions need.</param>
    /// <returns>The assertions.</returns>
    public static SimulationAssertions Should(this Simulation simulation) => new(simulation);

    /// <summary>Assertions on a pod as it is now: <c>pod.Should().BeInPhase("Running").And.HaveCondition("Ready", "True")</c>.</summary>
    /// <param name="pod">The pod, such as <c>sim.GetPod("web")</c>; null fails every assertion but <c>BeNull</c>.</param>
    /// <returns>The assertions.</returns>
    public static PodAssertions Should(this Pod? pod) => new(pod!);

    /// <summary>Assertions on transitions: <c>sim.Transitions.Should().ContainInOrder("status.phase: Pending -&gt; Running", ...)</c>.</summary>
    /// <param name="transitions">The transitions, such as <c>sim.Transitions</c>.</param>
    /// <returns>The assertions.</returns>
    public static TransitionListAssertions Should(this IEnumerable<Transition> transitions) => new(transitions);

    /// <summary>Assertions on event occurrences: <c>sim.EventOccurrences.Should().Contain("Warning BackOff")</c>.</summary>
    /// <param name="events">The occurrences, such as <c>sim.EventOccurrences</c>.</param>
    /// <returns>The assertions.</returns>
    public static EventLogAssertions Should(this IEnumerable<RecordedEvent> events) => new(events);
}
