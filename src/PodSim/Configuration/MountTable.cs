namespace PodSim.Configuration;

/// <summary>A container's mounts and the projected files they show.</summary>
/// <param name="Mounts">The mounts in <c>volumeMounts</c> order, then the kubelet's <c>/etc/hosts</c> when it writes one.</param>
/// <param name="Files">The files of configMap, secret, downwardAPI and projected volumes under their mount paths, in mount then path order.</param>
/// <param name="Error">
/// A <c>CreateContainerConfigError</c> from building the mounts, such as <c>missing value for POD_NAME</c> for a
/// subPathExpr that names an unset variable.
/// </param>
public sealed record MountTable(IReadOnlyList<ContainerMount> Mounts, IReadOnlyList<ContainerFile> Files, ConfigurationError? Error);
