namespace PodSim.Testing;

/// <summary>A simulation's record as text, for a test's output or a quick look in the debugger.</summary>
public static class SimulationTimelineExtensions
{
    /// <summary>
    /// The transitions and event occurrences of one pod (or of everything) in order of time, one line each, as the
    /// failure messages print them; at one instant, events come before transitions.
    /// </summary>
    /// <param name="simulation">The simulation.</param>
    /// <param name="pod">The pod's name, or null for every object.</param>
    /// <param name="ns">The pod's namespace.</param>
    /// <returns>The lines.</returns>
    public static IReadOnlyList<string> TimelineLines(this Simulation simulation, string? pod = null, string ns = "default")
    {
        ArgumentNullException.ThrowIfNull(simulation);
        return [.. Timeline.Of(simulation, pod is null ? null : ObjectKey.Pod(pod, ns)).Select(e => e.Line)];
    }

    /// <summary>The whole timeline as one text, a line each (see <see cref="TimelineLines"/>).</summary>
    /// <param name="simulation">The simulation.</param>
    /// <returns>The text.</returns>
    public static string Dump(this Simulation simulation) => string.Concat(TimelineLines(simulation).Select(l => l + "\n"));
}
