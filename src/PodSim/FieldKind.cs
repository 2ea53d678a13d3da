namespace PodSim;

/// <summary>What a <see cref="Transition"/> is about; see <see cref="FieldKey"/>.</summary>
public enum FieldKind
{
    /// <summary>A field PodSim does not record today, kept by its path.</summary>
    Other = 0,

    /// <summary><c>status.phase</c>.</summary>
    Phase,

    /// <summary><c>status.conditions[Type]</c>: a pod condition's status.</summary>
    Condition,

    /// <summary><c>status.containerStatuses[name].state</c> (or <c>initContainerStatuses</c>).</summary>
    ContainerState,

    /// <summary><c>status.containerStatuses[name].ready</c> (or <c>initContainerStatuses</c>).</summary>
    ContainerReady,

    /// <summary><c>status.containerStatuses[name].started</c> (or <c>initContainerStatuses</c>).</summary>
    ContainerStarted,

    /// <summary><c>status.containerStatuses[name].restartCount</c> (or <c>initContainerStatuses</c>).</summary>
    RestartCount,

    /// <summary><c>status.podIP</c>.</summary>
    PodIP,

    /// <summary><c>spec.nodeName</c>: the pod was bound to a node.</summary>
    NodeName,

    /// <summary><c>metadata.deletionTimestamp</c>: the pod's graceful deletion began.</summary>
    DeletionTimestamp,

    /// <summary><c>metadata</c>: the object itself, <c>present -&gt; deleted</c> when it left the API server.</summary>
    Presence,
}
