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
        var container = SelectContainer(pod, args.Get("container"), context);
        var image = sim.ImageConfigFor(container.Image);
        var configuration = ContainerConfigurator.Build(pod, container, sim.ConfigurationSourcesFor(pod), image);
        var inspection = new ContainerInspection(pod, container, configuration, sim.Elapsed)
        {
            Image = image,
            OomScoreAdj = sim.OomScoreAdjustFor(pod, container),
        };
        context.Stdout.Write(json ? InspectionJson.Write(inspection) : InspectionText.Write(inspection));
        return 0;
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

}
