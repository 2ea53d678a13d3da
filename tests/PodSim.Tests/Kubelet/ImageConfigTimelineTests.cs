using PodSim.Tests.Support;

namespace PodSim.Tests.Kubelet;

/// <summary>The scenario's image configuration reaches the kubelet's checks: runAsNonRoot against the image user.</summary>
public class ImageConfigTimelineTests
{
    private static string Pod(string user) => $$$"""
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata: {name: image}
        spec:
          images: [{image: "registry.example/app:1", present: true {{{user}}} }]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          securityContext: {runAsNonRoot: true}
          containers: [{name: app, image: "registry.example/app:1"}]
        """;

    [Fact]
    public void RunAsNonRoot_refuses_an_image_that_runs_as_root()
    {
        var sim = Sim.Run(Pod(string.Empty), TimeSpan.FromSeconds(5));
        var pod = sim.GetPod("web")!;
        var waiting = pod.Status!.ContainerStatuses[0].State!.Waiting!;

        waiting.Reason.Should().Be("CreateContainerConfigError");
        waiting.Message.Should().Be("container has runAsNonRoot and image will run as root (pod: \"web_default(" + pod.Metadata!.Uid + ")\", container: app)");
    }

    [Fact]
    public void RunAsNonRoot_accepts_an_image_with_a_numeric_non_root_user()
    {
        var sim = Sim.Run(Pod(", user: \"1000\""), TimeSpan.FromSeconds(5));

        sim.GetPod("web")!.Status!.ContainerStatuses[0].State!.Running.Should().NotBeNull();
    }
}
