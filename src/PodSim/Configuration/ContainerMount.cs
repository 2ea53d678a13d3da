namespace PodSim.Configuration;

/// <summary>One mount of a container's filesystem.</summary>
/// <param name="Name">The volume's name (<c>k8s-managed-etc-hosts</c> for the kubelet's hosts file).</param>
/// <param name="MountPath">The path inside the container.</param>
/// <param name="SubPath">The path within the volume that is mounted instead of its root (after subPathExpr expansion), or null.</param>
/// <param name="ReadOnly">
/// Whether the mount is read-only: <c>readOnly</c> on the mount, or a volume the kubelet always mounts read-only
/// (configMap, secret, downwardAPI, projected, image, and a claim marked readOnly).
/// </param>
/// <param name="VolumeKind">The volume's source kind, such as <c>configMap</c> (<c>hosts</c> for the hosts file).</param>
public sealed record ContainerMount(string Name, string MountPath, string? SubPath, bool ReadOnly, string VolumeKind);
