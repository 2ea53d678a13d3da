namespace PodSim.Model;

/// <summary>
/// Reading a pod's status without walking its lists: a container's status by name, a condition by type, and whether
/// the pod is Ready. Each tolerates a pod without a status (the answer is then "none" or false).
/// </summary>
public static class PodStatusExtensions
{
    /// <summary>
    /// Finds a container's status by name among the regular, init (sidecars included) and ephemeral container
    /// statuses; a pod's container names are unique across the three lists.
    /// </summary>
    /// <param name="pod">The pod.</param>
    /// <param name="name">The container's name.</param>
    /// <returns>The status, or <see langword="null"/> when the pod has none for that name (yet).</returns>
    public static ContainerStatus? GetContainerStatus(this Pod pod, string name)
    {
        ArgumentNullException.ThrowIfNull(pod);
        ArgumentNullException.ThrowIfNull(name);
        if (pod.Status is not { } status)
        {
            return null;
        }

        return Find(status.ContainerStatuses, name) ?? Find(status.InitContainerStatuses, name) ?? Find(status.EphemeralContainerStatuses, name);
    }

    /// <summary>Finds a pod condition by type, such as <see cref="PodConditionTypes.Ready"/> or a readiness gate's own type.</summary>
    /// <param name="pod">The pod.</param>
    /// <param name="type">The condition type; see <see cref="PodConditionTypes"/>.</param>
    /// <returns>The condition, or <see langword="null"/> when the pod does not have it.</returns>
    public static PodCondition? GetCondition(this Pod pod, string type)
    {
        ArgumentNullException.ThrowIfNull(pod);
        ArgumentNullException.ThrowIfNull(type);
        if (pod.Status is not { } status)
        {
            return null;
        }

        foreach (var condition in status.Conditions)
        {
            if (condition.Type == type)
            {
                return condition;
            }
        }

        return null;
    }

    /// <summary>
    /// Tells whether the pod is Ready: its <see cref="PodConditionTypes.Ready"/> condition is
    /// <see cref="ConditionStatuses.True"/>, as Services and <c>kubectl wait --for=condition=Ready</c> read it.
    /// </summary>
    /// <param name="pod">The pod.</param>
    /// <returns>Whether the pod is Ready.</returns>
    public static bool IsReady(this Pod pod) => pod.GetCondition(PodConditionTypes.Ready)?.Status == ConditionStatuses.True;

    private static ContainerStatus? Find(IReadOnlyList<ContainerStatus> statuses, string name)
    {
        foreach (var status in statuses)
        {
            if (status.Name == name)
            {
                return status;
            }
        }

        return null;
    }
}
