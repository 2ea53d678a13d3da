using PodSim.Cli.CommandLine;
using PodSim.Cli.Output;
using PodSim.Configuration;
using PodSim.Engine;
using PodSim.Model;

namespace PodSim.Cli.Commands;

/// <summary>
/// <c>podsim inspect pod NAME FILE... [-c CONTAINER] [--at DURATION] [-n NAMESPACE] [-o text|json]</c>: what one
/// container gets from its pod's configuration at a virtual time.
/// </summary>
internal static class InspectPodCommand
{
    /// <summary>The annotation kubectl reads to pick a pod's default container.</summary>
    public const string DefaultContainerAnnotation = "kubectl.kubernetes.io/default-container";

    /// <summary>Runs the command.</summary>
    /// <param name="args">The parsed arguments.</param>
    /// <param name="context">The streams.</param>
    /// <returns>The exit code.</returns>
    public static int Execute(ParsedArguments args, CliContext context)
    {
        var json = args.Get("output") == "json";
        var (sim, pod) = SimulationInput.SimulateNamedPod(args, context);
        var snapshot = sim.Snapshot();
        var container = SelectContainer(pod, args.Get("container"), context);
        var image = ImageFor(sim, container.Image);
        var configuration = ContainerConfigurator.Build(pod, container, Sources(snapshot, pod), image);
        var inspection = new ContainerInspection(pod, container, configuration, snapshot.Elapsed)
        {
            Image = image,
            OomScoreAdj = OomScoreAdj(snapshot, pod, container),
        };
        context.Stdout.Write(json ? InspectionJson.Write(inspection) : InspectionText.Write(inspection));
        return 0;
    }

    /// <summary>The kubelet's oom_score_adj for the container, from the QoS class and the node's memory capacity.</summary>
    private static int? OomScoreAdj(ClusterSnapshot snapshot, Pod pod, Container container)
    {
        foreach (var obj in snapshot.Objects)
        {
            if (obj is Node node && node.Metadata.Name == pod.Spec!.NodeName
                && node.Status?.Capacity.TryGetValue(ResourceNames.Memory, out var memory) == true)
            {
                return Qos.OomScoreRules.ContainerOomScoreAdjust(pod.Spec, container, (long)memory.Value());
            }
        }

        return null;
    }

    /// <summary>The image configuration the scenario's image table gives (entrypoint, cmd, user, workdir), if any.</summary>
    private static ImageConfig? ImageFor(Simulation sim, string? image)
    {
        foreach (var spec in sim.Scenario.Spec?.Images ?? [])
        {
            if (spec.Image == image && (spec.Entrypoint.Count > 0 || spec.Cmd.Count > 0 || spec.User is not null || spec.WorkingDir is not null))
            {
                return spec.ToImageConfig();
            }
        }

        return null;
    }

    /// <summary>
    /// Picks the container as kubectl exec and logs do: the named one (app, init or ephemeral), else the one the
    /// default-container annotation names, else the first app container, saying so when there was a choice.
    /// </summary>
    private static Container SelectContainer(Pod pod, string? name, CliContext context)
    {
        var spec = pod.Spec!;
        if (!string.IsNullOrEmpty(name))
        {
            return ContainerConfigurator.FindContainer(spec, name)
                ?? throw new InputException("error: container " + name + " is not valid for pod " + pod.Metadata.Name);
        }

        if (spec.Containers.Count == 0)
        {
            throw new InputException("error: pod " + pod.Metadata.Namespace + "/" + pod.Metadata.Name + " does not have any containers");
        }

        if (pod.Metadata.Annotations.TryGetValue(DefaultContainerAnnotation, out var annotated) && annotated.Length > 0
            && ContainerConfigurator.FindContainer(spec, annotated) is { } fromAnnotation)
        {
            return fromAnnotation;
        }

        if (spec.Containers.Count > 1 || spec.InitContainers.Count > 0 || spec.EphemeralContainers.Count > 0)
        {
            context.Stderr.Write("Defaulted container \"" + spec.Containers[0].Name + "\" out of: " + AllContainerNames(spec) + "\n");
        }

        return spec.Containers[0];
    }

    /// <summary>kubectl's list: app containers, then ephemeral ones marked <c>(ephem)</c>, then init ones marked <c>(init)</c>.</summary>
    private static string AllContainerNames(PodSpec spec)
    {
        var names = new List<string>();
        foreach (var c in spec.Containers)
        {
            names.Add(c.Name ?? string.Empty);
        }

        foreach (var c in spec.EphemeralContainers)
        {
            names.Add(c.Name + " (ephem)");
        }

        foreach (var c in spec.InitContainers)
        {
            names.Add(c.Name + " (init)");
        }

        return string.Join(", ", names);
    }

    /// <summary>
    /// What the pod can read at this instant: the ConfigMaps, Secrets and Services of its namespace in creation order
    /// (the first of a name wins, as in the simulation) and the Node it is bound to.
    /// </summary>
    private static ConfigurationSources Sources(ClusterSnapshot snapshot, Pod pod)
    {
        var ns = NamespaceOf(pod);
        var configMaps = new List<ConfigMap>();
        var secrets = new List<Secret>();
        var services = new List<Service>();
        Node? node = null;
        foreach (var obj in snapshot.Objects)
        {
            switch (obj)
            {
                case ConfigMap configMap when NamespaceOf(configMap) == ns:
                    configMaps.Add(configMap);
                    break;
                case Secret secret when NamespaceOf(secret) == ns:
                    secrets.Add(secret);
                    break;
                case Service service when NamespaceOf(service) == ns:
                    services.Add(service);
                    break;
                case Node candidate when node is null && !string.IsNullOrEmpty(pod.Spec?.NodeName) && candidate.Metadata.Name == pod.Spec.NodeName:
                    node = candidate;
                    break;
            }
        }

        return new ConfigurationSources { ConfigMaps = configMaps, Secrets = secrets, Services = services, Node = node };
    }

    private static string NamespaceOf(KubeObject obj) => string.IsNullOrEmpty(obj.Metadata.Namespace) ? "default" : obj.Metadata.Namespace;
}
