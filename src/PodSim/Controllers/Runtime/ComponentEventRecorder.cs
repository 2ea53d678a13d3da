using PodSim.Engine;
using PodSim.Model;

namespace PodSim.Controllers.Runtime;

/// <summary>
/// Records Kubernetes Events about objects on behalf of one component, as client-go's <c>record.EventRecorder</c>
/// made for an <c>EventSource</c> does (<c>staging/src/k8s.io/client-go/tools/record/event.go</c>). Events land in
/// the simulation's event log at the current virtual time, aggregated like every other event.
/// </summary>
public sealed class ComponentEventRecorder
{
    private readonly IControllerHost _simulation;

    internal ComponentEventRecorder(IControllerHost simulation, string component)
    {
        _simulation = simulation;
        Component = component;
    }

    /// <summary>Gets the source component the events carry, such as the controller's name.</summary>
    public string Component { get; }

    /// <summary>Records an event about an object.</summary>
    /// <param name="regarding">The object the event is about.</param>
    /// <param name="type"><see cref="EventTypes.Normal"/> or <see cref="EventTypes.Warning"/>.</param>
    /// <param name="reason">A short UpperCamelCase reason, such as <c>Labeled</c>.</param>
    /// <param name="message">A human-readable message.</param>
    /// <exception cref="ArgumentException">The type is neither Normal nor Warning, or the reason is empty.</exception>
    public void Event(KubeObject regarding, string type, string reason, string message)
    {
        ArgumentNullException.ThrowIfNull(regarding);
        ArgumentNullException.ThrowIfNull(message);
        if (type != EventTypes.Normal && type != EventTypes.Warning)
        {
            // Upstream's recorder drops such an event with a log line; a simulation says so to the author instead.
            throw new ArgumentException("unsupported event type: \"" + type + "\" (Normal or Warning)", nameof(type));
        }

        ArgumentException.ThrowIfNullOrEmpty(reason);
        var meta = regarding.Metadata;
        var involved = new ObjectReference
        {
            Kind = regarding.Kind,
            Namespace = meta?.Namespace,
            Name = meta?.Name,
            Uid = meta?.Uid,
            ApiVersion = regarding.ApiVersion,
        };
        _simulation.RecordEvent(involved, type, reason, message, Component);
    }
}
