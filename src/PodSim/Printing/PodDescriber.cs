using PodSim.Model;
using PodSim.Qos;

namespace PodSim.Printing;

/// <summary>
/// Renders <c>kubectl describe pod</c> (<c>describePod</c> in kubectl's <c>pkg/describe</c>, as of kubectl
/// 1.35–1.36): the header fields, init/app/ephemeral container blocks, readiness gates, conditions, volumes, QoS
/// class, node selectors, tolerations, topology spread constraints and the events table. Values line up in columns
/// aligned like Go's tab writer (minimum width 0, padding 2), and ages are measured against an explicit now.
/// </summary>
public static class PodDescriber
{
    /// <summary>Describes a pod.</summary>
    /// <param name="pod">The pod.</param>
    /// <param name="events">
    /// The events to list; those whose involved object is not this pod (by namespace, name and, when both are set,
    /// uid) are ignored. Null leaves the Events section out, like <c>--show-events=false</c>.
    /// </param>
    /// <param name="now">The current (virtual) time, for event ages and <c>Terminating (lasts …)</c>.</param>
    /// <returns>The description, each line ending in a newline.</returns>
    public static string Describe(Pod pod, IReadOnlyList<Event>? events, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(pod);
        var meta = pod.Metadata;
        var spec = pod.Spec ?? new PodSpec();
        var status = pod.Status ?? new PodStatus();
        var w = new DescribeWriter();

        w.Write(0, "Name:\t" + meta.Name + "\n");
        w.Write(0, "Namespace:\t" + meta.Namespace + "\n");
        if (spec.Priority is { } priority)
        {
            w.Write(0, "Priority:\t" + DescribeFormat.Int(priority) + "\n");
        }

        WriteIfSet(w, "Priority Class Name", spec.PriorityClassName);
        WriteIfSet(w, "Runtime Class Name", spec.RuntimeClassName);
        WriteIfSet(w, "Service Account", spec.ServiceAccountName);
        w.Write(0, string.IsNullOrEmpty(spec.NodeName) ? "Node:\t<none>\n" : "Node:\t" + spec.NodeName + "/" + status.HostIP + "\n");
        if (status.StartTime is { } start)
        {
            w.Write(0, "Start Time:\t" + DescribeFormat.Rfc1123Z(start) + "\n");
        }

        w.WriteLabels("Labels", meta.Labels);
        w.WriteAnnotations("Annotations", meta.Annotations);
        if (meta.DeletionTimestamp is { } deletion && status.Phase != PodPhases.Failed && status.Phase != PodPhases.Succeeded)
        {
            // The deletion timestamp is usually in the future (end of grace), so this often reads "<invalid>", as upstream.
            w.Write(0, "Status:\tTerminating (lasts " + HumanDuration.Since(deletion, now) + ")\n");
            w.Write(0, "Termination Grace Period:\t" + DescribeFormat.Int(meta.DeletionGracePeriodSeconds ?? 0) + "s\n");
        }
        else
        {
            w.Write(0, "Status:\t" + status.Phase + "\n");
        }

        WriteIfSet(w, "Reason", status.Reason);
        WriteIfSet(w, "Message", status.Message);
        if (spec.SecurityContext?.SeccompProfile is { } seccomp)
        {
            w.Write(0, "SeccompProfile:\t" + seccomp.Type + "\n");
            if (seccomp.Type == "Localhost")
            {
                w.Write(0, "LocalhostProfile:\t" + seccomp.LocalhostProfile + "\n");
            }
        }

        w.Write(0, "IP:\t" + status.PodIP + "\n");
        WritePodIPs(w, status);
        if (ControlledBy(meta) is { } owner)
        {
            w.Write(0, "Controlled By:\t" + owner.Kind + "/" + owner.Name + "\n");
        }

        WriteIfSet(w, "NominatedNodeName", status.NominatedNodeName);
        if (spec.Resources is { } podResources)
        {
            w.Write(0, "Resources:\n");
            ContainerDescription.WriteResources(w, podResources, 1);
        }

        if (spec.InitContainers.Count > 0)
        {
            ContainerDescription.Write(w, "Init Containers", spec.InitContainers, status.InitContainerStatuses, pod);
        }

        ContainerDescription.Write(w, "Containers", spec.Containers, status.ContainerStatuses, pod);
        if (spec.EphemeralContainers.Count > 0)
        {
            var ephemeral = new List<Container>(spec.EphemeralContainers.Count);
            foreach (var e in spec.EphemeralContainers)
            {
                ephemeral.Add(e);
            }

            ContainerDescription.Write(w, "Ephemeral Containers", ephemeral, status.EphemeralContainerStatuses, pod);
        }

        WriteReadinessGates(w, spec, status);
        if (status.Conditions.Count > 0)
        {
            // Each value carries a trailing space, as upstream prints it.
            w.Write(0, "Conditions:\n  Type\tStatus\n");
            foreach (var condition in status.Conditions)
            {
                w.Write(1, condition.Type + " \t" + condition.Status + " \n");
            }
        }

        VolumeDescription.Write(w, spec.Volumes);
        var qos = string.IsNullOrEmpty(status.QosClass) ? QosRules.ComputePodQos(spec) : status.QosClass;
        w.Write(0, "QoS Class:\t" + qos + "\n");
        w.WriteLabels("Node-Selectors", spec.NodeSelector);
        WriteTolerations(w, spec.Tolerations);
        WriteTopologySpread(w, spec.TopologySpreadConstraints);
        if (events is not null)
        {
            EventDescription.Write(w, EventDescription.About(pod, events), now);
        }

        return w.ToString();
    }

    private static void WriteIfSet(DescribeWriter w, string title, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            w.Write(0, title + ":\t" + value + "\n");
        }
    }

    private static void WritePodIPs(DescribeWriter w, PodStatus status)
    {
        if (status.PodIPs.Count == 0)
        {
            w.Write(0, "IPs:\t<none>\n");
            return;
        }

        w.Write(0, "IPs:\n");
        foreach (var ip in status.PodIPs)
        {
            w.Write(1, "IP:\t" + ip.IP + "\n");
        }
    }

    private static OwnerReference? ControlledBy(ObjectMeta meta)
    {
        foreach (var owner in meta.OwnerReferences)
        {
            if (owner.Controller == true)
            {
                return owner;
            }
        }

        return null;
    }

    private static void WriteReadinessGates(DescribeWriter w, PodSpec spec, PodStatus status)
    {
        if (spec.ReadinessGates.Count == 0)
        {
            return;
        }

        w.Write(0, "Readiness Gates:\n  Type\tStatus\n");
        foreach (var gate in spec.ReadinessGates)
        {
            var value = "<none>";
            foreach (var condition in status.Conditions)
            {
                if (condition.Type == gate.ConditionType)
                {
                    value = condition.Status ?? string.Empty;
                    break;
                }
            }

            w.Write(1, gate.ConditionType + " \t" + value + " \n");
        }
    }

    private static void WriteTolerations(DescribeWriter w, IReadOnlyList<Toleration> tolerations)
    {
        w.Write(0, "Tolerations:\t");
        if (tolerations.Count == 0)
        {
            w.WriteLine("<none>");
            return;
        }

        var first = true;
        foreach (var t in tolerations.OrderBy(t => t.Key ?? string.Empty, StringComparer.Ordinal))
        {
            if (!first)
            {
                w.Write(0, "\t");
            }

            first = false;
            var text = t.Key ?? string.Empty;
            if (!string.IsNullOrEmpty(t.Value))
            {
                text += "=" + t.Value;
            }

            if (!string.IsNullOrEmpty(t.Effect))
            {
                text += ":" + t.Effect;
            }

            // An Exists toleration without a value tolerates every value; a bare one tolerates everything.
            if (t.Operator == TolerationOperators.Exists && string.IsNullOrEmpty(t.Value))
            {
                text += string.IsNullOrEmpty(t.Key) && string.IsNullOrEmpty(t.Effect) ? "op=Exists" : " op=Exists";
            }

            if (t.TolerationSeconds is { } seconds)
            {
                text += " for " + DescribeFormat.Int(seconds) + "s";
            }

            w.Write(0, text + "\n");
        }
    }

    private static void WriteTopologySpread(DescribeWriter w, IReadOnlyList<TopologySpreadConstraint> constraints)
    {
        if (constraints.Count == 0)
        {
            return;
        }

        w.Write(0, "Topology Spread Constraints:\t");
        var first = true;
        foreach (var c in constraints.OrderBy(c => c.TopologyKey ?? string.Empty, StringComparer.Ordinal))
        {
            if (!first)
            {
                w.Write(0, "\t");
            }

            first = false;
            var text = c.TopologyKey + ":" + c.WhenUnsatisfiable + " when max skew " + DescribeFormat.Int(c.MaxSkew ?? 0) + " is exceeded";
            if (c.LabelSelector is { } selector)
            {
                text += " for selector " + DescribeFormat.LabelSelector(selector);
            }

            w.Write(0, text + "\n");
        }
    }
}
