using System.Text;
using PodSim.Model;

namespace PodSim.Configuration;

/// <summary>
/// The contents of configMap, secret, downwardAPI and projected volumes, following the volume plugins' payload rules
/// (<c>MakePayload</c>, <c>downwardapi.CollectData</c>, projected <c>collectData</c>) and the ownership change an
/// <c>fsGroup</c> causes.
/// </summary>
/// <remarks>
/// Without <c>items</c> every key becomes a file named after it with <c>defaultMode</c>; with <c>items</c> only the
/// listed keys are written, at their paths, with their own mode when set. A missing key is an error unless the
/// source is optional; a missing optional object gives an empty volume. With a pod <c>fsGroup</c> every file also
/// becomes group-readable (mode | 0440). Service account tokens and the root CA are placeholders.
/// </remarks>
internal static class VolumeFiles
{
    /// <summary>The default mode of projected files, <c>0644</c>.</summary>
    public const int DefaultMode = 420;

    private const string TokenPlaceholder = "(service account token, simulated)";

    /// <summary>Projects the volumes any of the pod's containers mount, in <c>spec.volumes</c> order.</summary>
    /// <param name="pod">The pod (API-defaulted).</param>
    /// <param name="sources">The ConfigMaps, Secrets, node and settings.</param>
    /// <returns>One entry per mounted volume; volumes no container mounts are not set up by the kubelet.</returns>
    public static IReadOnlyList<VolumeContent> ProjectPodVolumes(Pod pod, ConfigurationSources sources)
    {
        ArgumentNullException.ThrowIfNull(pod);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var spec = pod.Spec ?? new PodSpec();
        foreach (var container in spec.InitContainers)
        {
            AddUsed(container.VolumeMounts, container.VolumeDevices);
        }

        foreach (var container in spec.Containers)
        {
            AddUsed(container.VolumeMounts, container.VolumeDevices);
        }

        foreach (var container in spec.EphemeralContainers)
        {
            AddUsed(container.VolumeMounts, container.VolumeDevices);
        }

        var result = new List<VolumeContent>();
        foreach (var volume in spec.Volumes)
        {
            if (volume.Name is { } name && used.Contains(name))
            {
                result.Add(Project(pod, volume, sources));
            }
        }

        return result;

        void AddUsed(IReadOnlyList<VolumeMount> mounts, IReadOnlyList<VolumeDevice> devices)
        {
            foreach (var mount in mounts)
            {
                used.Add(mount.Name ?? string.Empty);
            }

            foreach (var device in devices)
            {
                used.Add(device.Name ?? string.Empty);
            }
        }
    }

    /// <summary>Projects one volume.</summary>
    /// <param name="pod">The pod (API-defaulted).</param>
    /// <param name="volume">The volume.</param>
    /// <param name="sources">The ConfigMaps, Secrets, node and settings.</param>
    /// <returns>The files, or the FailedMount error.</returns>
    public static VolumeContent Project(Pod pod, Volume volume, ConfigurationSources sources)
    {
        ArgumentNullException.ThrowIfNull(pod);
        ArgumentNullException.ThrowIfNull(volume);
        ArgumentNullException.ThrowIfNull(sources);
        var name = volume.Name ?? string.Empty;
        var kind = KindOf(volume);
        var ns = ObjectLookup.NamespaceOf(pod);
        var fsGroup = pod.Spec?.SecurityContext?.FsGroup;
        var payload = new SortedDictionary<string, ProjectedFile>(StringComparer.Ordinal);
        var errors = new List<string>();
        switch (volume)
        {
            case { ConfigMap: { } cm }:
                AddConfigMap(cm.Name, cm.Items, cm.Optional == true, cm.DefaultMode ?? DefaultMode);
                break;
            case { Secret: { } secret }:
                AddSecret(secret.SecretName, secret.Items, secret.Optional == true, secret.DefaultMode ?? DefaultMode);
                break;
            case { DownwardAPI: { } downward }:
                AddDownward(downward.Items, downward.DefaultMode ?? DefaultMode);
                break;
            case { Projected: { } projected }:
                var mode = projected.DefaultMode ?? DefaultMode;
                foreach (var source in projected.Sources)
                {
                    if (source.ConfigMap is { } pcm)
                    {
                        AddConfigMap(pcm.Name, pcm.Items, pcm.Optional == true, mode);
                    }
                    else if (source.Secret is { } psecret)
                    {
                        AddSecret(psecret.Name, psecret.Items, psecret.Optional == true, mode);
                    }
                    else if (source.DownwardAPI is { } pdownward)
                    {
                        AddDownward(pdownward.Items, mode);
                    }
                    else if (source.ServiceAccountToken is { } token)
                    {
                        // With an fsGroup the token starts at 0600 and the ownership change makes it 0640.
                        var path = token.Path ?? string.Empty;
                        payload[path] = new ProjectedFile(path, Encoding.UTF8.GetBytes(TokenPlaceholder), fsGroup is null ? mode : 384);
                    }
                }

                break;
            default:
                return new VolumeContent(name, kind, [], null);
        }

        if (errors.Count > 0)
        {
            return new VolumeContent(name, kind, [], new ConfigurationError(
                ConfigurationReasons.FailedMount,
                "MountVolume.SetUp failed for volume \"" + name + "\" : " + Aggregate(errors)));
        }

        var files = new List<ProjectedFile>(payload.Count);
        foreach (var file in payload.Values)
        {
            // SetVolumeOwnership on a read-only volume adds group read to every file.
            files.Add(fsGroup is null ? file : file with { Mode = file.Mode | 288 });
        }

        return new VolumeContent(name, kind, files, null);

        void AddConfigMap(string? cmName, IReadOnlyList<KeyToPath> items, bool optional, int defaultMode)
        {
            var configMap = ObjectLookup.FindConfigMap(sources, ns, cmName ?? string.Empty);
            if (configMap is null)
            {
                if (!optional)
                {
                    errors.Add(ContainerEnvironment.NotFound("configmap", cmName ?? string.Empty));
                }

                return;
            }

            AddPayload(ObjectLookup.ConfigMapBytes(configMap), items, optional, defaultMode, "configmap references non-existent config key: ");
        }

        void AddSecret(string? secretName, IReadOnlyList<KeyToPath> items, bool optional, int defaultMode)
        {
            var secret = ObjectLookup.FindSecret(sources, ns, secretName ?? string.Empty);
            if (secret is null)
            {
                if (!optional)
                {
                    errors.Add(ContainerEnvironment.NotFound("secret", secretName ?? string.Empty));
                }

                return;
            }

            AddPayload(ObjectLookup.SecretData(secret), items, optional, defaultMode, "references non-existent secret key: ");
        }

        void AddPayload(SortedDictionary<string, byte[]> data, IReadOnlyList<KeyToPath> items, bool optional, int defaultMode, string missingKey)
        {
            if (items.Count == 0)
            {
                foreach (var pair in data)
                {
                    payload[pair.Key] = new ProjectedFile(pair.Key, pair.Value, defaultMode);
                }

                return;
            }

            // One missing key fails the whole source; nothing of it is written.
            var staged = new List<ProjectedFile>();
            foreach (var item in items)
            {
                if (!data.TryGetValue(item.Key ?? string.Empty, out var bytes))
                {
                    if (optional)
                    {
                        continue;
                    }

                    errors.Add(missingKey + item.Key);
                    return;
                }

                staged.Add(new ProjectedFile(item.Path ?? string.Empty, bytes, item.Mode ?? defaultMode));
            }

            foreach (var file in staged)
            {
                payload[file.Path] = file;
            }
        }

        void AddDownward(IReadOnlyList<DownwardAPIVolumeFile> items, int defaultMode)
        {
            var allocatable = sources.Node?.Status?.Allocatable ?? EmptyMap.Quantities;
            var collected = new List<ProjectedFile>();
            var failed = false;
            foreach (var item in items)
            {
                var path = CleanPath(item.Path ?? string.Empty);
                var value = string.Empty;
                if (item.FieldRef is { } fieldRef)
                {
                    var outcome = DownwardApi.ExtractFieldPath(pod, fieldRef.FieldPath ?? string.Empty);
                    failed |= Record(outcome, ref value);
                }
                else if (item.ResourceFieldRef is { } resourceRef)
                {
                    var target = DownwardApi.FindContainer(pod.Spec, resourceRef.ContainerName ?? string.Empty);
                    if (target is null)
                    {
                        errors.Add("container " + resourceRef.ContainerName + " not found");
                        failed = true;
                    }
                    else
                    {
                        var outcome = DownwardApi.ContainerResourceValue(resourceRef, DownwardApi.WithNodeLimits(target, allocatable));
                        failed |= Record(outcome, ref value);
                    }
                }

                collected.Add(new ProjectedFile(path, Encoding.UTF8.GetBytes(value), item.Mode ?? defaultMode));
            }

            if (!failed)
            {
                foreach (var file in collected)
                {
                    payload[file.Path] = file;
                }
            }
        }

        bool Record(DownwardApi.Outcome outcome, ref string value)
        {
            if (outcome.Error is { } error)
            {
                errors.Add(error);
                return true;
            }

            value = outcome.Value!;
            return false;
        }
    }

    /// <summary>The source kind of a volume, such as <c>configMap</c>, by its field name.</summary>
    /// <param name="volume">The volume.</param>
    /// <returns>The kind, or <c>unknown</c> when no source is set.</returns>
    public static string KindOf(Volume volume)
    {
        ArgumentNullException.ThrowIfNull(volume);
        return volume switch
        {
            { ConfigMap: not null } => "configMap",
            { Secret: not null } => "secret",
            { DownwardAPI: not null } => "downwardAPI",
            { Projected: not null } => "projected",
            { EmptyDir: not null } => "emptyDir",
            { HostPath: not null } => "hostPath",
            { PersistentVolumeClaim: not null } => "persistentVolumeClaim",
            { Nfs: not null } => "nfs",
            { Csi: not null } => "csi",
            { Image: not null } => "image",
            { Ephemeral: not null } => "ephemeral",
            { GitRepo: not null } => "gitRepo",
            _ => "unknown",
        };
    }

    /// <summary>Upstream's error aggregate text: one message alone, several as <c>[a, b]</c> without repeats.</summary>
    internal static string Aggregate(List<string> errors)
    {
        var distinct = new List<string>();
        foreach (var error in errors)
        {
            if (!distinct.Contains(error))
            {
                distinct.Add(error);
            }
        }

        return distinct.Count == 1 ? distinct[0] : "[" + string.Join(", ", distinct) + "]";
    }

    // Go's filepath.Clean for a relative path: drops empty and "." elements and resolves "..".
    private static string CleanPath(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[^1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return parts.Count == 0 ? "." : string.Join('/', parts);
    }
}
