using PodSim.Model;

namespace PodSim.Validation;

/// <summary>Scheduling and DNS checks: tolerations, affinity, topology spread, DNS config, host aliases, gates and OS.</summary>
internal static class SchedulingValidation
{
    public static List<FieldError> ValidateTolerations(IReadOnlyList<Toleration> tolerations, FieldPath path)
    {
        var errs = new List<FieldError>();
        for (var i = 0; i < tolerations.Count; i++)
        {
            var t = tolerations[i];
            var idx = path.Index(i);
            var key = t.Key ?? string.Empty;
            var op = t.Operator ?? string.Empty;
            var value = t.Value ?? string.Empty;
            var effect = t.Effect ?? string.Empty;
            if (key.Length > 0)
            {
                errs.AddRange(LabelValidation.ValidateLabelName(key, idx.Child("key")));
            }

            if (key.Length == 0 && op != TolerationOperators.Exists)
            {
                errs.Add(FieldError.Invalid(idx.Child("operator"), op, "operator must be Exists when `key` is empty, which means \"match all values and all keys\""));
            }

            if (t.TolerationSeconds is not null && effect != TaintEffects.NoExecute)
            {
                errs.Add(FieldError.Invalid(idx.Child("effect"), effect, "effect must be 'NoExecute' when `tolerationSeconds` is set"));
            }

            switch (op)
            {
                case TolerationOperators.Equal or "":
                    var msgs = NameValidation.IsValidLabelValue(value);
                    if (msgs.Count != 0)
                    {
                        errs.Add(FieldError.Invalid(idx.Child("operator"), value, string.Join(";", msgs)));
                    }

                    break;
                case TolerationOperators.Exists:
                    if (value.Length > 0)
                    {
                        errs.Add(FieldError.Invalid(idx.Child("operator"), value, "value must be empty when `operator` is 'Exists'"));
                    }

                    break;
                default:
                    // Gt and Lt (TaintTolerationComparisonOperators) are alpha and off by default.
                    errs.Add(FieldError.NotSupported(idx.Child("operator"), op, TolerationOperators.Equal, TolerationOperators.Exists));
                    break;
            }

            if (effect.Length > 0 && effect is not (TaintEffects.NoSchedule or TaintEffects.PreferNoSchedule or TaintEffects.NoExecute))
            {
                errs.Add(FieldError.NotSupported(idx.Child("effect"), effect, TaintEffects.NoSchedule, TaintEffects.PreferNoSchedule, TaintEffects.NoExecute));
            }
        }

        return errs;
    }

    public static List<FieldError> ValidateAffinity(Affinity? affinity, FieldPath path)
    {
        var errs = new List<FieldError>();
        if (affinity is null)
        {
            return errs;
        }

        if (affinity.NodeAffinity is { } na)
        {
            var naPath = path.Child("nodeAffinity");
            if (na.RequiredDuringSchedulingIgnoredDuringExecution is { } required)
            {
                var termsPath = naPath.Child("requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms");
                if (required.NodeSelectorTerms.Count == 0)
                {
                    errs.Add(FieldError.Required(termsPath, "must have at least one node selector term"));
                }

                for (var i = 0; i < required.NodeSelectorTerms.Count; i++)
                {
                    errs.AddRange(ValidateNodeSelectorTerm(required.NodeSelectorTerms[i], false, termsPath.Index(i)));
                }
            }

            var prefPath = naPath.Child("preferredDuringSchedulingIgnoredDuringExecution");
            for (var i = 0; i < na.PreferredDuringSchedulingIgnoredDuringExecution.Count; i++)
            {
                var term = na.PreferredDuringSchedulingIgnoredDuringExecution[i];
                var weight = term.Weight ?? 0;
                if (weight is <= 0 or > 100)
                {
                    errs.Add(FieldError.Invalid(prefPath.Index(i).Child("weight"), weight, "must be in the range 1-100"));
                }

                errs.AddRange(ValidateNodeSelectorTerm(term.Preference ?? new NodeSelectorTerm(), true, prefPath.Index(i).Child("preference")));
            }
        }

        if (affinity.PodAffinity is { } pa)
        {
            errs.AddRange(ValidatePodAffinityTerms(pa.RequiredDuringSchedulingIgnoredDuringExecution, pa.PreferredDuringSchedulingIgnoredDuringExecution, path.Child("podAffinity")));
        }

        if (affinity.PodAntiAffinity is { } paa)
        {
            errs.AddRange(ValidatePodAffinityTerms(paa.RequiredDuringSchedulingIgnoredDuringExecution, paa.PreferredDuringSchedulingIgnoredDuringExecution, path.Child("podAntiAffinity")));
        }

        return errs;
    }

    public static List<FieldError> ValidateDnsConfig(PodDnsConfig? config, string? dnsPolicy, FieldPath path)
    {
        var errs = new List<FieldError>();
        if (dnsPolicy == DnsPolicies.None)
        {
            if (config is null)
            {
                errs.Add(FieldError.Required(path, "must provide `dnsConfig` when `dnsPolicy` is None"));
                return errs;
            }

            if (config.Nameservers.Count == 0)
            {
                errs.Add(FieldError.Required(path.Child("nameservers"), "must provide at least one DNS nameserver when `dnsPolicy` is None"));
                return errs;
            }
        }

        if (config is null)
        {
            return errs;
        }

        if (config.Nameservers.Count > 3)
        {
            errs.Add(FieldError.Invalid(path.Child("nameservers"), string.Join(",", config.Nameservers), "must not have more than 3 nameservers"));
        }

        for (var i = 0; i < config.Nameservers.Count; i++)
        {
            VolumeValidation.AddInvalid(errs, path.Child("nameservers").Index(i), config.Nameservers[i], NameValidation.IsValidIP(config.Nameservers[i]));
        }

        if (config.Searches.Count > 32)
        {
            errs.Add(FieldError.Invalid(path.Child("searches"), string.Join(",", config.Searches), "must not have more than 32 search paths"));
        }

        if (string.Join(" ", config.Searches).Length > 2048)
        {
            errs.Add(FieldError.Invalid(path.Child("searches"), string.Join(",", config.Searches), "must not have more than 2048 characters (including spaces) in the search list"));
        }

        for (var i = 0; i < config.Searches.Count; i++)
        {
            // RelaxedDNSSearchValidation is on by default (GA in 1.34): "." is allowed and underscores are accepted.
            var search = config.Searches[i];
            if (search != ".")
            {
                search = search.EndsWith('.') ? search[..^1] : search;
                VolumeValidation.AddInvalid(errs, path.Child("searches").Index(i), search,
                    NameValidation.IsDns1123Subdomain(search.Replace('_', 'a')).Count == 0 ? [] : NameValidation.IsDns1123Subdomain(search));
            }
        }

        for (var i = 0; i < config.Options.Count; i++)
        {
            if (string.IsNullOrEmpty(config.Options[i].Name))
            {
                errs.Add(FieldError.Required(path.Child("options").Index(i), "must not be empty"));
            }
        }

        return errs;
    }

    public static List<FieldError> ValidateTopologySpreadConstraints(IReadOnlyList<TopologySpreadConstraint> constraints, FieldPath path)
    {
        var errs = new List<FieldError>();
        for (var i = 0; i < constraints.Count; i++)
        {
            var c = constraints[i];
            var sub = path.Index(i);
            var maxSkew = c.MaxSkew ?? 0;
            if (maxSkew <= 0)
            {
                errs.Add(FieldError.Invalid(sub.Child("maxSkew"), maxSkew, "must be greater than zero"));
            }

            if (string.IsNullOrEmpty(c.TopologyKey))
            {
                errs.Add(FieldError.Required(sub.Child("topologyKey"), "can not be empty"));
            }

            var action = c.WhenUnsatisfiable ?? string.Empty;
            if (action is not ("DoNotSchedule" or "ScheduleAnyway"))
            {
                errs.Add(FieldError.NotSupported(sub.Child("whenUnsatisfiable"), action, "DoNotSchedule", "ScheduleAnyway"));
            }

            for (var j = i + 1; j < constraints.Count; j++)
            {
                if (constraints[j].TopologyKey == c.TopologyKey && constraints[j].WhenUnsatisfiable == c.WhenUnsatisfiable)
                {
                    errs.Add(FieldError.Duplicate(sub.Child("{topologyKey, whenUnsatisfiable}"), "{" + c.TopologyKey + ", " + action + "}"));
                    break;
                }
            }

            if (c.MinDomains is { } minDomains)
            {
                if (minDomains <= 0)
                {
                    errs.Add(FieldError.Invalid(sub.Child("minDomains"), minDomains, "must be greater than zero"));
                }

                if (action != "DoNotSchedule")
                {
                    errs.Add(FieldError.Invalid(sub.Child("minDomains"), minDomains, "can only use minDomains if whenUnsatisfiable=DoNotSchedule, not " + action));
                }
            }

            CheckInclusionPolicy(errs, c.NodeAffinityPolicy, sub.Child("nodeAffinityPolicy"));
            CheckInclusionPolicy(errs, c.NodeTaintsPolicy, sub.Child("nodeTaintsPolicy"));
            // Since the selector merge of matchLabelKeys (MatchLabelKeysInPodTopologySpreadSelectorMerge), spreading
            // checks its keys as pod affinity does.
            errs.AddRange(ValidateMatchLabelKeysAndMismatchLabelKeys(c.MatchLabelKeys, [], c.LabelSelector, sub));
            errs.AddRange(LabelValidation.ValidateLabelSelector(c.LabelSelector, sub.Child("labelSelector")));
        }

        return errs;
    }

    public static List<FieldError> ValidateHostAliases(IReadOnlyList<HostAlias> aliases, FieldPath path)
    {
        var errs = new List<FieldError>();
        for (var i = 0; i < aliases.Count; i++)
        {
            var ip = aliases[i].IP ?? string.Empty;
            VolumeValidation.AddInvalid(errs, path.Index(i).Child("ip"), ip, NameValidation.IsValidIP(ip));
            for (var j = 0; j < aliases[i].Hostnames.Count; j++)
            {
                var h = aliases[i].Hostnames[j];
                VolumeValidation.AddInvalid(errs, path.Index(i).Child("hostnames").Index(j), h, NameValidation.IsDns1123Subdomain(h));
            }
        }

        return errs;
    }

    public static List<FieldError> ValidateGates(PodSpec spec, FieldPath path)
    {
        var errs = new List<FieldError>();
        for (var i = 0; i < spec.ReadinessGates.Count; i++)
        {
            var ct = spec.ReadinessGates[i].ConditionType ?? string.Empty;
            VolumeValidation.AddInvalid(errs, path.Child("readinessGates").Index(i).Child("conditionType"), ct, NameValidation.IsQualifiedName(ct));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < spec.SchedulingGates.Count; i++)
        {
            var name = spec.SchedulingGates[i].Name ?? string.Empty;
            var gp = path.Child("schedulingGates").Index(i);
            VolumeValidation.AddInvalid(errs, gp, name, NameValidation.IsQualifiedName(name));
            if (!seen.Add(name))
            {
                errs.Add(FieldError.Duplicate(gp, name));
            }
        }

        return errs;
    }

    public static List<FieldError> ValidateOs(PodSpec spec, FieldPath specPath)
    {
        var errs = new List<FieldError>();
        if (spec.Os is not { } os)
        {
            return errs;
        }

        var osPath = specPath.Child("os");
        var name = os.Name ?? string.Empty;
        if (name.Length == 0)
        {
            errs.Add(FieldError.Required(osPath.Child("name"), "cannot be empty"));
            return errs;
        }

        if (name is not ("linux" or "windows"))
        {
            errs.Add(FieldError.NotSupported(osPath, name, "linux", "windows"));
            return errs;
        }

        const string WinMsg = "cannot be set for a windows pod";
        const string LinuxMsg = "windows options cannot be set for a linux pod";
        var psc = spec.SecurityContext;
        var scPath = specPath.Child("securityContext");
        if (name == "linux")
        {
            if (psc?.WindowsOptions is not null)
            {
                errs.Add(FieldError.Forbidden(scPath.Child("windowsOptions"), LinuxMsg));
            }

            VisitContainers(spec, specPath, (c, p) =>
            {
                if (c.SecurityContext?.WindowsOptions is not null)
                {
                    errs.Add(FieldError.Forbidden(p.Child("securityContext", "windowsOptions"), LinuxMsg));
                }
            });
            return errs;
        }

        if (psc is not null)
        {
            AddIf(errs, psc.AppArmorProfile is not null, scPath.Child("appArmorProfile"), WinMsg);
            AddIf(errs, psc.SeLinuxOptions is not null, scPath.Child("seLinuxOptions"), WinMsg);
        }

        AddIf(errs, spec.HostUsers is not null, specPath.Child("hostUsers"), WinMsg);
        AddIf(errs, spec.HostPID == true, specPath.Child("hostPID"), WinMsg);
        AddIf(errs, spec.HostIPC == true, specPath.Child("hostIPC"), WinMsg);
        if (psc is not null)
        {
            AddIf(errs, psc.SeccompProfile is not null, scPath.Child("seccompProfile"), WinMsg);
            AddIf(errs, psc.FsGroup is not null, scPath.Child("fsGroup"), WinMsg);
            AddIf(errs, psc.FsGroupChangePolicy is not null, scPath.Child("fsGroupChangePolicy"), WinMsg);
            AddIf(errs, psc.Sysctls.Count > 0, scPath.Child("sysctls"), WinMsg);
        }

        AddIf(errs, spec.ShareProcessNamespace is not null, specPath.Child("shareProcessNamespace"), WinMsg);
        if (psc is not null)
        {
            AddIf(errs, psc.RunAsUser is not null, scPath.Child("runAsUser"), WinMsg);
            AddIf(errs, psc.RunAsGroup is not null, scPath.Child("runAsGroup"), WinMsg);
            AddIf(errs, psc.SupplementalGroups.Count > 0, scPath.Child("supplementalGroups"), WinMsg);
            AddIf(errs, psc.SupplementalGroupsPolicy is not null, scPath.Child("supplementalGroupsPolicy"), WinMsg);
            AddIf(errs, psc.SeLinuxChangePolicy is not null, scPath.Child("seLinuxChangePolicy"), WinMsg);
        }

        VisitContainers(spec, specPath, (c, p) =>
        {
            if (c.SecurityContext is not { } sc)
            {
                return;
            }

            var cp = p.Child("securityContext");
            AddIf(errs, sc.AppArmorProfile is not null, cp.Child("appArmorProfile"), WinMsg);
            AddIf(errs, sc.SeLinuxOptions is not null, cp.Child("seLinuxOptions"), WinMsg);
            AddIf(errs, sc.SeccompProfile is not null, cp.Child("seccompProfile"), WinMsg);
            AddIf(errs, sc.Capabilities is not null, cp.Child("capabilities"), WinMsg);
            AddIf(errs, sc.ReadOnlyRootFilesystem is not null, cp.Child("readOnlyRootFilesystem"), WinMsg);
            AddIf(errs, sc.Privileged is not null, cp.Child("privileged"), WinMsg);
            AddIf(errs, sc.AllowPrivilegeEscalation is not null, cp.Child("allowPrivilegeEscalation"), WinMsg);
            AddIf(errs, sc.ProcMount is not null, cp.Child("procMount"), WinMsg);
            AddIf(errs, sc.RunAsUser is not null, cp.Child("runAsUser"), WinMsg);
            AddIf(errs, sc.RunAsGroup is not null, cp.Child("runAsGroup"), WinMsg);
        });
        return errs;
    }

    internal static void VisitContainers(PodSpec spec, FieldPath specPath, Action<Container, FieldPath> visit)
    {
        for (var i = 0; i < spec.InitContainers.Count; i++)
        {
            visit(spec.InitContainers[i], specPath.Child("initContainers").Index(i));
        }

        for (var i = 0; i < spec.Containers.Count; i++)
        {
            visit(spec.Containers[i], specPath.Child("containers").Index(i));
        }

        for (var i = 0; i < spec.EphemeralContainers.Count; i++)
        {
            var ec = spec.EphemeralContainers[i];
            visit(new Container { Name = ec.Name, SecurityContext = ec.SecurityContext }, specPath.Child("ephemeralContainers").Index(i));
        }
    }

    private static void AddIf(List<FieldError> errs, bool condition, FieldPath path, string detail)
    {
        if (condition)
        {
            errs.Add(FieldError.Forbidden(path, detail));
        }
    }

    private static void CheckInclusionPolicy(List<FieldError> errs, string? policy, FieldPath path)
    {
        if (policy is not null && policy is not ("Honor" or "Ignore"))
        {
            errs.Add(FieldError.NotSupported(path, policy, "Honor", "Ignore"));
        }
    }

    private static List<FieldError> ValidateNodeSelectorTerm(NodeSelectorTerm term, bool allowInvalidValues, FieldPath path)
    {
        var errs = new List<FieldError>();
        for (var j = 0; j < term.MatchExpressions.Count; j++)
        {
            var rq = term.MatchExpressions[j];
            var rp = path.Child("matchExpressions").Index(j);
            switch (rq.Operator)
            {
                case "In" or "NotIn":
                    if (rq.Values.Count == 0)
                    {
                        errs.Add(FieldError.Required(rp.Child("values"), "must be specified when `operator` is 'In' or 'NotIn'"));
                    }

                    break;
                case "Exists" or "DoesNotExist":
                    if (rq.Values.Count > 0)
                    {
                        errs.Add(FieldError.Forbidden(rp.Child("values"), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
                    }

                    break;
                case "Gt" or "Lt":
                    if (rq.Values.Count != 1)
                    {
                        errs.Add(FieldError.Required(rp.Child("values"), "must be specified single value when `operator` is 'Lt' or 'Gt'"));
                    }

                    break;
                default:
                    errs.Add(FieldError.Invalid(rp.Child("operator"), rq.Operator ?? string.Empty, "not a valid selector operator"));
                    break;
            }

            errs.AddRange(LabelValidation.ValidateLabelName(rq.Key ?? string.Empty, rp.Child("key")));
            if (!allowInvalidValues)
            {
                for (var v = 0; v < rq.Values.Count; v++)
                {
                    VolumeValidation.AddInvalid(errs, rp.Child("values").Index(v), rq.Values[v], NameValidation.IsValidLabelValue(rq.Values[v]));
                }
            }
        }

        for (var j = 0; j < term.MatchFields.Count; j++)
        {
            var rq = term.MatchFields[j];
            var rp = path.Child("matchFields").Index(j);
            if (rq.Operator is "In" or "NotIn")
            {
                if (rq.Values.Count != 1)
                {
                    errs.Add(FieldError.Required(rp.Child("values"), "must be only one value when `operator` is 'In' or 'NotIn' for node field selector"));
                }
            }
            else
            {
                errs.Add(FieldError.Invalid(rp.Child("operator"), rq.Operator ?? string.Empty, "not a valid selector operator"));
            }

            if (rq.Key != "metadata.name")
            {
                errs.Add(FieldError.Invalid(rp.Child("key"), rq.Key ?? string.Empty, "not a valid field selector key"));
            }
            else
            {
                for (var v = 0; v < rq.Values.Count; v++)
                {
                    VolumeValidation.AddInvalid(errs, rp.Child("values").Index(v), rq.Values[v], NameValidation.IsDns1123Subdomain(rq.Values[v]));
                }
            }
        }

        return errs;
    }

    private static List<FieldError> ValidatePodAffinityTerms(IReadOnlyList<PodAffinityTerm> required, IReadOnlyList<WeightedPodAffinityTerm> preferred, FieldPath path)
    {
        var errs = new List<FieldError>();
        for (var i = 0; i < required.Count; i++)
        {
            errs.AddRange(ValidatePodAffinityTerm(required[i], path.Child("requiredDuringSchedulingIgnoredDuringExecution").Index(i)));
        }

        for (var j = 0; j < preferred.Count; j++)
        {
            var wp = path.Child("preferredDuringSchedulingIgnoredDuringExecution").Index(j);
            var weight = preferred[j].Weight ?? 0;
            if (weight is <= 0 or > 100)
            {
                errs.Add(FieldError.Invalid(wp.Child("weight"), weight, "must be in the range 1-100"));
            }

            errs.AddRange(ValidatePodAffinityTerm(preferred[j].PodAffinityTerm ?? new PodAffinityTerm(), wp.Child("podAffinityTerm")));
        }

        return errs;
    }

    private static List<FieldError> ValidatePodAffinityTerm(PodAffinityTerm term, FieldPath path)
    {
        var errs = new List<FieldError>();
        errs.AddRange(LabelValidation.ValidateLabelSelector(term.LabelSelector, path.Child("labelSelector")));
        errs.AddRange(LabelValidation.ValidateLabelSelector(term.NamespaceSelector, path.Child("namespaceSelector")));
        foreach (var ns in term.Namespaces)
        {
            VolumeValidation.AddInvalid(errs, path.Child("namespace"), ns, NameValidation.IsDns1123Label(ns));
        }

        errs.AddRange(ValidateMatchLabelKeysAndMismatchLabelKeys(term.MatchLabelKeys, term.MismatchLabelKeys, term.LabelSelector, path));
        var key = term.TopologyKey ?? string.Empty;
        if (key.Length == 0)
        {
            errs.Add(FieldError.Required(path.Child("topologyKey"), "can not be empty"));
        }

        errs.AddRange(LabelValidation.ValidateLabelName(key, path.Child("topologyKey")));
        return errs;
    }

    // validateMatchLabelKeysAndMismatchLabelKeys (pkg/apis/core/validation/validation.go). For a Pod the selector
    // already holds the expressions merged from the label keys (see PodCreateStrategy), so a key given both in the
    // selector and in matchLabelKeys shows up twice there.
    private static List<FieldError> ValidateMatchLabelKeysAndMismatchLabelKeys(IReadOnlyList<string> matchKeys, IReadOnlyList<string> mismatchKeys, LabelSelector? labelSelector, FieldPath path)
    {
        var errs = new List<FieldError>();
        errs.AddRange(ValidateLabelKeys(matchKeys, labelSelector, path.Child("matchLabelKeys")));
        errs.AddRange(ValidateLabelKeys(mismatchKeys, labelSelector, path.Child("mismatchLabelKeys")));
        if (labelSelector is { } selector)
        {
            // The last index wins for a key listed twice, as in upstream's map.
            var matchIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < matchKeys.Count; i++)
            {
                matchIndex[matchKeys[i]] = i;
            }

            var seen = new HashSet<string>(selector.MatchLabels.Keys, StringComparer.Ordinal);
            foreach (var expression in selector.MatchExpressions)
            {
                var key = expression.Key ?? string.Empty;
                if (matchIndex.TryGetValue(key, out var i) && seen.Contains(key))
                {
                    // Upstream indexes the term's own path here, giving paths such as "...[0][1]".
                    errs.Add(FieldError.Invalid(path.Index(i), key, "exists in both matchLabelKeys and labelSelector"));
                }

                seen.Add(key);
            }
        }

        var mismatch = new HashSet<string>(mismatchKeys, StringComparer.Ordinal);
        for (var i = 0; i < matchKeys.Count; i++)
        {
            if (mismatch.Contains(matchKeys[i]))
            {
                errs.Add(FieldError.Invalid(path.Child("matchLabelKeys").Index(i), matchKeys[i], "exists in both matchLabelKeys and mismatchLabelKeys"));
            }
        }

        return errs;
    }

    // validateLabelKeys: each key must be a label name, and keys need a selector to be merged into.
    private static List<FieldError> ValidateLabelKeys(IReadOnlyList<string> keys, LabelSelector? selector, FieldPath path)
    {
        var errs = new List<FieldError>();
        if (keys.Count == 0)
        {
            return errs;
        }

        if (selector is null)
        {
            errs.Add(FieldError.Forbidden(path, "must not be specified when labelSelector is not set"));
            return errs;
        }

        for (var i = 0; i < keys.Count; i++)
        {
            errs.AddRange(LabelValidation.ValidateLabelName(keys[i], path.Index(i)));
        }

        return errs;
    }
}
