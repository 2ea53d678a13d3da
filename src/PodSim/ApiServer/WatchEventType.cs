namespace PodSim.ApiServer;

/// <summary>What happened to an object, as a watch reports it (<c>staging/src/k8s.io/apimachinery/pkg/watch</c>).</summary>
public enum WatchEventType
{
    /// <summary>The object was created.</summary>
    Added,

    /// <summary>The object was changed.</summary>
    Modified,

    /// <summary>The object was removed.</summary>
    Deleted,
}
