using PodSim.Defaulting;
using PodSim.Model;
using PodSim.Qos;
using PodSim.Validation;

namespace PodSim.Admission;

/// <summary>
/// The API server's handling of a pod create request between decoding and storage, as a pure function: API defaults,
/// the mutating admission plugins, object validation, then the validating admission plugins, each in the order of the
/// API server's default plugin chain. The first refusal stops the chain, as it does upstream.
/// </summary>
/// <remarks>
/// <para>Mutating phase, in order:</para>
/// <list type="number">
/// <item><description>LimitRanger: Container-type defaults from each LimitRange (sorted by name) fill missing requests
/// and limits and set the <c>kubernetes.io/limit-ranger</c> annotation.</description></item>
/// <item><description>ServiceAccount: <c>serviceAccountName</c> <c>default</c> (already applied by
/// <see cref="ApiDefaults.ApplyPod"/>), the <c>kube-api-access-</c> token volume and its read-only mount at
/// <c>/var/run/secrets/kubernetes.io/serviceaccount</c> in every init and app container (unless
/// <c>automountServiceAccountToken</c> is false on the pod or its ServiceAccount), and the account's image pull
/// secrets for a pod that names none.</description></item>
/// <item><description>Priority: <c>priorityClassName</c> (or the global default class) sets <c>priority</c> and
/// <c>preemptionPolicy</c>.</description></item>
/// <item><description>DefaultTolerationSeconds: the 300-second not-ready and unreachable NoExecute tolerations.</description></item>
/// <item><description>RuntimeClass: overhead, node selector and tolerations of the pod's RuntimeClass.</description></item>
/// </list>
/// <para>Then, as the pod registry's <c>PrepareForCreate</c> does, <c>metadata.generation</c> becomes 1 and the
/// status is replaced by phase <c>Pending</c> and the QoS class (<see cref="QosRules"/>).</para>
/// <para>Then <see cref="ObjectValidator"/> validates the mutated pod (<c>Pod "x" is invalid: ...</c>), for example a
/// LimitRange default request above a limit the container sets.</para>
/// <para>Validating phase, in order: LimitRanger (min, max, maxLimitRequestRatio of every LimitRange, sorted by name;
/// the first range with violations refuses), RuntimeClass (overhead), ResourceQuota (last).</para>
/// </remarks>
internal static class PodAdmission
{
    /// <summary>Runs the admission chain on a pod being created.</summary>
    /// <param name="pod">
    /// The pod as submitted; API defaults are applied first (idempotently). Its name (else generateName) is quoted in
    /// messages, so give it its final name.
    /// </param>
    /// <param name="context">The cluster objects the plugins read.</param>
    /// <returns>The mutated pod and the refusal, if any.</returns>
    public static AdmissionResult Admit(Pod pod, AdmissionContext context)
    {
        ArgumentNullException.ThrowIfNull(pod);
        ArgumentNullException.ThrowIfNull(context);
        var current = ApiDefaults.ApplyPod(pod);
        var ns = AdmissionObjects.NamespaceOf(current);
        var limitRanges = AdmissionObjects.Select(context.LimitRanges, ns);

        foreach (var limitRange in limitRanges)
        {
            current = LimitRangeRules.Mutate(current, limitRange);
        }

        current = ServiceAccountRules.Mutate(current, AdmissionObjects.Select(context.ServiceAccounts, ns), context.GenerateName);
        var step = PriorityRules.Mutate(current, context.PriorityClasses);
        if (step.Error is not null)
        {
            return Refuse(current, AdmissionPlugins.Priority, step.Error);
        }

        current = DefaultTolerationRules.Mutate(step.Pod);
        step = RuntimeClassRules.Mutate(current, context.RuntimeClasses);
        if (step.Error is not null)
        {
            return Refuse(current, AdmissionPlugins.RuntimeClass, step.Error);
        }

        current = PrepareForCreate(step.Pod);
        var fieldErrors = ObjectValidator.ValidateDefaulted(current);
        if (fieldErrors.Count > 0)
        {
            var messages = new List<string>(fieldErrors.Count);
            foreach (var error in fieldErrors)
            {
                messages.Add(error.ToString());
            }

            return new AdmissionResult(current, [AdmissionError.Invalid(current, AdmissionObjects.Aggregate(messages))]);
        }

        foreach (var limitRange in limitRanges)
        {
            var violations = LimitRangeRules.Validate(current, limitRange);
            if (violations.Count > 0)
            {
                return Refuse(current, AdmissionPlugins.LimitRanger, AdmissionObjects.Aggregate(violations));
            }
        }

        if (RuntimeClassRules.Validate(current, context.RuntimeClasses) is { } overheadError)
        {
            return Refuse(current, AdmissionPlugins.RuntimeClass, overheadError);
        }

        var quotas = AdmissionObjects.Select(context.ResourceQuotas, ns);
        var pods = AdmissionObjects.Select(context.Pods, ns);
        if (ResourceQuotaRules.Validate(current, quotas, pods, context.Now) is { } quotaError)
        {
            return Refuse(current, AdmissionPlugins.ResourceQuota, quotaError);
        }

        return new AdmissionResult(current, []);
    }

    // The pod registry's PrepareForCreate, between the two admission phases: generation 1 and a fresh status with
    // phase Pending and the QoS class. Like upstream's GetPodQOS, a class already in the submitted status is kept.
    private static Pod PrepareForCreate(Pod pod)
    {
        var qos = pod.Status?.QosClass;
        if (string.IsNullOrEmpty(qos))
        {
            qos = QosRules.ComputeDefaultedPodQos(pod.Spec ?? new PodSpec());
        }

        return pod with
        {
            Metadata = pod.Metadata with { Generation = 1 },
            Status = new PodStatus { Phase = PodPhases.Pending, QosClass = qos },
        };
    }

    private static AdmissionResult Refuse(Pod pod, string plugin, string detail) =>
        new(pod, [AdmissionError.Forbidden(plugin, pod, detail)]);
}
