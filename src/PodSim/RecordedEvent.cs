using PodSim.Engine;
using PodSim.Model;

namespace PodSim;

/// <summary>One occurrence of a Kubernetes event during a simulation.</summary>
/// <param name="Offset">The virtual time of the occurrence, measured from the simulation's start.</param>
/// <param name="Time">The virtual time of the occurrence.</param>
/// <param name="Event">The aggregated event object after this occurrence (its count includes it).</param>
public sealed record RecordedEvent(TimeSpan Offset, DateTimeOffset Time, Event Event)
{
    /// <summary>Gets the involved object as <c>Kind/name</c>, with the field path when there is one.</summary>
    public string Subject => Event.InvolvedObject is { } o
        ? o.Kind + "/" + o.Name + (string.IsNullOrEmpty(o.FieldPath) ? string.Empty : " " + o.FieldPath)
        : string.Empty;

    /// <summary>Formats the occurrence as <c>+1m30s Warning BackOff Pod/web spec.containers{app}: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "+" + GoDuration.Format(Offset) + " " + Event.Type + " " + Event.Reason + " " + Subject + ": " + Event.Message;
}
