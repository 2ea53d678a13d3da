using System.Globalization;
using PodSim.Model;

namespace PodSim.ApiServer;

/// <summary>
/// The pods/eviction subresource: a delete that respects the PodDisruptionBudget selecting the pod
/// (<c>pkg/registry/core/pod/storage/eviction.go</c> EvictionREST.Create, checkAndDecrement, canIgnorePDB).
/// </summary>
internal sealed partial class KubeApiServer
{
    /// <summary>How many evictions a budget may hold unconfirmed before more are refused (MaxDisruptedPodSize).</summary>
    private const int MaxDisruptedPods = 2000;

    private const string CannotEvict = "Cannot evict pod as it would violate the pod's disruption budget.";

    /// <summary>
    /// Evicts a pod: a pod that is Pending, Succeeded, Failed or already being deleted is deleted at once; one that a
    /// PodDisruptionBudget selects is deleted only when its status allows a disruption, which the eviction uses up
    /// (<c>disruptionsAllowed</c> decremented, the pod listed in <c>disruptedPods</c>). An evicted pod gets the
    /// <c>DisruptionTarget</c> condition (reason <c>EvictionByEvictionAPI</c>) before its deletion.
    /// </summary>
    /// <param name="ns">The pod's namespace.</param>
    /// <param name="name">The pod's name.</param>
    /// <param name="options">The delete options of the eviction.</param>
    /// <returns>The pod as it stands after the delete, or its last state when the delete removed it.</returns>
    /// <exception cref="ApiStatusException">
    /// NotFound; TooManyRequests when the budget allows no disruption now (or has not been observed since its last
    /// change); InternalError when more than one budget selects the pod; Forbidden for a budget in a state no
    /// eviction may use.
    /// </exception>
    public KubeObject Evict(string? ns, string name, DeleteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = Key("Pod", ns, name);
        var pod = Store.Get(key) as Pod ?? throw NotFound("Pod", name);
        if (!CanIgnoreBudget(pod))
        {
            var budgets = BudgetsSelecting(pod);
            if (budgets.Count > 1)
            {
                throw new ApiStatusException(ApiStatusReason.InternalError, "This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.");
            }

            if (budgets.Count == 1 && !UnhealthyPodMayGo(pod, budgets[0]))
            {
                CheckAndDecrement(budgets[0], name);
            }
        }

        WriteDisruptionTarget(key);
        return Delete("Pod", ns, name, options);
    }

    /// <summary>
    /// <c>canIgnorePDB</c>: a pod that runs nothing yet, has finished, or is being deleted already disrupts nothing.
    /// </summary>
    private static bool CanIgnoreBudget(Pod pod) =>
        pod.Status?.Phase is PodPhases.Pending or PodPhases.Succeeded or PodPhases.Failed || pod.Metadata.DeletionTimestamp is not null;

    /// <summary>
    /// The budgets of the pod's namespace whose selector matches its labels. In <c>policy/v1</c> a missing selector
    /// selects no pod and an empty one every pod of the namespace.
    /// </summary>
    private List<PodDisruptionBudget> BudgetsSelecting(Pod pod)
    {
        var labels = pod.Metadata.Labels ?? EmptyMap.Strings;
        var budgets = new List<PodDisruptionBudget>();
        foreach (var budget in Store.Live<PodDisruptionBudget>())
        {
            if (budget.Metadata.Namespace == pod.Metadata.Namespace
                && budget.Spec?.Selector is { } selector
                && selector.Matches(labels))
            {
                budgets.Add(budget);
            }
        }

        return budgets;
    }

    /// <summary>
    /// A running pod that is not ready counts for no budget: <c>unhealthyPodEvictionPolicy: AlwaysAllow</c> lets it
    /// go, and <c>IfHealthyBudget</c> (the default) when the budget has the healthy pods it wants.
    /// </summary>
    private static bool UnhealthyPodMayGo(Pod pod, PodDisruptionBudget budget)
    {
        if (IsReady(pod))
        {
            return false;
        }

        if (budget.Spec?.UnhealthyPodEvictionPolicy == "AlwaysAllow")
        {
            return true;
        }

        var status = budget.Status ?? new PodDisruptionBudgetStatus();
        return (status.CurrentHealthy ?? 0) >= (status.DesiredHealthy ?? 0) && (status.DesiredHealthy ?? 0) > 0;
    }

    private static bool IsReady(Pod pod)
    {
        foreach (var condition in pod.Status?.Conditions ?? [])
        {
            if (condition.Type == PodConditionTypes.Ready)
            {
                return condition.Status == ConditionStatuses.True;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>checkAndDecrement</c>: the budget's status must be current and allow a disruption, which the eviction then
    /// takes, recording the pod in <c>disruptedPods</c> so that the disruption controller does not count it healthy.
    /// </summary>
    private void CheckAndDecrement(PodDisruptionBudget budget, string podName)
    {
        var status = budget.Status ?? new PodDisruptionBudgetStatus();
        var pdb = budget.Metadata.Name;
        if ((status.ObservedGeneration ?? 0) < (budget.Metadata.Generation ?? 0))
        {
            throw TooManyRequests("The disruption budget " + pdb + " is still being processed by the server.", 10);
        }

        var allowed = status.DisruptionsAllowed ?? 0;
        if (allowed < 0)
        {
            throw BudgetForbidden(pdb, "pdb disruptions allowed is negative");
        }

        if (status.DisruptedPods.Count > MaxDisruptedPods)
        {
            throw BudgetForbidden(pdb, "DisruptedPods map too big - too many evictions not confirmed by PDB controller");
        }

        if (allowed == 0)
        {
            throw TooManyRequests(DeniedCause(pdb, status), 0);
        }

        var disrupted = new Dictionary<string, DateTimeOffset>(status.DisruptedPods, StringComparer.Ordinal) { [podName] = Timestamp };
        var next = status with { DisruptionsAllowed = allowed - 1, DisruptedPods = disrupted };
        if (allowed == 1)
        {
            next = next with { Conditions = WithCondition(status.Conditions, ConditionStatuses.False, "InsufficientPods", budget.Metadata.Generation) };
        }

        UpdateStatus(budget with { Status = next });
    }

    /// <summary>
    /// The cause of a refusal (1.35): a failed sync first, since the counts cannot be trusted then; else the counts
    /// when the budget has no healthy pod to spare; else the condition's own reason and message.
    /// </summary>
    private static string DeniedCause(string? pdb, PodDisruptionBudgetStatus status)
    {
        Condition? condition = null;
        foreach (var c in status.Conditions)
        {
            if (c.Type == "DisruptionAllowed")
            {
                condition = c;
                break;
            }
        }

        var failed = condition is { Status: ConditionStatuses.False, Message.Length: > 0 };
        var prefix = "The disruption budget " + pdb;
        if (failed && condition!.Reason == "SyncFailed")
        {
            return prefix + " does not allow evicting pods currently because it failed sync: " + condition.Message;
        }

        if ((status.CurrentHealthy ?? 0) <= (status.DesiredHealthy ?? 0))
        {
            return prefix + " needs " + (status.DesiredHealthy ?? 0).ToString(CultureInfo.InvariantCulture) + " healthy pods and has " +
                (status.CurrentHealthy ?? 0).ToString(CultureInfo.InvariantCulture) + " currently";
        }

        return failed
            ? prefix + " does not allow evicting pods currently (" + condition!.Reason + "): " + condition.Message
            : prefix + " does not allow evicting pods currently";
    }

    /// <summary>The <c>DisruptionAllowed</c> condition set to a new status, its transition time kept when unchanged.</summary>
    private List<Condition> WithCondition(IReadOnlyList<Condition> conditions, string status, string reason, long? generation)
    {
        var next = new List<Condition>(conditions.Count + 1);
        var found = false;
        foreach (var c in conditions)
        {
            if (c.Type != "DisruptionAllowed")
            {
                next.Add(c);
                continue;
            }

            found = true;
            next.Add(c with
            {
                Status = status,
                Reason = reason,
                Message = string.Empty,
                ObservedGeneration = generation,
                LastTransitionTime = c.Status == status ? c.LastTransitionTime : Timestamp,
            });
        }

        if (!found)
        {
            next.Add(new Condition { Type = "DisruptionAllowed", Status = status, Reason = reason, Message = string.Empty, ObservedGeneration = generation, LastTransitionTime = Timestamp });
        }

        return next;
    }

    /// <summary>The pod's <c>DisruptionTarget=True</c> condition (EvictionByEvictionAPI), written before the delete.</summary>
    private void WriteDisruptionTarget(string key)
    {
        var pod = (Pod)Store.Get(key)!;
        var status = pod.Status ?? new PodStatus();
        var conditions = new List<PodCondition>(status.Conditions.Count + 1);
        var target = new PodCondition
        {
            Type = PodConditionTypes.DisruptionTarget,
            Status = ConditionStatuses.True,
            LastTransitionTime = Timestamp,
            Reason = "EvictionByEvictionAPI",
            Message = "Eviction API: evicting",
        };
        var replaced = false;
        foreach (var c in status.Conditions)
        {
            if (c.Type == PodConditionTypes.DisruptionTarget)
            {
                conditions.Add(c.Status == ConditionStatuses.True ? c with { Reason = target.Reason, Message = target.Message } : target);
                replaced = true;
            }
            else
            {
                conditions.Add(c);
            }
        }

        if (!replaced)
        {
            conditions.Add(target);
        }

        Store.Update(key, pod with { Status = status with { Conditions = conditions } });
    }

    private static ApiStatusException TooManyRequests(string cause, int retryAfterSeconds) =>
        new(ApiStatusReason.TooManyRequests, CannotEvict)
        {
            OtherCauses = ["DisruptionBudget: " + cause],
            RetryAfterSeconds = retryAfterSeconds,
        };

    private static ApiStatusException BudgetForbidden(string? pdb, string reason) =>
        new(ApiStatusReason.Forbidden, "poddisruptionbudget.policy \"" + pdb + "\" is forbidden: " + reason);
}
