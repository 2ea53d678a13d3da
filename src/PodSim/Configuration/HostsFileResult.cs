namespace PodSim.Configuration;

/// <summary>The pod's <c>/etc/hosts</c>.</summary>
/// <param name="Hostname">The pod's host names.</param>
/// <param name="Text">
/// The file the kubelet writes, or null when it writes none yet (a pod-network pod whose IP is not known; the image's
/// own file is then used).
/// </param>
public sealed record HostsFileResult(PodHostname Hostname, string? Text);
