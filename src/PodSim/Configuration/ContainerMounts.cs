using PodSim.Model;

namespace PodSim.Configuration;

/// <summary>A container's mount table (the kubelet's <c>makeMounts</c>) and the projected files it shows.</summary>
internal static class ContainerMounts
{
    /// <summary>The container path of the hosts file.</summary>
    public const string EtcHostsPath = "/etc/hosts";

    /// <summary>The name of the kubelet's hosts-file mount.</summary>
    public const string EtcHostsMountName = "k8s-managed-etc-hosts";

    /// <summary>Builds the mount table.</summary>
    /// <param name="pod">The pod.</param>
    /// <param name="container">The container.</param>
    /// <param name="environment">The container's environment, for subPathExpr.</param>
    /// <param name="volumes">The pod's projected volumes (see <see cref="VolumeFiles.ProjectPodVolumes"/>).</param>
    /// <param name="hostsFileWritten">Whether the kubelet writes a hosts file for the pod (see <see cref="HostsFileResult.Text"/>).</param>
    /// <returns>The mounts and files, or the first error.</returns>
    public static MountTable Build(
        Pod pod,
        Container container,
        IReadOnlyList<EnvironmentVariable> environment,
        IReadOnlyList<VolumeContent> volumes,
        bool hostsFileWritten)
    {
        ArgumentNullException.ThrowIfNull(pod);
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(volumes);
        var mounts = new List<ContainerMount>();
        var files = new List<ContainerFile>();
        var mountHosts = hostsFileWritten;
        foreach (var mount in container.VolumeMounts)
        {
            var mountPath = mount.MountPath ?? string.Empty;
            mountHosts &= !string.Equals(mountPath, EtcHostsPath, StringComparison.Ordinal);
            var volume = FindVolume(pod, mount.Name);
            if (volume is null)
            {
                return Fail("cannot find volume \"" + mount.Name + "\" to mount into container \"" + container.Name + "\"");
            }

            var subPath = mount.SubPath;
            if (!string.IsNullOrEmpty(mount.SubPathExpr))
            {
                var expanded = ExpandSubPath(mount.SubPathExpr, environment, out var missing);
                if (missing is not null)
                {
                    return Fail("missing value for " + missing);
                }

                subPath = expanded;
            }

            if (!string.IsNullOrEmpty(subPath))
            {
                if (subPath.StartsWith('/'))
                {
                    return Fail("error SubPath `" + subPath + "` must not be an absolute path");
                }

                if (Array.IndexOf(subPath.Split('/'), "..") >= 0)
                {
                    return Fail("unable to provision SubPath `" + subPath + "`: must not contain '..'");
                }
            }
            else
            {
                subPath = null;
            }

            var kind = VolumeFiles.KindOf(volume);
            mounts.Add(new ContainerMount(volume.Name!, mountPath, subPath, mount.ReadOnly == true || AlwaysReadOnly(volume), kind));
            AddFiles(volume.Name!, mountPath, subPath);
        }

        if (mountHosts)
        {
            mounts.Add(new ContainerMount(EtcHostsMountName, EtcHostsPath, null, false, "hosts"));
        }

        return new MountTable(mounts, files, null);

        MountTable Fail(string message) => new(mounts, files, ConfigurationError.ContainerConfig(message));

        void AddFiles(string volumeName, string mountPath, string? subPath)
        {
            VolumeContent? content = null;
            foreach (var candidate in volumes)
            {
                if (string.Equals(candidate.VolumeName, volumeName, StringComparison.Ordinal))
                {
                    content = candidate;
                    break;
                }
            }

            if (content is null)
            {
                return;
            }

            var root = mountPath.TrimEnd('/');
            foreach (var file in content.Files)
            {
                string? path = null;
                if (subPath is null)
                {
                    path = root + "/" + file.Path;
                }
                else if (string.Equals(file.Path, subPath, StringComparison.Ordinal))
                {
                    path = root.Length == 0 ? "/" : root;
                }
                else if (file.Path.StartsWith(subPath.TrimEnd('/') + "/", StringComparison.Ordinal))
                {
                    path = root + "/" + file.Path[(subPath.TrimEnd('/').Length + 1)..];
                }

                if (path is not null)
                {
                    files.Add(new ContainerFile(path, volumeName, file));
                }
            }
        }
    }

    // ExpandContainerVolumeMounts: a variable that is unset or empty is an error, all such names sorted.
    private static string ExpandSubPath(string expression, IReadOnlyList<EnvironmentVariable> environment, out string? missing)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var variable in environment)
        {
            values[variable.Name] = variable.Value;
        }

        var absent = new SortedSet<string>(StringComparer.Ordinal);
        var expanded = VariableExpansion.Expand(expression, name =>
        {
            if (!values.TryGetValue(name, out var value) || value.Length == 0)
            {
                absent.Add(name);
                return string.Empty;
            }

            return value;
        });
        missing = absent.Count > 0 ? string.Join(", ", absent) : null;
        return expanded;
    }

    private static Volume? FindVolume(Pod pod, string? name)
    {
        foreach (var volume in pod.Spec?.Volumes ?? [])
        {
            if (string.Equals(volume.Name, name, StringComparison.Ordinal))
            {
                return volume;
            }
        }

        return null;
    }

    private static bool AlwaysReadOnly(Volume volume) =>
        volume.ConfigMap is not null || volume.Secret is not null || volume.DownwardAPI is not null
        || volume.Projected is not null || volume.Image is not null || volume.PersistentVolumeClaim?.ReadOnly == true;
}
