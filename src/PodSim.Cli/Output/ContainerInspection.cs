using PodSim.Configuration;
using PodSim.Model;

namespace PodSim.Cli.Output;

/// <summary>What <c>podsim inspect pod</c> prints about one container: the pod at the instant, the container and its configuration.</summary>
/// <param name="Pod">The pod as the simulation has it at <paramref name="At"/>, status included.</param>
/// <param name="Container">The container, as the pod's spec gives it.</param>
/// <param name="Configuration">What the container gets (see <see cref="ContainerConfigurator.Build"/>).</param>
/// <param name="At">The virtual time shown.</param>
internal sealed record ContainerInspection(Pod Pod, Container Container, ContainerConfiguration Configuration, TimeSpan At)
{
    /// <summary>Gets the image's configuration when the scenario's image table gives it.</summary>
    public ImageConfig? Image { get; init; }

    /// <summary>Gets the container's oom_score_adj on its node, when the node's memory capacity is known.</summary>
    public int? OomScoreAdj { get; init; }

    /// <summary>Gets the pod's namespace (<c>default</c> when unset).</summary>
    public string Namespace => string.IsNullOrEmpty(Pod.Metadata.Namespace) ? "default" : Pod.Metadata.Namespace;

    /// <summary>Gets what kind of container it is: <c>container</c>, <c>initContainer</c> or <c>ephemeralContainer</c>.</summary>
    public string ContainerType
    {
        get
        {
            var spec = Pod.Spec!;
            foreach (var c in spec.Containers)
            {
                if (ReferenceEquals(c, Container))
                {
                    return "container";
                }
            }

            foreach (var c in spec.InitContainers)
            {
                if (ReferenceEquals(c, Container))
                {
                    return "initContainer";
                }
            }

            return "ephemeralContainer";
        }
    }

    /// <summary>Gets the container's status in the pod, if the kubelet has reported one.</summary>
    public ContainerStatus? Status
    {
        get
        {
            var status = Pod.Status;
            if (status is null)
            {
                return null;
            }

            var list = ContainerType switch
            {
                "container" => status.ContainerStatuses,
                "initContainer" => status.InitContainerStatuses,
                _ => status.EphemeralContainerStatuses,
            };
            foreach (var s in list)
            {
                if (s.Name == Container.Name)
                {
                    return s;
                }
            }

            return null;
        }
    }

    /// <summary>Gets the container's state in a few words: <c>Running</c>, <c>Waiting (CreateContainerConfigError)</c>, ...; null when not reported.</summary>
    public string? State
    {
        get
        {
            var state = Status?.State;
            if (state?.Running is not null)
            {
                return "Running";
            }

            if (state?.Terminated is { } terminated)
            {
                var code = "exit code " + (terminated.ExitCode ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return "Terminated (" + (string.IsNullOrEmpty(terminated.Reason) ? code : terminated.Reason + ", " + code) + ")";
            }

            if (state?.Waiting is { } waiting)
            {
                return string.IsNullOrEmpty(waiting.Reason) ? "Waiting" : "Waiting (" + waiting.Reason + ")";
            }

            return null;
        }
    }

    /// <summary>Gets every error that keeps the container from starting, in the kubelet's order: sandbox, volumes, the container's own.</summary>
    public IReadOnlyList<ConfigurationError> Errors
    {
        get
        {
            var errors = new List<ConfigurationError>();
            foreach (var error in new[] { Configuration.SandboxError, Configuration.MountError, Configuration.Error })
            {
                if (error is not null)
                {
                    errors.Add(error);
                }
            }

            return errors;
        }
    }
}
