using System.Globalization;
using PodSim.Model;

namespace PodSim.Validation;

/// <summary>Container list checks (<c>validateContainers</c>, <c>validateInitContainers</c>, <c>validateEphemeralContainers</c>).</summary>
internal static class ContainerValidation
{
    private const string EphemeralForbidden = "cannot be set for an Ephemeral Container";

    public static List<FieldError> ValidateContainers(IReadOnlyList<Container> containers, PodSpecContext ctx, FieldPath path)
    {
        var errs = new List<FieldError>();
        if (containers.Count == 0)
        {
            errs.Add(FieldError.Required(path));
            return errs;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < containers.Count; i++)
        {
            var ctr = containers[i];
            var p = path.Index(i);
            errs.AddRange(ValidateContainerCommon(ctr, ctx, p));
            var name = ctr.Name ?? string.Empty;
            if (!names.Add(name))
            {
                errs.Add(FieldError.Duplicate(p.Child("name"), name));
            }

            if (ctr.Lifecycle is not null)
            {
                errs.AddRange(ProbeValidation.ValidateLifecycle(ctr.Lifecycle, ctx.GracePeriod, p.Child("lifecycle")));
            }

            errs.AddRange(ProbeValidation.ValidateLivenessProbe(ctr.LivenessProbe, ctx.GracePeriod, p.Child("livenessProbe")));
            errs.AddRange(ProbeValidation.ValidateReadinessProbe(ctr.ReadinessProbe, ctx.GracePeriod, p.Child("readinessProbe")));
            errs.AddRange(ProbeValidation.ValidateStartupProbe(ctr.StartupProbe, ctx.GracePeriod, p.Child("startupProbe")));
            if (ctr.RestartPolicy is not null)
            {
                errs.Add(FieldError.Forbidden(p.Child("restartPolicy"), "may not be set for non-init containers"));
            }

            AddRestartRulesGateError(errs, ctr, p);
        }

        errs.AddRange(CheckHostPortConflicts(containers, 0, containers.Count, path));
        return errs;
    }

    public static List<FieldError> ValidateInitContainers(IReadOnlyList<Container> inits, IReadOnlyList<Container> regular, PodSpecContext ctx, FieldPath path)
    {
        var errs = new List<FieldError>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in regular)
        {
            names.Add(c.Name ?? string.Empty);
        }

        for (var i = 0; i < inits.Count; i++)
        {
            var ctr = inits[i];
            var p = path.Index(i);
            errs.AddRange(ValidateContainerCommon(ctr, ctx, p));
            var restartAlways = false;
            if (ctr.RestartPolicy is { } rp)
            {
                if (rp != RestartPolicies.Always)
                {
                    errs.Add(FieldError.NotSupported(p.Child("restartPolicy"), rp, RestartPolicies.Always));
                }

                restartAlways = rp == RestartPolicies.Always;
            }

            AddRestartRulesGateError(errs, ctr, p);
            var name = ctr.Name ?? string.Empty;
            if (names.Contains(name))
            {
                errs.Add(FieldError.Duplicate(p.Child("name"), name));
            }
            else if (name.Length > 0)
            {
                names.Add(name);
            }

            errs.AddRange(CheckHostPortConflicts(inits, i, i + 1, path));
            if (restartAlways)
            {
                if (ctr.Lifecycle is not null)
                {
                    errs.AddRange(ProbeValidation.ValidateLifecycle(ctr.Lifecycle, ctx.GracePeriod, p.Child("lifecycle")));
                }

                errs.AddRange(ProbeValidation.ValidateLivenessProbe(ctr.LivenessProbe, ctx.GracePeriod, p.Child("livenessProbe")));
                errs.AddRange(ProbeValidation.ValidateReadinessProbe(ctr.ReadinessProbe, ctx.GracePeriod, p.Child("readinessProbe")));
                errs.AddRange(ProbeValidation.ValidateStartupProbe(ctr.StartupProbe, ctx.GracePeriod, p.Child("startupProbe")));
            }
            else
            {
                const string NotSidecar = "may not be set for init containers without restartPolicy=Always";
                if (ctr.Lifecycle is not null)
                {
                    errs.Add(FieldError.Forbidden(p.Child("lifecycle"), NotSidecar));
                }

                if (ctr.LivenessProbe is not null)
                {
                    errs.Add(FieldError.Forbidden(p.Child("livenessProbe"), NotSidecar));
                }

                if (ctr.ReadinessProbe is not null)
                {
                    errs.Add(FieldError.Forbidden(p.Child("readinessProbe"), NotSidecar));
                }

                if (ctr.StartupProbe is not null)
                {
                    errs.Add(FieldError.Forbidden(p.Child("startupProbe"), NotSidecar));
                }
            }
        }

        return errs;
    }

    public static List<FieldError> ValidateEphemeralContainers(IReadOnlyList<EphemeralContainer> ephemeral, IReadOnlyList<Container> regular, IReadOnlyList<Container> inits, PodSpecContext ctx, FieldPath path)
    {
        var errs = new List<FieldError>();
        if (ephemeral.Count == 0)
        {
            return errs;
        }

        var others = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in regular)
        {
            others.Add(c.Name ?? string.Empty);
        }

        foreach (var c in inits)
        {
            others.Add(c.Name ?? string.Empty);
        }

        var all = new HashSet<string>(others, StringComparer.Ordinal);
        for (var i = 0; i < ephemeral.Count; i++)
        {
            var ec = ephemeral[i];
            var p = path.Index(i);
            Container c = ec;
            errs.AddRange(ValidateContainerCommon(c, ctx, p));
            errs.AddRange(ValidateContainerOnlyForPod(c, p));
            var name = ec.Name ?? string.Empty;
            if (!all.Add(name))
            {
                errs.Add(FieldError.Duplicate(p.Child("name"), name));
            }

            if (!string.IsNullOrEmpty(ec.TargetContainerName) && !others.Contains(ec.TargetContainerName))
            {
                errs.Add(FieldError.NotFound(p.Child("targetContainerName"), ec.TargetContainerName));
            }

            if (ec.Ports.Count > 0)
            {
                errs.Add(FieldError.Forbidden(p.Child("ports"), EphemeralForbidden));
            }

            if (ec.Resources is { } r && (r.Limits.Count > 0 || r.Requests.Count > 0 || r.Claims.Count > 0))
            {
                errs.Add(FieldError.Forbidden(p.Child("resources"), EphemeralForbidden));
            }

            if (ec.ResizePolicy.Count > 0)
            {
                errs.Add(FieldError.Forbidden(p.Child("resizePolicy"), EphemeralForbidden));
            }

            if (ec.RestartPolicy is not null)
            {
                errs.Add(FieldError.Forbidden(p.Child("restartPolicy"), EphemeralForbidden));
            }

            if (ec.LivenessProbe is not null)
            {
                errs.Add(FieldError.Forbidden(p.Child("livenessProbe"), EphemeralForbidden));
            }

            if (ec.ReadinessProbe is not null)
            {
                errs.Add(FieldError.Forbidden(p.Child("readinessProbe"), EphemeralForbidden));
            }

            if (ec.StartupProbe is not null)
            {
                errs.Add(FieldError.Forbidden(p.Child("startupProbe"), EphemeralForbidden));
            }

            if (ec.Lifecycle is not null)
            {
                errs.Add(FieldError.Forbidden(p.Child("lifecycle"), EphemeralForbidden));
            }

            for (var j = 0; j < ec.VolumeMounts.Count; j++)
            {
                if (!string.IsNullOrEmpty(ec.VolumeMounts[j].SubPath))
                {
                    errs.Add(FieldError.Forbidden(p.Child("volumeMounts").Index(j).Child("subPath"), EphemeralForbidden));
                }

                if (!string.IsNullOrEmpty(ec.VolumeMounts[j].SubPathExpr))
                {
                    errs.Add(FieldError.Forbidden(p.Child("volumeMounts").Index(j).Child("subPathExpr"), EphemeralForbidden));
                }
            }
        }

        return errs;
    }

    public static List<FieldError> ValidateContainersOnlyForPod(IReadOnlyList<Container> containers, FieldPath path)
    {
        var errs = new List<FieldError>();
        for (var i = 0; i < containers.Count; i++)
        {
            errs.AddRange(ValidateContainerOnlyForPod(containers[i], path.Index(i)));
        }

        return errs;
    }

    public static List<FieldError> ValidateHostNetworkDeps(PodSpec spec, bool isPod, FieldPath path)
    {
        var errs = new List<FieldError>();
        if (spec.HostNetwork != true)
        {
            return errs;
        }

        var cpath = path.Child("containers");
        for (var i = 0; i < spec.Containers.Count; i++)
        {
            var ports = spec.Containers[i].Ports;
            for (var j = 0; j < ports.Count; j++)
            {
                var hp = ports[j].HostPort ?? 0;
                var cp = ports[j].Port ?? 0;
                if ((isPod || hp != 0) && hp != cp)
                {
                    errs.Add(FieldError.Invalid(cpath.Index(i).Child("ports").Index(j).Child("hostPort"), hp, "must match `containerPort` when `hostNetwork` is true"));
                }
            }
        }

        return errs;
    }

    private static void AddRestartRulesGateError(List<FieldError> errs, Container ctr, FieldPath p)
    {
        // ContainerRestartRules is alpha (off by default): PodSim rejects the field instead of dropping it silently.
        if (ctr.RestartPolicyRules.Count > 0)
        {
            errs.Add(FieldError.Forbidden(p.Child("restartPolicyRules"), "may not be set: the ContainerRestartRules feature gate is disabled"));
        }
    }

    private static List<FieldError> ValidateContainerOnlyForPod(Container ctr, FieldPath p)
    {
        var errs = new List<FieldError>();
        var image = ctr.Image ?? string.Empty;
        if (image.Length != image.Trim().Length)
        {
            errs.Add(FieldError.Invalid(p.Child("image"), image, "must not have leading or trailing whitespace"));
        }

        return errs;
    }

    private static List<FieldError> ValidateContainerCommon(Container ctr, PodSpecContext ctx, FieldPath path)
    {
        var errs = new List<FieldError>();
        var name = ctr.Name ?? string.Empty;
        if (name.Length == 0)
        {
            errs.Add(FieldError.Required(path.Child("name")));
        }
        else
        {
            VolumeValidation.AddInvalid(errs, path.Child("name"), name, NameValidation.IsDns1123Label(name));
        }

        if (string.IsNullOrEmpty(ctr.Image))
        {
            errs.Add(FieldError.Required(path.Child("image")));
        }

        switch (ctr.TerminationMessagePolicy ?? string.Empty)
        {
            case TerminationMessagePolicies.File or TerminationMessagePolicies.FallbackToLogsOnError:
                break;
            case "":
                errs.Add(FieldError.Required(path.Child("terminationMessagePolicy")));
                break;
            default:
                errs.Add(FieldError.NotSupported(path.Child("terminationMessagePolicy"), ctr.TerminationMessagePolicy,
                    TerminationMessagePolicies.File, TerminationMessagePolicies.FallbackToLogsOnError));
                break;
        }

        errs.AddRange(ValidatePorts(ctr.Ports, path.Child("ports")));
        errs.AddRange(EnvValidation.ValidateEnv(ctr.Env, path.Child("env")));
        errs.AddRange(EnvValidation.ValidateEnvFrom(ctr.EnvFrom, path.Child("envFrom")));
        errs.AddRange(VolumeValidation.ValidateVolumeMounts(ctr, ctx.Volumes, path.Child("volumeMounts")));
        errs.AddRange(VolumeValidation.ValidateVolumeDevices(ctr, ctx.Volumes, path.Child("volumeDevices")));
        switch (ctr.ImagePullPolicy ?? string.Empty)
        {
            case PullPolicies.Always or PullPolicies.IfNotPresent or PullPolicies.Never:
                break;
            case "":
                errs.Add(FieldError.Required(path.Child("imagePullPolicy")));
                break;
            default:
                errs.Add(FieldError.NotSupported(path.Child("imagePullPolicy"), ctr.ImagePullPolicy, PullPolicies.Always, PullPolicies.IfNotPresent, PullPolicies.Never));
                break;
        }

        errs.AddRange(ResourceValidation.ValidateContainerResources(ctr.Resources, path.Child("resources")));
        errs.AddRange(ValidateResizePolicy(ctr.ResizePolicy, path.Child("resizePolicy"), ctx.RestartPolicy));
        errs.AddRange(SecurityValidation.ValidateSecurityContext(ctr.SecurityContext, path.Child("securityContext"), ctx.HostUsers));
        return errs;
    }

    private static List<FieldError> ValidatePorts(IReadOnlyList<ContainerPort> ports, FieldPath path)
    {
        var errs = new List<FieldError>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ports.Count; i++)
        {
            var port = ports[i];
            var idx = path.Index(i);
            var name = port.Name ?? string.Empty;
            if (name.Length > 0)
            {
                var msgs = NameValidation.IsValidPortName(name);
                if (msgs.Count > 0)
                {
                    VolumeValidation.AddInvalid(errs, idx.Child("name"), name, msgs);
                }
                else if (!names.Add(name))
                {
                    errs.Add(FieldError.Duplicate(idx.Child("name"), name));
                }
            }

            var cp = port.Port ?? 0;
            if (cp == 0)
            {
                errs.Add(FieldError.Required(idx.Child("containerPort")));
            }
            else
            {
                VolumeValidation.AddInvalid(errs, idx.Child("containerPort"), cp, NameValidation.IsValidPortNum(cp));
            }

            if (port.HostPort is { } hp and not 0)
            {
                VolumeValidation.AddInvalid(errs, idx.Child("hostPort"), hp, NameValidation.IsValidPortNum(hp));
            }

            var protocol = port.Protocol ?? string.Empty;
            if (protocol.Length == 0)
            {
                errs.Add(FieldError.Required(idx.Child("protocol")));
            }
            else if (protocol is not (Protocols.Tcp or Protocols.Udp or Protocols.Sctp))
            {
                errs.Add(FieldError.NotSupported(idx.Child("protocol"), protocol, Protocols.Sctp, Protocols.Tcp, Protocols.Udp));
            }
        }

        return errs;
    }

    private static List<FieldError> ValidateResizePolicy(IReadOnlyList<ContainerResizePolicy> policies, FieldPath path, string? podRestartPolicy)
    {
        var errs = new List<FieldError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < policies.Count; i++)
        {
            var p = policies[i];
            var resource = p.ResourceName ?? string.Empty;
            var restart = p.RestartPolicy ?? string.Empty;
            if (!seen.Add(resource))
            {
                errs.Add(FieldError.Duplicate(path.Index(i), resource));
            }

            switch (resource)
            {
                case ResourceNames.Cpu or ResourceNames.Memory:
                    break;
                case "":
                    errs.Add(FieldError.Required(path));
                    break;
                default:
                    errs.Add(FieldError.NotSupported(path, resource, ResourceNames.Cpu, ResourceNames.Memory));
                    break;
            }

            switch (restart)
            {
                case "NotRequired" or "RestartContainer":
                    break;
                case "":
                    errs.Add(FieldError.Required(path));
                    break;
                default:
                    errs.Add(FieldError.NotSupported(path, restart, "NotRequired", "RestartContainer"));
                    break;
            }

            if (podRestartPolicy == RestartPolicies.Never && restart != "NotRequired")
            {
                errs.Add(FieldError.Invalid(path, restart, "must be 'NotRequired' when `restartPolicy` is 'Never'"));
            }
        }

        return errs;
    }

    private static List<FieldError> CheckHostPortConflicts(IReadOnlyList<Container> containers, int from, int to, FieldPath path)
    {
        var errs = new List<FieldError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var ci = from; ci < to; ci++)
        {
            var ports = containers[ci].Ports;
            for (var pi = 0; pi < ports.Count; pi++)
            {
                var hp = ports[pi].HostPort ?? 0;
                if (hp == 0)
                {
                    continue;
                }

                var key = string.Create(CultureInfo.InvariantCulture, $"{ports[pi].Protocol}/{ports[pi].HostIP}/{hp}");
                if (!seen.Add(key))
                {
                    errs.Add(FieldError.Duplicate(path.Index(ci).Child("ports").Index(pi).Child("hostPort"), key));
                }
            }
        }

        return errs;
    }
}

/// <summary>What container validation needs to know about the surrounding pod spec.</summary>
internal sealed record PodSpecContext(IReadOnlyDictionary<string, Volume> Volumes, long? GracePeriod, string? RestartPolicy, bool HostUsers);
