using PodSim.Model;

namespace PodSim.Kubelet;

/// <summary>
/// The kubelet's pod condition rules (<c>pkg/kubelet/status/generate.go</c>) as pure functions:
/// Initialized, ContainersReady and Ready with their upstream reasons and messages. Each returns a condition
/// without timestamps; the status manager keeps <c>lastTransitionTime</c> unless the status flips.
/// </summary>
internal static class PodConditionRules
{
    /// <summary>Reason when no container status exists yet.</summary>
    public const string UnknownContainerStatuses = "UnknownContainerStatuses";

    /// <summary>Reason when init containers have not all completed.</summary>
    public const string ContainersNotInitialized = "ContainersNotInitialized";

    /// <summary>Reason when some container is not ready.</summary>
    public const string ContainersNotReady = "ContainersNotReady";

    /// <summary>Reason when the pod has completed.</summary>
    public const string PodCompleted = "PodCompleted";

    /// <summary>Reason when the pod has failed.</summary>
    public const string PodFailed = "PodFailed";

    /// <summary>Reason when a readiness gate is not satisfied.</summary>
    public const string ReadinessGatesNotReady = "ReadinessGatesNotReady";

    /// <summary>Computes the <c>Initialized</c> condition.</summary>
    /// <param name="spec">The pod spec.</param>
    /// <param name="initStatuses">The init container statuses.</param>
    /// <param name="statuses">The regular container statuses.</param>
    /// <param name="phase">The pod phase.</param>
    /// <returns>The condition.</returns>
    public static PodCondition Initialized(PodSpec spec, IReadOnlyList<ContainerStatus> initStatuses, IReadOnlyList<ContainerStatus> statuses, string phase)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(initStatuses);
        ArgumentNullException.ThrowIfNull(statuses);
        if (spec.InitContainers.Count == 0)
        {
            // Without init containers nothing is unknown, so a Succeeded pod still reports PodCompleted.
            return phase == PodPhases.Succeeded
                ? Condition(PodConditionTypes.Initialized, true, PodCompleted)
                : Condition(PodConditionTypes.Initialized, true);
        }

        if (initStatuses.Count == 0 && statuses.Count == 0)
        {
            return Condition(PodConditionTypes.Initialized, false, UnknownContainerStatuses);
        }

        // The lists are made only when a name must be reported: the common case allocates nothing.
        List<string>? unknown = null;
        List<string>? incomplete = null;
        for (var i = 0; i < spec.InitContainers.Count; i++)
        {
            var container = spec.InitContainers[i];
            var status = Find(initStatuses, container.Name);
            if (status is null)
            {
                (unknown ??= []).Add(container.Name!);
            }
            else if (container.IsSidecar ? status.Started != true : status.Ready != true)
            {
                (incomplete ??= []).Add(container.Name!);
            }
        }

        if (phase == PodPhases.Succeeded && unknown is null)
        {
            return Condition(PodConditionTypes.Initialized, true, PodCompleted);
        }

        for (var i = 0; i < statuses.Count; i++)
        {
            var state = statuses[i].State;
            if (state?.Running is not null || state?.Terminated is not null)
            {
                return Condition(PodConditionTypes.Initialized, true);
            }
        }

        if (unknown is null && incomplete is null)
        {
            return Condition(PodConditionTypes.Initialized, true);
        }

        return Condition(PodConditionTypes.Initialized, false, ContainersNotInitialized, Message(unknown, incomplete, "incomplete"));
    }

    /// <summary>Computes the <c>ContainersReady</c> condition over sidecars (in init order) then regular containers.</summary>
    /// <param name="spec">The pod spec.</param>
    /// <param name="initStatuses">The init container statuses.</param>
    /// <param name="statuses">The regular container statuses.</param>
    /// <param name="phase">The pod phase.</param>
    /// <returns>The condition.</returns>
    public static PodCondition ContainersReady(PodSpec spec, IReadOnlyList<ContainerStatus> initStatuses, IReadOnlyList<ContainerStatus> statuses, string phase)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(initStatuses);
        ArgumentNullException.ThrowIfNull(statuses);
        if (initStatuses.Count == 0 && statuses.Count == 0)
        {
            return Condition(PodConditionTypes.ContainersReady, false, UnknownContainerStatuses);
        }

        List<string>? unknown = null;
        List<string>? unready = null;
        for (var i = 0; i < spec.InitContainers.Count; i++)
        {
            var container = spec.InitContainers[i];
            if (container.IsSidecar)
            {
                Check(container.Name!, Find(initStatuses, container.Name), ref unknown, ref unready);
            }
        }

        for (var i = 0; i < spec.Containers.Count; i++)
        {
            var container = spec.Containers[i];
            Check(container.Name!, Find(statuses, container.Name), ref unknown, ref unready);
        }

        if (phase == PodPhases.Succeeded && unknown is null)
        {
            return Condition(PodConditionTypes.ContainersReady, false, PodCompleted);
        }

        // A Failed pod reports PodFailed even with unknown containers: they may still be terminating.
        if (phase == PodPhases.Failed)
        {
            return Condition(PodConditionTypes.ContainersReady, false, PodFailed);
        }

        return unknown is null && unready is null
            ? Condition(PodConditionTypes.ContainersReady, true)
            : Condition(PodConditionTypes.ContainersReady, false, ContainersNotReady, Message(unknown, unready, "unready"));

        static void Check(string name, ContainerStatus? status, ref List<string>? unknown, ref List<string>? unready)
        {
            if (status is null)
            {
                (unknown ??= []).Add(name);
            }
            else if (status.Ready != true)
            {
                (unready ??= []).Add(name);
            }
        }
    }

    /// <summary>
    /// Computes the <c>Ready</c> condition: ContainersReady's status, reason and message when that is not True,
    /// else the readiness gates (each gate's condition must exist and be True).
    /// </summary>
    /// <param name="spec">The pod spec (readiness gates).</param>
    /// <param name="containersReady">The ContainersReady condition.</param>
    /// <param name="conditions">The pod's other conditions, for the readiness gates.</param>
    /// <returns>The condition.</returns>
    public static PodCondition Ready(PodSpec spec, PodCondition containersReady, IReadOnlyList<PodCondition> conditions)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(containersReady);
        ArgumentNullException.ThrowIfNull(conditions);
        if (containersReady.Status != ConditionStatuses.True)
        {
            return containersReady with { Type = PodConditionTypes.Ready };
        }

        if (spec.ReadinessGates.Count == 0)
        {
            return Condition(PodConditionTypes.Ready, true);
        }

        var messages = new List<string>();
        foreach (var gate in spec.ReadinessGates)
        {
            PodCondition? found = null;
            for (var i = 0; i < conditions.Count; i++)
            {
                if (conditions[i].Type == gate.ConditionType)
                {
                    found = conditions[i];
                    break;
                }
            }

            if (found is null)
            {
                messages.Add($"corresponding condition of pod readiness gate \"{gate.ConditionType}\" does not exist.");
            }
            else if (found.Status != ConditionStatuses.True)
            {
                messages.Add($"the status of pod readiness gate \"{gate.ConditionType}\" is not \"True\", but {found.Status}");
            }
        }

        return messages.Count == 0
            ? Condition(PodConditionTypes.Ready, true)
            : Condition(PodConditionTypes.Ready, false, ReadinessGatesNotReady, string.Join(", ", messages));
    }

    private static readonly PodCondition InitializedTrue = New(PodConditionTypes.Initialized, true, null, null);
    private static readonly PodCondition ContainersReadyTrue = New(PodConditionTypes.ContainersReady, true, null, null);
    private static readonly PodCondition ReadyTrue = New(PodConditionTypes.Ready, true, null, null);

    // Conditions are immutable records, so the frequent plain True ones are shared instances.
    private static PodCondition Condition(string type, bool status, string? reason = null, string? message = null)
    {
        if (status && reason is null && message is null)
        {
            switch (type)
            {
                case PodConditionTypes.Initialized:
                    return InitializedTrue;
                case PodConditionTypes.ContainersReady:
                    return ContainersReadyTrue;
                case PodConditionTypes.Ready:
                    return ReadyTrue;
            }
        }

        return New(type, status, reason, message);
    }

    private static PodCondition New(string type, bool status, string? reason, string? message) => new()
    {
        Type = type,
        Status = status ? ConditionStatuses.True : ConditionStatuses.False,
        Reason = reason,
        Message = message,
    };

    /// <summary>Formats the upstream message: names in spec order, Go slice style, parts joined with ", ".</summary>
    private static string Message(List<string>? unknown, List<string>? other, string otherWord)
    {
        var unknownPart = unknown is null ? null : "containers with unknown status: [" + string.Join(' ', unknown) + "]";
        var otherPart = other is null ? null : "containers with " + otherWord + " status: [" + string.Join(' ', other) + "]";
        return unknownPart is not null && otherPart is not null ? unknownPart + ", " + otherPart : unknownPart ?? otherPart ?? string.Empty;
    }

    private static ContainerStatus? Find(IReadOnlyList<ContainerStatus> statuses, string? name)
    {
        for (var i = 0; i < statuses.Count; i++)
        {
            if (statuses[i].Name == name)
            {
                return statuses[i];
            }
        }

        return null;
    }
}
