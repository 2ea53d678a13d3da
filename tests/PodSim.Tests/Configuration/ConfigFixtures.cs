using PodSim.Configuration;
using PodSim.Defaulting;
using PodSim.Manifests;
using PodSim.Model;

namespace PodSim.Tests.Configuration;

/// <summary>Builds defaulted pods and configuration sources from YAML, as the simulator would load them.</summary>
internal static class ConfigFixtures
{
    /// <summary>Loads every object of <paramref name="yaml"/>; the first Pod is returned defaulted.</summary>
    public static (Pod Pod, ConfigurationSources Sources) Load(string yaml, ClusterSettings? settings = null, Node? node = null)
    {
        var result = new ManifestLoader().LoadString(yaml, "test.yaml");
        result.Errors.Should().BeEmpty();
        var pod = ApiDefaults.ApplyPod(result.OfType<Pod>().First());
        var sources = new ConfigurationSources
        {
            ConfigMaps = result.OfType<ConfigMap>(),
            Secrets = result.OfType<Secret>(),
            Services = result.OfType<Service>(),
            Node = node ?? result.OfType<Node>().FirstOrDefault(),
            Settings = settings ?? ClusterSettings.Default,
        };
        return (pod, sources);
    }

    /// <summary>Loads the first pod of a file and resolves its first (or named) container's environment.</summary>
    public static EnvironmentResult Env(string yaml, string? container = null, ClusterSettings? settings = null, Node? node = null)
    {
        var (pod, sources) = Load(yaml, settings ?? NoServices, node);
        return ContainerEnvironment.Resolve(pod, Container(pod, container), sources);
    }

    /// <summary>Settings without the implicit <c>default/kubernetes</c> Service, to keep env tables short.</summary>
    public static ClusterSettings NoServices { get; } = ClusterSettings.Default with { KubernetesServiceIP = null };

    public static Container Container(Pod pod, string? name) =>
        name is null ? pod.Spec!.Containers[0] : ContainerConfigurator.FindContainer(pod.Spec!, name)!;

    /// <summary>The variables as NAME=value lines.</summary>
    public static string[] Lines(EnvironmentResult result) => result.Variables.Select(v => v.Name + "=" + v.Value).ToArray();

    /// <summary>A node with the given allocatable resources, such as "cpu=4,memory=8Gi".</summary>
    public static Node NodeWith(string allocatable) => new()
    {
        Metadata = new ObjectMeta { Name = "node-1" },
        Status = new NodeStatus
        {
            Allocatable = allocatable.Split(',').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Quantity.Parse(p[1])),
            Addresses = [new NodeAddress { Type = "InternalIP", Address = "10.0.0.5" }],
        },
    };
}
