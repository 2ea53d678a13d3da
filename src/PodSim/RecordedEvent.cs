using PodSim.Engine;
using PodSim.Model;

namespace PodSim;

/// <summary>
/// One occurrence of a Kubernetes event during a simulation. The simulation's <c>EventOccurrences</c> holds every occurrence;
/// its <c>Events</c> hold the aggregated Kubernetes Event objects, one per distinct event with a count of its
/// occurrences, as the API server does.
/// </summary>
/// <param name="Offset">The virtual time of the occurrence, measured from the simulation's start.</param>
/// <param name="Time">The virtual time of the occurrence.</param>
/// <param name="Event">The aggregated event object after this occurrence (its count includes it).</param>
public sealed record RecordedEvent(TimeSpan Offset, DateTimeOffset Time, Event Event)
{
    /// <summary>Gets the involved object as <c>Kind/name</c>, with the field path when there is one.</summary>
    public string Subject => Event.InvolvedObject is { } o
        ? o.Kind + "/" + o.Name + (string.IsNullOrEmpty(o.FieldPath) ? string.Empty : " " + o.FieldPath)
        : string.Empty;

    /// <summary>Gets the event's type: <c>Normal</c> or <c>Warning</c>.</summary>
    public string Type => Event.Type ?? string.Empty;

    /// <summary>Gets the event's reason, such as <c>BackOff</c>.</summary>
    public string Reason => Event.Reason ?? string.Empty;

    /// <summary>Gets the event's message.</summary>
    public string Message => Event.Message ?? string.Empty;

    /// <summary>Gets the involved object (kind, namespace and name).</summary>
    public ObjectKey Object => Event.InvolvedObject is { } o
        ? new ObjectKey(o.Kind ?? string.Empty, o.Namespace ?? string.Empty, o.Name ?? string.Empty)
        : new ObjectKey(string.Empty, string.Empty, string.Empty);

    /// <summary>
    /// Gets the container the event is about, from the involved object's field path (<c>spec.containers{app}</c>,
    /// <c>spec.initContainers{init}</c> or <c>spec.ephemeralContainers{debug}</c>); null for an event about the pod.
    /// </summary>
    public string? Container => ContainerPath(out var open) is { } path ? path[(open + 1)..^1] : null;

    /// <summary>Gets a value indicating whether <see cref="Container"/> is an init container (field path <c>spec.initContainers{...}</c>).</summary>
    public bool IsInitContainer => ContainerPath(out _)?.StartsWith("spec.initContainers{", StringComparison.Ordinal) == true;

    /// <summary>Formats the occurrence as <c>+1m30s Warning BackOff Pod/web spec.containers{app}: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "+" + GoDuration.Format(Offset) + " " + Event.Type + " " + Event.Reason + " " + Subject + ": " + Event.Message;

    /// <summary>The field path when it names a container (<c>spec.containers{app}</c>), with the brace's index.</summary>
    private string? ContainerPath(out int open)
    {
        var path = Event.InvolvedObject?.FieldPath;
        open = -1;
        if (string.IsNullOrEmpty(path) || path[^1] != '}' || !path.StartsWith("spec.", StringComparison.Ordinal))
        {
            return null;
        }

        open = path.IndexOf('{', StringComparison.Ordinal);
        return open > 0 && open < path.Length - 2 ? path : null;
    }
}
