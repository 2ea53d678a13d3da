namespace PodSim.Model;

/// <summary>
/// A single container of a pod; also the fields every ephemeral container shares (<see cref="EphemeralContainer"/>, as
/// upstream's <c>EphemeralContainerCommon</c>).
/// </summary>
public record Container
{
    /// <summary>Gets the container's name, unique within the pod.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the container's image reference.</summary>
    public string? Image { get; init; }

    /// <summary>Gets the entrypoint that replaces the image's own.</summary>
    public IReadOnlyList<string> Command { get; init; } = [];

    /// <summary>Gets the arguments passed to the entrypoint.</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>Gets the container's working directory.</summary>
    public string? WorkingDir { get; init; }

    /// <summary>Gets the ports the container exposes.</summary>
    public IReadOnlyList<ContainerPort> Ports { get; init; } = [];

    /// <summary>Gets the sources whose keys all become environment variables.</summary>
    public IReadOnlyList<EnvFromSource> EnvFrom { get; init; } = [];

    /// <summary>Gets the environment variables set in the container.</summary>
    public IReadOnlyList<EnvVar> Env { get; init; } = [];

    /// <summary>Gets the container's resource requests and limits.</summary>
    public ResourceRequirements? Resources { get; init; }

    /// <summary>Gets how the container reacts to in-place resource changes.</summary>
    public IReadOnlyList<ContainerResizePolicy> ResizePolicy { get; init; } = [];

    /// <summary>Gets the container-level restart policy (used by sidecar init containers).</summary>
    public string? RestartPolicy { get; init; }

    /// <summary>Gets the exit-code based rules that override the restart policy.</summary>
    public IReadOnlyList<ContainerRestartRule> RestartPolicyRules { get; init; } = [];

    /// <summary>Gets the pod volumes mounted into the container's filesystem.</summary>
    public IReadOnlyList<VolumeMount> VolumeMounts { get; init; } = [];

    /// <summary>Gets the block devices the container uses.</summary>
    public IReadOnlyList<VolumeDevice> VolumeDevices { get; init; } = [];

    /// <summary>Gets the probe that decides whether the container must be restarted.</summary>
    public Probe? LivenessProbe { get; init; }

    /// <summary>Gets the probe that decides whether the container can serve traffic.</summary>
    public Probe? ReadinessProbe { get; init; }

    /// <summary>Gets the probe that must succeed before the other probes run.</summary>
    public Probe? StartupProbe { get; init; }

    /// <summary>Gets the hooks run after start and before stop.</summary>
    public Lifecycle? Lifecycle { get; init; }

    /// <summary>Gets the file whose content becomes the termination message.</summary>
    public string? TerminationMessagePath { get; init; }

    /// <summary>Gets how the termination message is filled (see <see cref="TerminationMessagePolicies"/>).</summary>
    public string? TerminationMessagePolicy { get; init; }

    /// <summary>Gets when the image is pulled (see <see cref="PullPolicies"/>).</summary>
    public string? ImagePullPolicy { get; init; }

    /// <summary>Gets the container's security settings.</summary>
    public SecurityContext? SecurityContext { get; init; }

    /// <summary>Gets a value indicating whether the container has a stdin buffer.</summary>
    public bool? Stdin { get; init; }

    /// <summary>Gets a value indicating whether stdin is closed after the first attach disconnects.</summary>
    public bool? StdinOnce { get; init; }

    /// <summary>Gets a value indicating whether the container is given a terminal.</summary>
    public bool? Tty { get; init; }

    /// <summary>
    /// Gets a value indicating whether this container, listed among a pod's init containers, is a sidecar: a restartable
    /// init container, one with <c>restartPolicy: Always</c> (<c>IsRestartableInitContainer</c> in
    /// <c>pkg/api/v1/pod/util.go</c>). Callers ask it of init containers only.
    /// </summary>
    public bool IsSidecar => RestartPolicy == RestartPolicies.Always;
}
