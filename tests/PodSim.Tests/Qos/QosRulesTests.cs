using PodSim.Defaulting;
using PodSim.Manifests;
using PodSim.Model;
using PodSim.Qos;

namespace PodSim.Tests.Qos;

/// <summary>
/// QoS table. Each container is written "kind:resources" where kind is i (init), s (sidecar), c (regular) or
/// e (ephemeral), and resources are "requests|limits" lists such as "cpu=1,memory=1Gi|cpu=1,memory=1Gi"; "-" is none.
/// The pod is defaulted first, as the API server does, so limits-only containers get requests.
/// </summary>
public class QosRulesTests
{
    public static TheoryData<string, string> Cases() => new()
    {
        { "c:-", "BestEffort" },
        { "c:-;c:-", "BestEffort" },
        { "c:cpu=1,memory=1Gi|cpu=1,memory=1Gi", "Guaranteed" },
        { "c:|cpu=1,memory=1Gi", "Guaranteed" },
        { "c:|cpu=500m,memory=128Mi;c:|cpu=0.5,memory=128Mi", "Guaranteed" },
        { "c:cpu=500m|cpu=1,memory=1Gi", "Burstable" },
        { "c:cpu=1|", "Burstable" },
        { "c:memory=64Mi|", "Burstable" },
        { "c:|cpu=1", "Burstable" },
        { "c:|memory=1Gi", "Burstable" },
        { "c:cpu=1,memory=1Gi|cpu=2,memory=1Gi", "Burstable" },
        { "c:cpu=1,memory=1Gi|cpu=1,memory=2Gi", "Burstable" },
        { "c:|cpu=1,memory=1Gi;c:-", "Burstable" },
        { "c:|cpu=1,memory=1Gi;c:cpu=100m|", "Burstable" },
        { "c:cpu=0,memory=0|", "BestEffort" },
        { "c:cpu=0|cpu=0", "BestEffort" },
        { "c:|cpu=1,memory=1Gi,nvidia.com/gpu=1", "Guaranteed" },
        { "c:ephemeral-storage=1Gi|", "BestEffort" },
        { "c:nvidia.com/gpu=1|nvidia.com/gpu=1", "BestEffort" },
        { "i:|cpu=1,memory=1Gi;c:|cpu=1,memory=1Gi", "Guaranteed" },
        { "i:-;c:|cpu=1,memory=1Gi", "Burstable" },
        { "i:cpu=1|;c:-", "Burstable" },
        { "i:|cpu=1,memory=1Gi;c:-", "Burstable" },
        { "i:-;c:-", "BestEffort" },
        { "s:|cpu=100m,memory=64Mi;c:|cpu=1,memory=1Gi", "Guaranteed" },
        { "s:-;c:|cpu=1,memory=1Gi", "Burstable" },
        { "s:cpu=100m|;c:-", "Burstable" },
        { "e:cpu=1|;c:-", "BestEffort" },
        { "e:-;c:|cpu=1,memory=1Gi", "Guaranteed" },
        { "c:cpu=1,memory=1Gi|memory=1Gi", "Burstable" },
        { "c:cpu=1000m,memory=1024Mi|cpu=1,memory=1Gi", "Guaranteed" },
        { "c:cpu=1,memory=1G|cpu=1,memory=1Gi", "Burstable" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Pod_qos_class_follows_the_per_container_rules(string containers, string expected)
    {
        var pod = ApiDefaults.ApplyPod(new Pod { Metadata = new ObjectMeta { Name = "p" }, Spec = Build(containers) });

        QosRules.ComputePodQos(pod.Spec!).Should().Be(expected);
    }

    [Theory]
    [InlineData("cpu=1,memory=1Gi|cpu=1,memory=1Gi", "Guaranteed")]
    [InlineData("cpu=1|cpu=2", "Burstable")]
    public void Pod_level_resources_decide_alone(string podLevel, string expected)
    {
        var spec = Build("c:-") with { Resources = Resources(podLevel) };

        QosRules.ComputePodQos(spec).Should().Be(expected);
    }

    [Fact]
    public void A_loaded_pod_with_limits_only_is_Guaranteed_as_the_API_server_defaults_it()
    {
        const string yaml = """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: app
                image: nginx:1.25
                resources:
                  limits: {cpu: 500m, memory: 128Mi}
            """;
        var pod = new ManifestLoader().LoadString(yaml).OfType<Pod>().Single();

        QosRules.ComputePodQos(pod.Spec!).Should().Be(QosClasses.Guaranteed);
        pod.Spec!.Containers[0].Resources!.Requests.Should().BeEmpty("the spec given is not changed");
        QosRules.ComputeDefaultedPodQos(pod.Spec).Should().Be(QosClasses.Burstable, "the internal hot path trusts its input to be defaulted");
    }

    private static PodSpec Build(string containers)
    {
        var init = new List<Container>();
        var regular = new List<Container>();
        var ephemeral = new List<EphemeralContainer>();
        var n = 0;
        foreach (var part in containers.Split(';'))
        {
            var kind = part[0];
            var resources = part[2..] == "-" ? null : Resources(part[2..]);
            var name = "c" + n++;
            switch (kind)
            {
                case 'i': init.Add(new Container { Name = name, Image = "x", Resources = resources }); break;
                case 's': init.Add(new Container { Name = name, Image = "x", RestartPolicy = "Always", Resources = resources }); break;
                case 'e': ephemeral.Add(new EphemeralContainer { Name = name, Image = "x", Resources = resources }); break;
                default: regular.Add(new Container { Name = name, Image = "x", Resources = resources }); break;
            }
        }

        return new PodSpec { InitContainers = init, Containers = regular, EphemeralContainers = ephemeral };
    }

    private static ResourceRequirements Resources(string text)
    {
        var halves = text.Split('|');
        return new ResourceRequirements { Requests = List(halves[0]), Limits = halves.Length > 1 ? List(halves[1]) : EmptyMap.Quantities };
    }

    private static Dictionary<string, Quantity> List(string text)
    {
        var map = new Dictionary<string, Quantity>();
        foreach (var item in text.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = item.Split('=');
            map[kv[0]] = Quantity.Parse(kv[1]);
        }

        return map;
    }
}
