using PodSim.Defaulting;
using PodSim.Model;

namespace PodSim.Admission;

/// <summary>
/// The ServiceAccount admission plugin's mutation (<c>plugin/pkg/admission/serviceaccount/admission.go</c>,
/// <c>Admit</c> and <c>mountServiceAccountToken</c>). <c>serviceAccountName</c> <c>default</c> is already set by
/// <see cref="ApiDefaults.ApplyPod"/>.
/// </summary>
/// <remarks>
/// <para>
/// Unless <c>automountServiceAccountToken</c> is false on the pod, or else on its ServiceAccount, every init container
/// and app container that has no mount at <c>/var/run/secrets/kubernetes.io/serviceaccount</c> gets a read-only one
/// there. Ephemeral containers are never touched: they are added later, through a subresource this plugin ignores.
/// The mounts use the pod's first volume whose name starts with <c>kube-api-access-</c>; when there is none and a
/// container got the mount, the projected volume <c>kube-api-access-xxxxx</c> is appended: a bound token (3607 s,
/// <c>token</c>), the <c>kube-root-ca.crt</c> ConfigMap's <c>ca.crt</c> and the downward API <c>namespace</c>, with
/// <c>defaultMode</c> 420 set explicitly because admission runs after defaulting.
/// </para>
/// <para>
/// A pod without <c>imagePullSecrets</c> gets its ServiceAccount's. A ServiceAccount missing from the input counts
/// as one without settings, as the <c>default</c> account the controller creates in every namespace, rather than
/// refusing the pod as upstream does for an account that does not exist.
/// </para>
/// </remarks>
internal static class ServiceAccountRules
{
    /// <summary>The prefix of the token volume's name (<c>ServiceAccountVolumeName</c> and a dash).</summary>
    internal const string VolumePrefix = "kube-api-access-";

    /// <summary>Where the token volume is mounted (<c>DefaultAPITokenMountPath</c>).</summary>
    internal const string MountPath = "/var/run/secrets/kubernetes.io/serviceaccount";

    /// <summary>
    /// The token lifetime admission asks for: an hour and seven seconds, the value by which the API server recognises
    /// admission-injected tokens (<c>pkg/serviceaccount/claims.go</c>, <c>WarnOnlyBoundTokenExpirationSeconds</c>).
    /// </summary>
    internal const long TokenExpirationSeconds = 3607;

    /// <summary>The ConfigMap holding the cluster's root CA, published in every namespace.</summary>
    internal const string RootCaConfigMap = "kube-root-ca.crt";

    /// <summary>Mounts the token volume and copies the image pull secrets, as the plugin does on create.</summary>
    /// <param name="pod">The pod, API-defaulted (so it has a namespace and a <c>serviceAccountName</c>).</param>
    /// <param name="accounts">The ServiceAccounts of the pod's namespace.</param>
    /// <param name="generateName">Makes the volume's name from its prefix; null derives it from the pod's name.</param>
    /// <returns>The pod, the same instance when nothing changed.</returns>
    internal static Pod Mutate(Pod pod, IReadOnlyList<ServiceAccount> accounts, Func<string, string>? generateName)
    {
        var spec = pod.Spec ?? new PodSpec();
        var ns = AdmissionObjects.NamespaceOf(pod);
        var account = accounts.FirstOrDefault(a => a.Metadata.Name == spec.ServiceAccountName && AdmissionObjects.NamespaceOf(a) == ns);

        // The pod's own setting wins, then the account's; mounting is the default.
        var mutated = spec.AutomountServiceAccountToken ?? account?.AutomountServiceAccountToken ?? true
            ? MountToken(spec, generateName ?? (prefix => DerivedName(pod, prefix)))
            : spec;

        if (mutated.ImagePullSecrets.Count == 0 && account is { ImagePullSecrets.Count: > 0 })
        {
            mutated = mutated with { ImagePullSecrets = account.ImagePullSecrets.Select(s => new LocalObjectReference { Name = s.Name }).ToList() };
        }

        return ReferenceEquals(mutated, spec) ? pod : pod with { Spec = mutated };
    }

    /// <summary>The projected volume source the plugin adds (<c>TokenVolumeSource</c>).</summary>
    /// <returns>The source.</returns>
    internal static ProjectedVolumeSource TokenVolumeSource() => new()
    {
        DefaultMode = DefaultValues.VolumeDefaultMode,
        Sources =
        [
            new VolumeProjection { ServiceAccountToken = new ServiceAccountTokenProjection { ExpirationSeconds = TokenExpirationSeconds, Path = "token" } },
            new VolumeProjection
            {
                ConfigMap = new ConfigMapProjection { Name = RootCaConfigMap, Items = [new KeyToPath { Key = "ca.crt", Path = "ca.crt" }] },
            },
            new VolumeProjection
            {
                DownwardAPI = new DownwardAPIProjection
                {
                    Items =
                    [
                        new DownwardAPIVolumeFile
                        {
                            Path = "namespace",
                            FieldRef = new ObjectFieldSelector { ApiVersion = DefaultValues.FieldRefApiVersion, FieldPath = "metadata.namespace" },
                        },
                    ],
                },
            },
        ],
    };

    private static PodSpec MountToken(PodSpec spec, Func<string, string> generateName)
    {
        // A volume already named like the token volume is used as it is (for example a pod copied from a cluster).
        var volumeName = spec.Volumes.FirstOrDefault(v => v.Name?.StartsWith(VolumePrefix, StringComparison.Ordinal) == true)?.Name;
        var hasVolume = volumeName is not null;
        volumeName ??= generateName(VolumePrefix);
        var mount = new VolumeMount { Name = volumeName, ReadOnly = true, MountPath = MountPath };
        var mounted = false;
        var initContainers = spec.InitContainers.Select(AddMount).ToList();
        var containers = spec.Containers.Select(AddMount).ToList();
        if (!mounted)
        {
            return spec;
        }

        return spec with
        {
            InitContainers = initContainers,
            Containers = containers,
            Volumes = hasVolume ? spec.Volumes : [.. spec.Volumes, new Volume { Name = volumeName, Projected = TokenVolumeSource() }],
        };

        // A container that already mounts something at the path keeps its own mount.
        Container AddMount(Container container)
        {
            if (container.VolumeMounts.Any(m => m.MountPath == MountPath))
            {
                return container;
            }

            mounted = true;
            return container with { VolumeMounts = [.. container.VolumeMounts, mount] };
        }
    }

    private static string DerivedName(Pod pod, string prefix)
    {
        var meta = pod.Metadata;
        var name = string.IsNullOrEmpty(meta.Name) ? "generateName:" + meta.GenerateName : meta.Name;
        return GeneratedNames.FromIdentity(prefix, AdmissionObjects.NamespaceOf(pod), name);
    }
}
