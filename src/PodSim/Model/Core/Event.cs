namespace PodSim.Model;

/// <summary>
/// A Kubernetes <c>core/v1</c> Event: something that happened to an object, with repeats aggregated into
/// <see cref="Count"/>, <see cref="FirstTimestamp"/> and <see cref="LastTimestamp"/> as the event correlator does.
/// </summary>
public sealed record Event : KubeObject
{
    /// <summary>Gets the object the event is about.</summary>
    public ObjectReference? InvolvedObject { get; init; }

    /// <summary>Gets the machine-readable reason, such as <c>BackOff</c>.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets the human-readable message.</summary>
    public string? Message { get; init; }

    /// <summary>Gets the component that reported the event.</summary>
    public EventSource? Source { get; init; }

    /// <summary>Gets when the event was first seen.</summary>
    public DateTimeOffset? FirstTimestamp { get; init; }

    /// <summary>Gets when the event was last seen.</summary>
    public DateTimeOffset? LastTimestamp { get; init; }

    /// <summary>Gets how many times the event has been seen.</summary>
    public int? Count { get; init; }

    /// <summary>Gets the event type: <c>Normal</c> or <c>Warning</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Gets the controller that emitted the event.</summary>
    public string? ReportingComponent { get; init; }

    /// <summary>Gets the instance (host) of the reporting controller.</summary>
    public string? ReportingInstance { get; init; }
}
