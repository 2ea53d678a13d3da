using System.Text;
using PodSim.Model;
using PodSim.Validation;

namespace PodSim.Configuration;

/// <summary>
/// A container's effective environment, as the kubelet's <c>makeEnvironmentVariables</c> builds it: envFrom first,
/// then env in order (each <c>value</c> expanded against what is defined so far and the service links), then the
/// service-link variables not already set.
/// </summary>
internal static class ContainerEnvironment
{
    /// <summary>Resolves the environment of <paramref name="container"/> in <paramref name="pod"/>.</summary>
    /// <param name="pod">
    /// The pod, API-defaulted (requests copied from limits, <c>enableServiceLinks</c> set); <c>status.podIP(s)</c>
    /// and <c>status.hostIP(s)</c> supply the IP fields when known. A null <c>enableServiceLinks</c> counts as true.
    /// </param>
    /// <param name="container">The container (one of the pod's).</param>
    /// <param name="sources">The ConfigMaps, Secrets, Services, node and settings.</param>
    /// <returns>
    /// The variables, the events, and the first error with its upstream message, such as
    /// <c>configmap "cm" not found</c>, <c>secret "s" not found</c>, <c>couldn't find key k in ConfigMap default/cm</c>
    /// or <c>couldn't find key k in Secret default/s</c>.
    /// </returns>
    public static EnvironmentResult Resolve(Pod pod, Container container, ConfigurationSources sources)
    {
        ArgumentNullException.ThrowIfNull(pod);
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(sources);
        var ns = ObjectLookup.NamespaceOf(pod);
        var serviceVariables = ServiceLinks.Variables(ns, pod.Spec?.EnableServiceLinks ?? true, sources);
        var serviceValues = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var variable in serviceVariables)
        {
            serviceValues[variable.Name] = variable.Value;
        }

        var env = new OrderedEnvironment();
        var events = new List<ConfigurationEvent>();
        foreach (var envFrom in container.EnvFrom)
        {
            var error = envFrom switch
            {
                { ConfigMapRef: { } cm } => AddConfigMap(envFrom.Prefix, cm),
                { SecretRef: { } secret } => AddSecret(envFrom.Prefix, secret),
                _ => null,
            };
            if (error is not null)
            {
                return Fail(error);
            }
        }

        string? Lookup(string name) => env.Get(name) ?? (serviceValues.TryGetValue(name, out var value) ? value : null);

        var podIPs = PodAddresses.PodIPs(pod);
        var hostIPs = PodAddresses.HostIPs(pod, sources.Node);
        foreach (var envVar in container.Env)
        {
            var name = envVar.Name ?? string.Empty;
            if (!string.IsNullOrEmpty(envVar.Value))
            {
                env.Set(name, VariableExpansion.Expand(envVar.Value, Lookup), EnvironmentSourceKind.Value, "value");
                continue;
            }

            if (envVar.ValueFrom is not { } from)
            {
                env.Set(name, string.Empty, EnvironmentSourceKind.Value, "value");
                continue;
            }

            var resolved = from switch
            {
                { FieldRef: { } fieldRef } => FromField(fieldRef),
                { ResourceFieldRef: { } resourceRef } => FromResource(resourceRef),
                { ConfigMapKeyRef: { } cmRef } => FromConfigMapKey(cmRef),
                { SecretKeyRef: { } secretRef } => FromSecretKey(secretRef),
                { FileKeyRef: { } fileRef } => Resolved.Set(string.Empty, EnvironmentSourceKind.FileKeyRef,
                    "fileKeyRef " + fileRef.VolumeName + "/" + fileRef.Path + " key " + fileRef.Key + " (written at run time, not simulated)"),
                _ => Resolved.Set(string.Empty, EnvironmentSourceKind.Value, "value"),
            };
            if (resolved.Error is not null)
            {
                return Fail(resolved.Error);
            }

            if (!resolved.Skip)
            {
                env.Set(name, resolved.Value!, resolved.Kind, resolved.Origin!);
            }
        }

        var variables = env.ToList();
        foreach (var variable in serviceVariables)
        {
            if (env.Get(variable.Name) is null)
            {
                variables.Add(variable);
            }
        }

        return new EnvironmentResult(variables, events, null);

        EnvironmentResult Fail(string message) => new(env.ToList(), events, ConfigurationError.ContainerConfig(message));

        string? AddConfigMap(string? prefix, ConfigMapEnvSource source)
        {
            var name = source.Name ?? string.Empty;
            var configMap = ObjectLookup.FindConfigMap(sources, ns, name);
            if (configMap is null)
            {
                return source.Optional == true ? null : NotFound("configmap", name);
            }

            var origin = "envFrom configMap " + ns + "/" + name;
            var invalid = new List<string>();
            foreach (var pair in ObjectLookup.ConfigMapData(configMap))
            {
                AddKey(prefix + pair.Key, pair.Value, EnvironmentSourceKind.ConfigMapEnvFrom, origin, invalid);
            }

            ReportInvalid(invalid, "configMap", name);
            return null;
        }

        string? AddSecret(string? prefix, SecretEnvSource source)
        {
            var name = source.Name ?? string.Empty;
            var secret = ObjectLookup.FindSecret(sources, ns, name);
            if (secret is null)
            {
                return source.Optional == true ? null : NotFound("secret", name);
            }

            var origin = "envFrom secret " + ns + "/" + name;
            var invalid = new List<string>();
            foreach (var pair in ObjectLookup.SecretData(secret))
            {
                AddKey(prefix + pair.Key, ObjectLookup.DecodeToString(pair.Value), EnvironmentSourceKind.SecretEnvFrom, origin, invalid);
            }

            ReportInvalid(invalid, "secret", name);
            return null;
        }

        void AddKey(string key, string value, EnvironmentSourceKind kind, string origin, List<string> invalid)
        {
            var problems = sources.Settings.RelaxedEnvironmentVariableNames
                ? NameValidation.IsRelaxedEnvVarName(key)
                : NameValidation.IsEnvVarName(key);
            if (problems.Count > 0)
            {
                invalid.Add(key);
                return;
            }

            env.Set(key, value, kind, origin);
        }

        void ReportInvalid(List<string> invalid, string kind, string name)
        {
            if (invalid.Count == 0)
            {
                return;
            }

            invalid.Sort(StringComparer.Ordinal);
            events.Add(new ConfigurationEvent(
                ConfigurationReasons.InvalidEnvironmentVariableNames,
                "Keys [" + string.Join(", ", invalid) + "] from the EnvFrom " + kind + " " + ns + "/" + name
                + " were skipped since they are considered invalid environment variable names."));
        }

        Resolved FromField(ObjectFieldSelector selector)
        {
            var outcome = DownwardApi.EnvFieldValue(selector, pod, podIPs, hostIPs);
            return outcome.Error is { } error
                ? Resolved.Fail(error)
                : Resolved.Set(outcome.Value!, EnvironmentSourceKind.FieldRef, "fieldRef " + selector.FieldPath);
        }

        Resolved FromResource(ResourceFieldSelector selector)
        {
            // defaultPodLimitsForDownwardAPI: missing limits of the app containers (and of this container) take
            // the node's allocatable amounts; init containers looked up by name keep theirs.
            var allocatable = sources.Node?.Status?.Allocatable ?? EmptyMap.Quantities;
            Container? target;
            if (string.IsNullOrEmpty(selector.ContainerName))
            {
                target = DownwardApi.WithNodeLimits(container, allocatable);
            }
            else
            {
                target = DownwardApi.FindContainer(pod.Spec, selector.ContainerName);
                if (target is null)
                {
                    return Resolved.Fail("container " + selector.ContainerName + " not found");
                }

                if (IsAppContainer(pod.Spec!, target))
                {
                    target = DownwardApi.WithNodeLimits(target, allocatable);
                }
            }

            var outcome = DownwardApi.ContainerResourceValue(selector, target);
            return outcome.Error is { } error
                ? Resolved.Fail(error)
                : Resolved.Set(outcome.Value!, EnvironmentSourceKind.ResourceFieldRef, DescribeResource(selector));
        }

        Resolved FromConfigMapKey(ConfigMapKeySelector selector)
        {
            var name = selector.Name ?? string.Empty;
            var key = selector.Key ?? string.Empty;
            var optional = selector.Optional == true;
            var configMap = ObjectLookup.FindConfigMap(sources, ns, name);
            if (configMap is null)
            {
                return optional ? Resolved.Skipped : Resolved.Fail(NotFound("configmap", name));
            }

            if (!configMap.Data.TryGetValue(key, out var value))
            {
                return optional ? Resolved.Skipped : Resolved.Fail("couldn't find key " + key + " in ConfigMap " + ns + "/" + name);
            }

            return Resolved.Set(value, EnvironmentSourceKind.ConfigMapKey, "configMap " + ns + "/" + name + " key " + key);
        }

        Resolved FromSecretKey(SecretKeySelector selector)
        {
            var name = selector.Name ?? string.Empty;
            var key = selector.Key ?? string.Empty;
            var optional = selector.Optional == true;
            var secret = ObjectLookup.FindSecret(sources, ns, name);
            if (secret is null)
            {
                return optional ? Resolved.Skipped : Resolved.Fail(NotFound("secret", name));
            }

            if (!ObjectLookup.SecretData(secret).TryGetValue(key, out var bytes))
            {
                return optional ? Resolved.Skipped : Resolved.Fail("couldn't find key " + key + " in Secret " + ns + "/" + name);
            }

            return Resolved.Set(ObjectLookup.DecodeToString(bytes), EnvironmentSourceKind.SecretKey, "secret " + ns + "/" + name + " key " + key);
        }
    }

    /// <summary>The API server's not-found message for a kind and name, such as <c>configmap "cm" not found</c>.</summary>
    internal static string NotFound(string resource, string name) => resource + " \"" + name + "\" not found";

    private static bool IsAppContainer(PodSpec spec, Container container)
    {
        foreach (var app in spec.Containers)
        {
            if (ReferenceEquals(app, container))
            {
                return true;
            }
        }

        return false;
    }

    private static string DescribeResource(ResourceFieldSelector selector)
    {
        var builder = new StringBuilder("resourceFieldRef ").Append(selector.Resource);
        if (!string.IsNullOrEmpty(selector.ContainerName))
        {
            builder.Append(" of ").Append(selector.ContainerName);
        }

        if (selector.Divisor is { IsZero: false } divisor)
        {
            builder.Append(" divisor ").Append(divisor.ToString());
        }

        return builder.ToString();
    }

    /// <summary>One env entry's outcome: a value, a skip (optional and missing) or an error.</summary>
    private readonly record struct Resolved(string? Value, EnvironmentSourceKind Kind, string? Origin, string? Error, bool Skip)
    {
        public static Resolved Skipped => new(null, default, null, null, true);

        public static Resolved Set(string value, EnvironmentSourceKind kind, string origin) => new(value, kind, origin, null, false);

        public static Resolved Fail(string error) => new(null, default, null, error, false);
    }

    /// <summary>Variables in first-definition order; a later definition replaces the value in place.</summary>
    private sealed class OrderedEnvironment
    {
        private readonly List<EnvironmentVariable> _items = [];
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public string? Get(string name) => _index.TryGetValue(name, out var i) ? _items[i].Value : null;

        public void Set(string name, string value, EnvironmentSourceKind kind, string origin)
        {
            var variable = new EnvironmentVariable(name, value, kind, origin);
            if (_index.TryGetValue(name, out var i))
            {
                _items[i] = variable;
            }
            else
            {
                _index[name] = _items.Count;
                _items.Add(variable);
            }
        }

        public List<EnvironmentVariable> ToList() => [.. _items];
    }
}
