using PodSim.Engine;
using PodSim.Model;

namespace PodSim;

/// <summary>
/// A change of one observable field of an object, for assertions in tests:
/// <c>+20s Pod/default/web status.containerStatuses[app].restartCount: 1 -> 2</c>.
/// </summary>
/// <param name="Offset">The virtual time of the change, measured from the simulation's start.</param>
/// <param name="Time">The virtual time of the change.</param>
/// <param name="Object">The object as <c>Kind/namespace/name</c>.</param>
/// <param name="Field">The field, such as <c>status.phase</c> or <c>status.conditions[Ready]</c>.</param>
/// <param name="From">The old value, or <see langword="null"/> when the field did not exist (or the object was created).</param>
/// <param name="To">The new value, or <see langword="null"/> when the field or object went away.</param>
public sealed record Transition(TimeSpan Offset, DateTimeOffset Time, string Object, string Field, string? From, string? To)
{
    /// <summary>Formats the transition as <c>+20s Pod/default/web status.phase: Pending -&gt; Running</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "+" + GoDuration.Format(Offset) + " " + Object + " " + Field + ": " + (From ?? "<none>") + " -> " + (To ?? "<none>");
}
