using PodSim.Tests.Support;

namespace PodSim.Tests.Kubelet;

/// <summary>
/// <c>apply</c> of a changed container image to a running pod: the kubelet kills the container ("definition changed")
/// and starts it again with the new image at once, whatever the restart policy
/// (<c>pkg/kubelet/kuberuntime/kuberuntime_manager.go</c> computePodActions).
/// </summary>
public class ApplyImageTimelineTests
{
    private const string NewImage = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          labels: {version: "1.26"}
        spec:
          containers:
          - name: app
            image: nginx:1.26
        """;

    private static string Scenario(string manifest) => $$"""
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata: {name: rollout}
        spec:
          until: 2m
          images:
          - {image: "nginx:1.25", present: true}
          - {image: "nginx:1.26", pullDuration: 3s}
          actions:
          - at: 30s
            apply:
              manifest: |
        {{string.Join("\n", manifest.Split('\n').Select(l => "        " + l))}}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          restartPolicy: Never
          containers:
          - name: app
            image: nginx:1.25
        """;

    [Fact]
    public void Applying_a_new_image_restarts_the_container_with_it_at_the_actions_instant()
    {
        var sim = Sim.Run(Scenario(NewImage), TimeSpan.FromMinutes(1));

        Sim.EventLines(sim).Where(l => l.StartsWith("30s", StringComparison.Ordinal) || l.StartsWith("33s", StringComparison.Ordinal)).Should().Equal(
            "30s Normal Killing spec.containers{app}: Container app definition changed, will be restarted",
            "30s Normal Pulling spec.containers{app}: Pulling image \"nginx:1.26\"",
            "33s Normal Pulled spec.containers{app}: Successfully pulled image \"nginx:1.26\" in 3s (3s including waiting). Image size: 52428800 bytes.",
            "33s Normal Created spec.containers{app}: Container created",
            "33s Normal Started spec.containers{app}: Container started");
        var pod = sim.GetPod("web")!;
        pod.Metadata!.Labels.Should().Contain("version", "1.26");
        pod.Spec!.Containers[0].Image.Should().Be("nginx:1.26");
        var status = pod.Status!.ContainerStatuses[0];
        status.RestartCount.Should().Be(1);
        status.Image.Should().Be("docker.io/library/nginx:1.26");
        status.State!.Running.Should().NotBeNull();
        status.LastState!.Terminated!.ExitCode.Should().Be(143);
        pod.Status.Phase.Should().Be("Running");
        sim.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Applying_a_change_the_api_server_forbids_is_reported_and_changes_nothing()
    {
        var sim = Sim.Run(Scenario(NewImage.Replace("spec:\n", "spec:\n  restartPolicy: Always\n", StringComparison.Ordinal)), TimeSpan.FromMinutes(1));

        sim.Warnings.Should().ContainSingle().Which.Should().StartWith(
            "+30s spec.actions[0].apply: Pod/web: Pod \"web\" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,");
        sim.GetPod("web")!.Spec!.RestartPolicy.Should().Be("Never");
    }

    [Fact]
    public void Applying_an_object_that_does_not_exist_creates_it()
    {
        var sim = Sim.Run(Scenario(NewImage.Replace("name: web", "name: other", StringComparison.Ordinal)), TimeSpan.FromMinutes(1));

        sim.GetPod("other").Should().NotBeNull();
        sim.GetPod("web")!.Status!.ContainerStatuses[0].RestartCount.Should().Be(0);
    }
}
