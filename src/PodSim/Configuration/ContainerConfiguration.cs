namespace PodSim.Configuration;

/// <summary>
/// Everything a container gets from its pod's configuration: environment, command line, mounts and files,
/// resolv.conf, hosts file, security context and process identity, with the errors that keep it from starting.
/// </summary>
public sealed record ContainerConfiguration
{
    /// <summary>Gets the container's name.</summary>
    public required string ContainerName { get; init; }

    /// <summary>Gets the container's environment.</summary>
    public required EnvironmentResult Environment { get; init; }

    /// <summary>Gets how the process is started.</summary>
    public required ProcessCommand Command { get; init; }

    /// <summary>Gets the container's mounts and the projected files they show.</summary>
    public required MountTable Mounts { get; init; }

    /// <summary>Gets the contents of the pod volumes the kubelet sets up (those some container mounts).</summary>
    public required IReadOnlyList<VolumeContent> Volumes { get; init; }

    /// <summary>Gets the pod's resolv.conf.</summary>
    public required ResolvConfResult ResolvConf { get; init; }

    /// <summary>Gets the pod's host names and the hosts file this container sees (null text when the kubelet writes none for it).</summary>
    public required HostsFileResult Hosts { get; init; }

    /// <summary>Gets the container's effective security context.</summary>
    public required EffectiveSecurityContext SecurityContext { get; init; }

    /// <summary>Gets the user and groups the process runs as.</summary>
    public required ProcessIdentity Identity { get; init; }

    /// <summary>Gets the <c>FailedCreatePodSandBox</c> error that stops the whole pod (an invalid hostname or FQDN).</summary>
    public ConfigurationError? SandboxError { get; init; }

    /// <summary>Gets the first <c>FailedMount</c> error among the pod's volumes; the pod stays in ContainerCreating.</summary>
    public ConfigurationError? MountError { get; init; }

    /// <summary>
    /// Gets the <c>CreateContainerConfigError</c> that keeps this container waiting, in the kubelet's order: environment
    /// (missing ConfigMap, Secret or key), mounts (subPathExpr), then the runAsNonRoot check.
    /// </summary>
    public ConfigurationError? Error { get; init; }

    /// <summary>Gets the Warning events recorded while configuring (invalid envFrom keys, DNS limits).</summary>
    public IReadOnlyList<ConfigurationEvent> Events { get; init; } = [];

    /// <summary>Gets the error that stops the container first: the sandbox's, then the volumes', then its own.</summary>
    public ConfigurationError? BlockingError => SandboxError ?? MountError ?? Error;
}
