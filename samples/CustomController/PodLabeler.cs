using PodSim.Controllers.Runtime;
using PodSim.Model;

namespace CustomController;

/// <summary>
/// A custom controller: it labels every pod it sees without the label <c>podsim.io/seen: "true"</c> and records a
/// Normal <c>Labeled</c> event about it. It uses only PodSim's public controller API.
/// </summary>
public sealed class PodLabeler : IController
{
    /// <summary>The label the controller adds.</summary>
    public const string Label = "podsim.io/seen";

    /// <inheritdoc />
    public string Name => "pod-labeler";

    /// <inheritdoc />
    public void Register(ControllerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Queue the key (namespace/name) of every pod that is added, updated or deleted.
        context.Watch<Pod>();
    }

    /// <inheritdoc />
    public ReconcileResult Reconcile(string key, ControllerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Read from the informer's cache; a pod that is gone, going, or labeled already needs nothing.
        var pod = context.Lister<Pod>().GetByKey(key);
        if (pod is null || pod.Metadata.DeletionTimestamp is not null || pod.Metadata.Labels.ContainsKey(Label))
        {
            return ReconcileResult.Done;
        }

        // Objects are immutable records: write a changed copy. The cached copy carries its resourceVersion, so a pod
        // someone changed meanwhile gets a Conflict, which the runtime reports and retries after a back-off.
        var labels = new Dictionary<string, string>(pod.Metadata.Labels, StringComparer.Ordinal) { [Label] = "true" };
        var labeled = context.Client.Update(pod with { Metadata = pod.Metadata with { Labels = labels } });
        context.Recorder.Event(labeled, EventTypes.Normal, "Labeled", "Added label " + Label + "=true");
        return ReconcileResult.Done;
    }
}
