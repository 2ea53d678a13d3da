using PodSim.Model;

namespace PodSim.Configuration;

/// <summary>
/// Builds the full configuration of a container (<see cref="Build"/>) or only checks whether the kubelet could create
/// it (<see cref="Check"/>), in the order the kubelet's <c>generateContainerConfig</c> works.
/// </summary>
public static class ContainerConfigurator
{
    /// <summary>Builds what the container gets.</summary>
    /// <param name="pod">The pod, API-defaulted; its status supplies pod and host IPs when known.</param>
    /// <param name="container">The container (see <see cref="FindContainer"/>).</param>
    /// <param name="sources">The ConfigMaps, Secrets, Services, node and settings.</param>
    /// <param name="image">The image's configuration, when known.</param>
    /// <returns>The configuration, with any errors.</returns>
    public static ContainerConfiguration Build(Pod pod, Container container, ConfigurationSources sources, ImageConfig? image = null)
    {
        ArgumentNullException.ThrowIfNull(pod);
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(sources);
        var hosts = HostsFile.Build(pod, sources.Settings);
        var resolv = ResolvConf.Build(pod, sources.Settings);
        var volumes = VolumeFiles.ProjectPodVolumes(pod, sources);
        var environment = ContainerEnvironment.Resolve(pod, container, sources);
        var mounts = ContainerMounts.Build(pod, container, environment.Variables, volumes, hosts.Text is not null);
        var seesHostsFile = false;
        foreach (var mount in mounts.Mounts)
        {
            seesHostsFile |= string.Equals(mount.Name, ContainerMounts.EtcHostsMountName, StringComparison.Ordinal);
        }

        ConfigurationError? mountError = null;
        foreach (var volume in volumes)
        {
            mountError ??= volume.Error;
        }

        var events = new List<ConfigurationEvent>(resolv.Events);
        events.AddRange(environment.Events);
        return new ContainerConfiguration
        {
            ContainerName = container.Name ?? string.Empty,
            Environment = environment,
            Command = CommandLine.Resolve(container, environment.Variables, image),
            Mounts = mounts,
            Volumes = volumes,
            ResolvConf = resolv,
            Hosts = seesHostsFile ? hosts : hosts with { Text = null },
            SecurityContext = SecurityContextRules.Effective(pod, container),
            Identity = SecurityContextRules.Identity(pod, container, image),
            SandboxError = hosts.Hostname.Error is { } hostnameError
                ? new ConfigurationError(ConfigurationReasons.FailedCreatePodSandBox, hostnameError)
                : null,
            MountError = mountError,
            Error = environment.Error ?? mounts.Error ?? SecurityContextRules.VerifyRunAsNonRoot(pod, container, image),
            Events = events,
        };
    }

    /// <summary>
    /// The <c>CreateContainerConfigError</c> the kubelet would hit creating this container now, or null: the
    /// environment first, then the mounts, then the runAsNonRoot check. Volume and sandbox errors are separate.
    /// </summary>
    /// <param name="pod">The pod, API-defaulted.</param>
    /// <param name="container">The container.</param>
    /// <param name="sources">The ConfigMaps, Secrets, Services, node and settings.</param>
    /// <param name="image">The image's configuration, when known.</param>
    /// <returns>The error, or null when the container can be created.</returns>
    public static ConfigurationError? Check(Pod pod, Container container, ConfigurationSources sources, ImageConfig? image = null)
    {
        ArgumentNullException.ThrowIfNull(pod);
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(sources);
        var environment = ContainerEnvironment.Resolve(pod, container, sources);
        if (environment.Error is not null)
        {
            return environment.Error;
        }

        // Mount errors come only from names and subPathExpr; projected file contents do not matter here.
        var mounts = ContainerMounts.Build(pod, container, environment.Variables, [], false);
        return mounts.Error ?? SecurityContextRules.VerifyRunAsNonRoot(pod, container, image);
    }

    /// <summary>Finds a container by name among the app, init and ephemeral containers (in that order).</summary>
    /// <param name="spec">The pod spec.</param>
    /// <param name="name">The container name.</param>
    /// <returns>The container (an ephemeral one converted to a <see cref="Container"/>), or null.</returns>
    public static Container? FindContainer(PodSpec spec, string name)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var found = DownwardApi.FindContainer(spec, name);
        if (found is not null)
        {
            return found;
        }

        foreach (var ephemeral in spec.EphemeralContainers)
        {
            if (string.Equals(ephemeral.Name, name, StringComparison.Ordinal))
            {
                return new Container
                {
                    Name = ephemeral.Name,
                    Image = ephemeral.Image,
                    Command = ephemeral.Command,
                    Args = ephemeral.Args,
                    WorkingDir = ephemeral.WorkingDir,
                    Ports = ephemeral.Ports,
                    EnvFrom = ephemeral.EnvFrom,
                    Env = ephemeral.Env,
                    Resources = ephemeral.Resources,
                    VolumeMounts = ephemeral.VolumeMounts,
                    VolumeDevices = ephemeral.VolumeDevices,
                    TerminationMessagePath = ephemeral.TerminationMessagePath,
                    TerminationMessagePolicy = ephemeral.TerminationMessagePolicy,
                    ImagePullPolicy = ephemeral.ImagePullPolicy,
                    SecurityContext = ephemeral.SecurityContext,
                    Stdin = ephemeral.Stdin,
                    StdinOnce = ephemeral.StdinOnce,
                    Tty = ephemeral.Tty,
                };
            }
        }

        return null;
    }
}
