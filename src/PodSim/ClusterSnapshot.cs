using PodSim.Engine;
using PodSim.Model;

namespace PodSim;

/// <summary>
/// Every live object of a simulation at one virtual instant. Objects are immutable records, so a snapshot never
/// changes as the simulation goes on.
/// </summary>
public sealed class ClusterSnapshot
{
    internal ClusterSnapshot(TimeSpan elapsed, DateTimeOffset time, IReadOnlyList<KubeObject> objects)
    {
        Elapsed = elapsed;
        Time = time;
        Objects = objects;
        var pods = new List<Pod>();
        foreach (var obj in objects)
        {
            if (obj is Pod pod)
            {
                pods.Add(pod);
            }
        }

        Pods = pods;
    }

    /// <summary>Gets the virtual time since the start of the simulation.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Gets the virtual time of the snapshot.</summary>
    public DateTimeOffset Time { get; }

    /// <summary>Gets every live object, in creation order.</summary>
    public IReadOnlyList<KubeObject> Objects { get; }

    /// <summary>Gets the live pods, in creation order.</summary>
    public IReadOnlyList<Pod> Pods { get; }

    /// <summary>Finds a pod by name.</summary>
    /// <param name="name">The pod's name.</param>
    /// <param name="ns">The pod's namespace.</param>
    /// <returns>The pod, or <see langword="null"/> when it does not exist at this instant.</returns>
    public Pod? GetPod(string name, string ns = "default")
    {
        foreach (var pod in Pods)
        {
            if (pod.Metadata.Name == name && (pod.Metadata.Namespace ?? "default") == ns)
            {
                return pod;
            }
        }

        return null;
    }
}
