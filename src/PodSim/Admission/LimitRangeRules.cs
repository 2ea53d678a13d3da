using System.Globalization;
using PodSim.Model;

namespace PodSim.Admission;

/// <summary>
/// The LimitRanger admission plugin (<c>plugin/pkg/admission/limitranger</c>) for pods: Container-type defaults
/// fill missing requests and limits (mutating), then Container-type and Pod-type min, max and maxLimitRequestRatio
/// are enforced (validating). Resource names are visited in sorted order where upstream ranges over a map.
/// </summary>
internal static class LimitRangeRules
{
    /// <summary>The annotation listing what the plugin set.</summary>
    internal const string Annotation = "kubernetes.io/limit-ranger";

    /// <summary>The Container limit type.</summary>
    internal const string TypeContainer = "Container";

    /// <summary>The Pod limit type.</summary>
    internal const string TypePod = "Pod";

    // resource.MaxMilliValue: the largest value whose milli value fits an int64.
    private const long MaxMilliValue = long.MaxValue / 1000;

    /// <summary>
    /// Applies the API defaults of a stored LimitRange item (<c>SetDefaults_LimitRangeItem</c>), for the Container
    /// type only: a missing <c>default</c> comes from <c>max</c>; a missing <c>defaultRequest</c> from
    /// <c>default</c>, else from <c>min</c>.
    /// </summary>
    /// <param name="item">The item.</param>
    /// <returns>The defaulted item (the same instance when nothing was missing).</returns>
    internal static LimitRangeItem ApplyItemDefaults(LimitRangeItem item)
    {
        if (item.Type != TypeContainer)
        {
            return item;
        }

        var defaults = Fill(item.Default, item.Max);
        var defaultRequest = Fill(Fill(item.DefaultRequest, defaults), item.Min);
        return ReferenceEquals(defaults, item.Default) && ReferenceEquals(defaultRequest, item.DefaultRequest)
            ? item
            : item with { Default = defaults, DefaultRequest = defaultRequest };
    }

    /// <summary>
    /// The mutating half for one LimitRange: each container and init container gets the Container-type
    /// <c>default</c> for every limit it lacks and the <c>defaultRequest</c> for every request it lacks, and the
    /// <c>kubernetes.io/limit-ranger</c> annotation lists what was set (replacing any earlier value).
    /// </summary>
    /// <param name="pod">The pod.</param>
    /// <param name="limitRange">The limit range.</param>
    /// <returns>The pod, the same instance when nothing was set.</returns>
    internal static Pod Mutate(Pod pod, LimitRange limitRange)
    {
        var spec = pod.Spec ?? new PodSpec();
        var defaultLimits = new SortedDictionary<string, Quantity>(StringComparer.Ordinal);
        var defaultRequests = new SortedDictionary<string, Quantity>(StringComparer.Ordinal);
        foreach (var raw in limitRange.Spec?.Limits ?? [])
        {
            var item = ApplyItemDefaults(raw);
            if (item.Type != TypeContainer)
            {
                continue;
            }

            foreach (var (name, value) in item.DefaultRequest)
            {
                defaultRequests[name] = value;
            }

            foreach (var (name, value) in item.Default)
            {
                defaultLimits[name] = value;
            }
        }

        var notes = new List<string>();
        var containers = MergeAll(spec.Containers, "container", defaultRequests, defaultLimits, notes);
        var initContainers = MergeAll(spec.InitContainers, "init container", defaultRequests, defaultLimits, notes);
        if (notes.Count == 0)
        {
            return pod;
        }

        var annotations = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in pod.Metadata.Annotations)
        {
            annotations[key] = value;
        }

        annotations[Annotation] = "LimitRanger plugin set: " + string.Join("; ", notes);
        return pod with
        {
            Metadata = pod.Metadata with { Annotations = annotations },
            Spec = spec with { Containers = containers, InitContainers = initContainers },
        };
    }

    /// <summary>
    /// The validating half for one LimitRange: the violations, in upstream's order (items in order; per Container
    /// item the containers then the init containers, each checking min, max then ratio), unprefixed.
    /// </summary>
    /// <param name="pod">The (mutated) pod.</param>
    /// <param name="limitRange">The limit range.</param>
    /// <returns>The violation messages, empty when the pod complies.</returns>
    internal static IReadOnlyList<string> Validate(Pod pod, LimitRange limitRange)
    {
        var spec = pod.Spec ?? new PodSpec();
        var errors = new List<string>();
        foreach (var item in limitRange.Spec?.Limits ?? [])
        {
            if (item.Type == TypeContainer)
            {
                foreach (var container in spec.Containers)
                {
                    Check(errors, item, TypeContainer, container.Resources?.Requests ?? EmptyMap.Quantities, container.Resources?.Limits ?? EmptyMap.Quantities);
                }

                foreach (var container in spec.InitContainers)
                {
                    Check(errors, item, TypeContainer, container.Resources?.Requests ?? EmptyMap.Quantities, container.Resources?.Limits ?? EmptyMap.Quantities);
                }
            }
            else if (item.Type == TypePod)
            {
                // Pod-type bounds apply to the effective pod requests and limits, without the overhead.
                Check(errors, item, TypePod, PodLevelResources.Requests(spec, includeOverhead: false), PodLevelResources.Limits(spec, includeOverhead: false));
            }
        }

        return errors;
    }

    private static void Check(List<string> errors, LimitRangeItem item, string type, IReadOnlyDictionary<string, Quantity> requests, IReadOnlyDictionary<string, Quantity> limits)
    {
        foreach (var name in AdmissionObjects.SortedKeys(item.Min))
        {
            AddIfNotNull(errors, MinConstraint(type, name, item.Min[name], requests, limits));
        }

        foreach (var name in AdmissionObjects.SortedKeys(item.Max))
        {
            AddIfNotNull(errors, MaxConstraint(type, name, item.Max[name], requests, limits));
        }

        foreach (var name in AdmissionObjects.SortedKeys(item.MaxLimitRequestRatio))
        {
            AddIfNotNull(errors, RatioConstraint(type, name, item.MaxLimitRequestRatio[name], requests, limits));
        }
    }

    private static string? MinConstraint(string type, string name, Quantity enforced, IReadOnlyDictionary<string, Quantity> requests, IReadOnlyDictionary<string, Quantity> limits)
    {
        var hasRequest = requests.TryGetValue(name, out var request);
        var hasLimit = limits.TryGetValue(name, out var limit);
        var (req, lim, enf) = Comparable(request, limit, enforced);
        if (!hasRequest)
        {
            return Invariant($"minimum {name} usage per {type} is {enforced}.  No request is specified");
        }

        if (req < enf)
        {
            return Invariant($"minimum {name} usage per {type} is {enforced}, but request is {request}");
        }

        if (hasLimit && lim < enf)
        {
            return Invariant($"minimum {name} usage per {type} is {enforced}, but limit is {limit}");
        }

        return null;
    }

    private static string? MaxConstraint(string type, string name, Quantity enforced, IReadOnlyDictionary<string, Quantity> requests, IReadOnlyDictionary<string, Quantity> limits)
    {
        var hasRequest = requests.TryGetValue(name, out var request);
        var hasLimit = limits.TryGetValue(name, out var limit);
        var (req, lim, enf) = Comparable(request, limit, enforced);
        if (!hasLimit)
        {
            return Invariant($"maximum {name} usage per {type} is {enforced}.  No limit is specified");
        }

        if (lim > enf)
        {
            return Invariant($"maximum {name} usage per {type} is {enforced}, but limit is {limit}");
        }

        if (hasRequest && req > enf)
        {
            return Invariant($"maximum {name} usage per {type} is {enforced}, but request is {request}");
        }

        return null;
    }

    private static string? RatioConstraint(string type, string name, Quantity enforced, IReadOnlyDictionary<string, Quantity> requests, IReadOnlyDictionary<string, Quantity> limits)
    {
        var hasRequest = requests.TryGetValue(name, out var request);
        var hasLimit = limits.TryGetValue(name, out var limit);
        var (req, lim, _) = Comparable(request, limit, enforced);
        if (!hasRequest || req == 0)
        {
            return Invariant($"{name} max limit to request ratio per {type} is {enforced}, but no request is specified or request is 0");
        }

        if (!hasLimit || lim == 0)
        {
            return Invariant($"{name} max limit to request ratio per {type} is {enforced}, but no limit is specified or limit is 0");
        }

        // Upstream divides in float64 and compares in milli units when the ratio's milli value fits.
        var observed = (double)lim / req;
        var display = observed;
        double allowed = enforced.Value();
        if (enforced.Value() <= MaxMilliValue)
        {
            observed *= 1000;
            allowed = enforced.MilliValue();
        }

        return observed > allowed
            ? Invariant($"{name} max limit to request ratio per {type} is {enforced}, but provided ratio is {display.ToString("F6", CultureInfo.InvariantCulture)}")
            : null;
    }

    // requestLimitEnforcedValues: whole units, or milli units when none of the three overflows them.
    private static (long Request, long Limit, long Enforced) Comparable(Quantity request, Quantity limit, Quantity enforced)
    {
        var r = request.Value();
        var l = limit.Value();
        var e = enforced.Value();
        if (r <= MaxMilliValue && l <= MaxMilliValue && e <= MaxMilliValue)
        {
            return (request.MilliValue(), limit.MilliValue(), enforced.MilliValue());
        }

        return (r, l, e);
    }

    private static IReadOnlyList<Container> MergeAll(IReadOnlyList<Container> containers, string kind, SortedDictionary<string, Quantity> defaultRequests, SortedDictionary<string, Quantity> defaultLimits, List<string> notes)
    {
        Container[]? changed = null;
        for (var i = 0; i < containers.Count; i++)
        {
            var merged = Merge(containers[i], kind, defaultRequests, defaultLimits, notes);
            if (!ReferenceEquals(merged, containers[i]))
            {
                changed ??= [.. containers];
                changed[i] = merged;
            }
        }

        return changed ?? containers;
    }

    private static Container Merge(Container container, string kind, SortedDictionary<string, Quantity> defaultRequests, SortedDictionary<string, Quantity> defaultLimits, List<string> notes)
    {
        var resources = container.Resources ?? new ResourceRequirements();
        var setLimits = new List<string>();
        var setRequests = new List<string>();
        var limits = Fill(resources.Limits, defaultLimits, setLimits);
        var requests = Fill(resources.Requests, defaultRequests, setRequests);

        // Requests are noted before limits, each list sorted, as upstream words the annotation.
        if (setRequests.Count > 0)
        {
            notes.Add(string.Join(", ", setRequests) + " request for " + kind + " " + container.Name);
        }

        if (setLimits.Count > 0)
        {
            notes.Add(string.Join(", ", setLimits) + " limit for " + kind + " " + container.Name);
        }

        return setLimits.Count == 0 && setRequests.Count == 0
            ? container
            : container with { Resources = resources with { Limits = limits, Requests = requests } };
    }

    // Adds each missing key of `defaults` to `list`; returns `list` itself when nothing was missing.
    private static IReadOnlyDictionary<string, Quantity> Fill(IReadOnlyDictionary<string, Quantity> list, IReadOnlyDictionary<string, Quantity> defaults, List<string>? added = null)
    {
        SortedDictionary<string, Quantity>? result = null;
        foreach (var name in AdmissionObjects.SortedKeys(defaults))
        {
            if (list.ContainsKey(name))
            {
                continue;
            }

            result ??= AdmissionObjects.Copy(list);
            result[name] = defaults[name];
            added?.Add(name);
        }

        return result ?? list;
    }

    private static void AddIfNotNull(List<string> errors, string? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
