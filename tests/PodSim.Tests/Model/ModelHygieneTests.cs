using FluentAssertions;
using PodSim.Defaulting;
using PodSim.Manifests;
using PodSim.Model;
using PodSim.Scenarios;

namespace PodSim.Tests.Model;

/// <summary>
/// Objects built in C# name their apiVersion and kind as manifests do, and an ephemeral container is a container with a
/// target (upstream's <c>EphemeralContainerCommon</c>), sharing its defaulting.
/// </summary>
public class ModelHygieneTests
{
    public static TheoryData<KubeObject, string, string> Objects => new()
    {
        { new Pod(), "v1", "Pod" },
        { new ConfigMap(), "v1", "ConfigMap" },
        { new Node(), "v1", "Node" },
        { new Deployment(), "apps/v1", "Deployment" },
        { new Job(), "batch/v1", "Job" },
        { new PodDisruptionBudget(), "policy/v1", "PodDisruptionBudget" },
        { new PriorityClass(), "scheduling.k8s.io/v1", "PriorityClass" },
        { new Scenario(), "podsim.io/v1alpha1", "Scenario" },
    };

    [Theory]
    [MemberData(nameof(Objects))]
    public void An_object_built_in_csharp_carries_its_api_version_and_kind(KubeObject obj, string apiVersion, string kind)
    {
        obj.ApiVersion.Should().Be(apiVersion);
        obj.Kind.Should().Be(kind);
    }

    [Fact]
    public void A_duplicate_pod_built_in_csharp_is_refused_with_the_api_servers_words()
    {
        var sim = new Simulation();
        var pod = new Pod
        {
            Metadata = new ObjectMeta { Name = "web" },
            Spec = new PodSpec { Containers = [new Container { Name = "app", Image = "nginx:1.25" }] },
        };
        sim.Create(pod);

        var act = () => sim.Create(pod);

        act.Should().Throw<SimulationInputException>().WithMessage("*Pod/web: metadata.name: Duplicate value: \"web\"*")
            .Which.Message.Should().NotContain("<unknown>");
    }

    [Fact]
    public void A_manifest_keeps_what_it_says_over_the_defaults_of_its_type()
    {
        var loaded = new ManifestLoader().LoadString("apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec: {containers: [{name: app, image: nginx}]}\n", "pod.yaml");

        var pod = loaded.Objects.Should().ContainSingle().Which.Object.Should().BeOfType<Pod>().Subject;
        (pod.ApiVersion, pod.Kind).Should().Be(("v1", "Pod"));
    }

    [Fact]
    public void An_ephemeral_container_is_defaulted_as_a_container_and_keeps_its_target()
    {
        var debug = new EphemeralContainer { Name = "debug", Image = "busybox", TargetContainerName = "app" };

        var defaulted = ApiDefaults.ApplyEphemeralContainer(debug);

        defaulted.TargetContainerName.Should().Be("app");
        defaulted.ImagePullPolicy.Should().Be("Always");
        defaulted.TerminationMessagePath.Should().Be("/dev/termination-log");
        defaulted.Should().BeAssignableTo<Container>();
        defaulted.Should().NotBe(new Container { Name = "debug", Image = "busybox" }, "an ephemeral container never equals a plain container");
    }

    [Fact]
    public void An_ephemeral_container_is_written_with_its_target_last_as_the_api_does()
    {
        var pod = new Pod
        {
            Metadata = new ObjectMeta { Name = "web" },
            Spec = new PodSpec
            {
                Containers = [new Container { Name = "app", Image = "nginx" }],
                EphemeralContainers = [new EphemeralContainer { Name = "debug", Image = "busybox", TargetContainerName = "app" }],
            },
        };

        var yaml = ManifestWriter.ToYaml(pod);

        yaml.Should().Contain("  ephemeralContainers:\n  - name: debug\n    image: busybox\n    targetContainerName: app\n");
    }
}
