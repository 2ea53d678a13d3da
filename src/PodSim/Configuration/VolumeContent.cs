namespace PodSim.Configuration;

/// <summary>What the kubelet writes into one pod volume, or why it cannot set the volume up.</summary>
/// <param name="VolumeName">The volume's name.</param>
/// <param name="Kind">The volume's source kind, such as <c>configMap</c>, <c>secret</c>, <c>emptyDir</c>.</param>
/// <param name="Files">
/// The files, in ordinal path order, for configMap, secret, downwardAPI and projected volumes; empty for other kinds.
/// </param>
/// <param name="Error">
/// A <c>FailedMount</c> error with the upstream event text, such as
/// <c>MountVolume.SetUp failed for volume "config" : configmap "cm" not found</c>; the pod then stays in
/// ContainerCreating and the kubelet retries.
/// </param>
public sealed record VolumeContent(string VolumeName, string Kind, IReadOnlyList<ProjectedFile> Files, ConfigurationError? Error);
