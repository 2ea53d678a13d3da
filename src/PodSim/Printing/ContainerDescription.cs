using System.Globalization;
using PodSim.Model;

namespace PodSim.Printing;

/// <summary>The container blocks of <c>kubectl describe pod</c> (<c>describeContainers</c> and its helpers).</summary>
internal static class ContainerDescription
{
    /// <summary>Writes a titled list of containers, each with its status when one has the same name.</summary>
    public static void Write(DescribeWriter w, string label, IReadOnlyList<Container> containers, IReadOnlyList<ContainerStatus> statuses, Pod pod)
    {
        var byName = new Dictionary<string, ContainerStatus>(StringComparer.Ordinal);
        foreach (var status in statuses)
        {
            byName[status.Name ?? string.Empty] = status;
        }

        w.Write(0, label + ":" + (containers.Count == 0 ? " <none>" : string.Empty) + "\n");
        foreach (var container in containers)
        {
            var status = byName.GetValueOrDefault(container.Name ?? string.Empty);
            WriteBasicInfo(w, container, status);
            WriteCommand(w, container);
            if (status is not null)
            {
                WriteState(w, status);
            }

            WriteResources(w, container.Resources, 2);
            WriteProbes(w, container);
            if (container.EnvFrom.Count > 0)
            {
                WriteEnvFrom(w, container);
            }

            WriteEnv(w, container, pod);
            WriteMounts(w, container);
        }
    }

    /// <summary>Writes <c>Limits:</c> and <c>Requests:</c> with resources sorted by name (<c>describeResources</c>).</summary>
    public static void WriteResources(DescribeWriter w, ResourceRequirements? resources, int level)
    {
        if (resources is null)
        {
            return;
        }

        WriteResourceList(w, "Limits", resources.Limits, level);
        WriteResourceList(w, "Requests", resources.Requests, level);
    }

    private static void WriteResourceList(DescribeWriter w, string title, IReadOnlyDictionary<string, Quantity> list, int level)
    {
        if (list.Count > 0)
        {
            w.Write(level, title + ":\n");
        }

        foreach (var name in DescribeFormat.SortedKeys(list))
        {
            w.Write(level + 1, name + ":\t" + list[name] + "\n");
        }
    }

    private static void WriteBasicInfo(DescribeWriter w, Container container, ContainerStatus? status)
    {
        w.Write(1, container.Name + ":\n");
        if (status is not null)
        {
            w.Write(2, "Container ID:\t" + status.ContainerID + "\n");
        }

        w.Write(2, "Image:\t" + container.Image + "\n");
        if (status is not null)
        {
            w.Write(2, "Image ID:\t" + status.ImageID + "\n");
        }

        var ports = PortList(container.Ports, host: false);
        w.Write(2, ports.Contains(',', StringComparison.Ordinal) ? "Ports:\t" + ports + "\n" : "Port:\t" + OrNone(ports) + "\n");
        var hostPorts = PortList(container.Ports, host: true);
        w.Write(2, hostPorts.Contains(',', StringComparison.Ordinal) ? "Host Ports:\t" + hostPorts + "\n" : "Host Port:\t" + OrNone(hostPorts) + "\n");
        if (container.SecurityContext?.SeccompProfile is { } seccomp)
        {
            w.Write(2, "SeccompProfile:\t" + seccomp.Type + "\n");
            if (seccomp.Type == "Localhost")
            {
                w.Write(3, "LocalhostProfile:\t" + seccomp.LocalhostProfile + "\n");
            }
        }
    }

    private static string PortList(IReadOnlyList<ContainerPort> ports, bool host)
    {
        var parts = new List<string>(ports.Count);
        foreach (var port in ports)
        {
            var number = host ? port.HostPort ?? 0 : port.Port ?? 0;
            var text = DescribeFormat.Int(number) + "/" + port.Protocol;
            parts.Add(string.IsNullOrEmpty(port.Name) ? text : text + " (" + port.Name + ")");
        }

        return string.Join(", ", parts);
    }

    private static void WriteCommand(DescribeWriter w, Container container)
    {
        WriteLines(w, "Command", container.Command);
        WriteLines(w, "Args", container.Args);
    }

    private static void WriteLines(DescribeWriter w, string title, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        w.Write(2, title + ":\n");
        foreach (var item in items)
        {
            foreach (var line in item.Split('\n'))
            {
                w.Write(3, line + "\n");
            }
        }
    }

    private static void WriteState(DescribeWriter w, ContainerStatus status)
    {
        WriteOneState(w, "State", status.State);
        if (status.LastState?.Terminated is not null)
        {
            WriteOneState(w, "Last State", status.LastState);
        }

        w.Write(2, "Ready:\t" + DescribeFormat.TitleBool(status.Ready) + "\n");
        w.Write(2, "Restart Count:\t" + DescribeFormat.Int(status.RestartCount ?? 0) + "\n");
    }

    private static void WriteOneState(DescribeWriter w, string name, ContainerState? state)
    {
        if (state?.Running is { } running)
        {
            w.Write(2, name + ":\tRunning\n");
            w.Write(3, "Started:\t" + DescribeFormat.Rfc1123Z(running.StartedAt) + "\n");
        }
        else if (state?.Waiting is { } waiting)
        {
            w.Write(2, name + ":\tWaiting\n");
            if (!string.IsNullOrEmpty(waiting.Reason))
            {
                w.Write(3, "Reason:\t" + waiting.Reason + "\n");
            }
        }
        else if (state?.Terminated is { } terminated)
        {
            w.Write(2, name + ":\tTerminated\n");
            if (!string.IsNullOrEmpty(terminated.Reason))
            {
                w.Write(3, "Reason:\t" + terminated.Reason + "\n");
            }

            if (!string.IsNullOrEmpty(terminated.Message))
            {
                w.Write(3, "Message:\t" + terminated.Message + "\n");
            }

            w.Write(3, "Exit Code:\t" + DescribeFormat.Int(terminated.ExitCode ?? 0) + "\n");
            if ((terminated.Signal ?? 0) > 0)
            {
                w.Write(3, "Signal:\t" + DescribeFormat.Int(terminated.Signal ?? 0) + "\n");
            }

            w.Write(3, "Started:\t" + DescribeFormat.Rfc1123Z(terminated.StartedAt) + "\n");
            w.Write(3, "Finished:\t" + DescribeFormat.Rfc1123Z(terminated.FinishedAt) + "\n");
        }
        else
        {
            w.Write(2, name + ":\tWaiting\n");
        }
    }

    private static void WriteProbes(DescribeWriter w, Container container)
    {
        if (container.LivenessProbe is { } liveness)
        {
            w.Write(2, "Liveness:\t" + ProbeDescriber.Describe(liveness) + "\n");
        }

        if (container.ReadinessProbe is { } readiness)
        {
            w.Write(2, "Readiness:\t" + ProbeDescriber.Describe(readiness) + "\n");
        }

        if (container.StartupProbe is { } startup)
        {
            w.Write(2, "Startup:\t" + ProbeDescriber.Describe(startup) + "\n");
        }
    }

    private static void WriteEnvFrom(DescribeWriter w, Container container)
    {
        w.Write(2, "Environment Variables from:\n");
        foreach (var source in container.EnvFrom)
        {
            var from = string.Empty;
            var name = string.Empty;
            var optional = false;
            if (source.ConfigMapRef is { } configMap)
            {
                (from, name, optional) = ("ConfigMap", configMap.Name ?? string.Empty, configMap.Optional == true);
            }
            else if (source.SecretRef is { } secret)
            {
                (from, name, optional) = ("Secret", secret.Name ?? string.Empty, secret.Optional == true);
            }

            var kind = string.IsNullOrEmpty(source.Prefix) ? from : from + " with prefix '" + source.Prefix + "'";
            w.Write(3, name + "\t" + kind + "\tOptional: " + DescribeFormat.GoBool(optional) + "\n");
        }
    }

    private static void WriteEnv(DescribeWriter w, Container container, Pod pod)
    {
        w.Write(2, "Environment:" + (container.Env.Count == 0 ? "\t<none>" : string.Empty) + "\n");
        foreach (var env in container.Env)
        {
            if (env.ValueFrom is not { } from)
            {
                var lines = (env.Value ?? string.Empty).Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    w.Write(3, (i == 0 ? env.Name + ":\t" : "\t") + lines[i] + "\n");
                }

                continue;
            }

            if (from.FieldRef is { } field)
            {
                w.Write(3, env.Name + ":\t" + FieldValue(field, pod) + " (" + field.ApiVersion + ":" + field.FieldPath + ")\n");
            }
            else if (from.ResourceFieldRef is { } resource)
            {
                var value = ResourceValue(resource, container);
                if (value == "0" && resource.Resource is "limits.cpu" or "limits.memory")
                {
                    value = "node allocatable";
                }

                w.Write(3, env.Name + ":\t" + value + " (" + resource.Resource + ")\n");
            }
            else if (from.SecretKeyRef is { } secret)
            {
                w.Write(3, env.Name + ":\t<set to the key '" + secret.Key + "' in secret '" + secret.Name + "'>\tOptional: " + DescribeFormat.GoBool(secret.Optional) + "\n");
            }
            else if (from.ConfigMapKeyRef is { } configMap)
            {
                w.Write(3, env.Name + ":\t<set to the key '" + configMap.Key + "' of config map '" + configMap.Name + "'>\tOptional: " + DescribeFormat.GoBool(configMap.Optional) + "\n");
            }
        }
    }

    /// <summary>
    /// kubectl resolves a field reference only through the generic field-label conversion, which knows
    /// <c>metadata.name</c> and <c>metadata.namespace</c>; other paths (such as <c>status.podIP</c>) print empty.
    /// </summary>
    private static string FieldValue(ObjectFieldSelector field, Pod pod) => field.FieldPath switch
    {
        "metadata.name" => pod.Metadata.Name ?? string.Empty,
        "metadata.namespace" => pod.Metadata.Namespace ?? string.Empty,
        _ => string.Empty,
    };

    /// <summary>kubectl's <c>ExtractContainerResourceValue</c>: the container's value divided by the divisor, rounded up.</summary>
    private static string ResourceValue(ResourceFieldSelector selector, Container container)
    {
        var divisor = selector.Divisor is { IsZero: false } d ? d : Quantity.FromValue(1);
        var resource = selector.Resource ?? string.Empty;
        var dot = resource.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return string.Empty;
        }

        var kind = resource[..dot];
        var name = resource[(dot + 1)..];
        var supported = name is "cpu" or "memory" or "ephemeral-storage" || name.StartsWith("hugepages-", StringComparison.Ordinal);
        if (kind is not ("limits" or "requests") || !supported)
        {
            return string.Empty;
        }

        var list = kind == "limits" ? container.Resources?.Limits : container.Resources?.Requests;
        var quantity = list is not null && list.TryGetValue(name, out var q) ? q : Quantity.Zero;
        var value = name == "cpu"
            ? Math.Ceiling((double)quantity.MilliValue() / divisor.MilliValue())
            : Math.Ceiling((double)quantity.Value() / divisor.Value());
        return ((long)value).ToString(CultureInfo.InvariantCulture);
    }

    private static void WriteMounts(DescribeWriter w, Container container)
    {
        var none = container.VolumeMounts.Count == 0 ? "\t<none>" : string.Empty;
        w.Write(2, "Mounts:" + none + "\n");
        foreach (var mount in container.VolumeMounts.OrderBy(m => m.MountPath ?? string.Empty, StringComparer.Ordinal))
        {
            var flags = mount.ReadOnly == true ? "ro" : "rw";
            if (!string.IsNullOrEmpty(mount.SubPath))
            {
                flags += ",path=" + DescribeFormat.GoQuote(mount.SubPath);
            }

            w.Write(3, mount.MountPath + " from " + mount.Name + " (" + flags + ")\n");
        }

        if (container.VolumeDevices.Count > 0)
        {
            // Upstream reuses the mounts' "<none>" marker here.
            w.Write(2, "Devices:" + none + "\n");
            foreach (var device in container.VolumeDevices.OrderBy(d => d.DevicePath ?? string.Empty, StringComparer.Ordinal))
            {
                w.Write(3, device.DevicePath + " from " + device.Name + "\n");
            }
        }
    }

    private static string OrNone(string text) => text.Length == 0 ? "<none>" : text;
}
