using PodSim.Tests.Support;

namespace PodSim.Tests.Kubelet;

/// <summary>Image pull policy, pulls, failures and image back-off (<c>pkg/kubelet/images/image_manager.go</c> EnsureImageExists; docs/timing-model.md).</summary>
public class ImagePullTimelineTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static string Pod(string scenario, string container) => $$"""
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata: {name: images}
        spec:
        {{scenario}}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - {{container}}
        """;

    [Fact]
    public void Two_failed_pulls_start_the_container_at_30s()
    {
        var sim = Sim.Run(Pod("  images: [{image: \"nginx:1.25\", failPulls: 2}]", "{name: app, image: \"nginx:1.25\"}"), S(40));

        Sim.EventLines(sim).Where(l => !l.Contains("Scheduled", StringComparison.Ordinal)).Should().Equal(
            "0s Normal Pulling spec.containers{app}: Pulling image \"nginx:1.25\"",
            "0s Warning Failed spec.containers{app}: Failed to pull image \"nginx:1.25\": rpc error: code = Unavailable desc = failed to pull and unpack image \"docker.io/library/nginx:1.25\": failed to copy: httpReadSeeker: failed open: unexpected status code 503 Service Unavailable",
            "0s Warning Failed spec.containers{app}: Error: ErrImagePull",
            "0s Normal BackOff spec.containers{app}: Back-off pulling image \"nginx:1.25\"",
            "0s Warning Failed spec.containers{app}: Error: ImagePullBackOff",
            "10s Normal Pulling spec.containers{app}: Pulling image \"nginx:1.25\"",
            "10s Warning Failed spec.containers{app}: Failed to pull image \"nginx:1.25\": rpc error: code = Unavailable desc = failed to pull and unpack image \"docker.io/library/nginx:1.25\": failed to copy: httpReadSeeker: failed open: unexpected status code 503 Service Unavailable",
            "10s Warning Failed spec.containers{app}: Error: ErrImagePull",
            "10s Normal BackOff spec.containers{app}: Back-off pulling image \"nginx:1.25\"",
            "10s Warning Failed spec.containers{app}: Error: ImagePullBackOff",
            "30s Normal Pulling spec.containers{app}: Pulling image \"nginx:1.25\"",
            "30s Normal Pulled spec.containers{app}: Successfully pulled image \"nginx:1.25\" in 0s (0s including waiting). Image size: 52428800 bytes.",
            "30s Normal Created spec.containers{app}: Container created",
            "30s Normal Started spec.containers{app}: Container started");
        Sim.TransitionLines(sim, "containerStatuses[app].state").Should().Equal(
            "0s status.containerStatuses[app].state:  -> Waiting(ContainerCreating)",
            "0s status.containerStatuses[app].state: Waiting(ContainerCreating) -> Waiting(ErrImagePull)",
            "0s status.containerStatuses[app].state: Waiting(ErrImagePull) -> Waiting(ImagePullBackOff)",
            "10s status.containerStatuses[app].state: Waiting(ImagePullBackOff) -> Waiting(ErrImagePull)",
            "10s status.containerStatuses[app].state: Waiting(ErrImagePull) -> Waiting(ImagePullBackOff)",
            "30s status.containerStatuses[app].state: Waiting(ImagePullBackOff) -> Running");
    }

    [Fact]
    public void Image_pull_back_off_shows_the_previous_error_while_waiting()
    {
        var sim = Sim.Run(Pod("  images: [{image: \"nginx:nope\", failPulls: always}]", "{name: app, image: \"nginx:nope\"}"), S(15));
        var waiting = sim.GetPod("web")!.Status!.ContainerStatuses[0].State!.Waiting!;

        waiting.Reason.Should().Be("ImagePullBackOff");
        waiting.Message.Should().Be(
            "Back-off pulling image \"nginx:nope\": rpc error: code = NotFound desc = failed to pull and unpack image \"docker.io/library/nginx:nope\": failed to resolve reference \"docker.io/library/nginx:nope\": docker.io/library/nginx:nope: not found");
        sim.EventOccurrences.Where(e => e.Event.Reason == "Pulling").Select(e => e.Offset.TotalSeconds).Should().Equal(0, 10);
    }

    [Fact]
    public void Image_that_never_exists_retries_on_the_capped_curve()
    {
        var sim = Sim.Run(Pod("  images: [{image: \"nginx:nope\", failPulls: always}]", "{name: app, image: \"nginx:nope\"}"), S(1300));

        sim.EventOccurrences.Where(e => e.Event.Reason == "Pulling").Select(e => e.Offset.TotalSeconds)
            .Should().Equal(0, 10, 30, 70, 150, 310, 610, 910, 1210);
    }

    [Fact]
    public void Never_policy_with_absent_image_waits_forever_with_ErrImageNeverPull()
    {
        var sim = Sim.Run(Pod("  seed: 1", "{name: app, image: \"nginx:1.25\", imagePullPolicy: Never}"), TimeSpan.FromHours(1));
        var status = sim.GetPod("web")!.Status!;

        status.Phase.Should().Be("Pending");
        status.ContainerStatuses[0].State!.Waiting!.Reason.Should().Be("ErrImageNeverPull");
        status.ContainerStatuses[0].State!.Waiting!.Message.Should().Be("Container image \"nginx:1.25\" is not present with pull policy of Never");
        sim.Events.Should().Contain(e => e.Reason == "ErrImageNeverPull" && e.Type == "Warning"
            && e.Message == "Container image \"nginx:1.25\" is not present with pull policy of Never");
        sim.Events.Should().NotContain(e => e.Reason == "Pulling");
    }

    [Fact]
    public void Present_image_with_IfNotPresent_skips_the_pull()
    {
        var sim = Sim.Run(Pod("  images: [{image: \"nginx:1.25\", present: true}]", "{name: app, image: \"nginx:1.25\"}"), S(5));

        Sim.EventLines(sim).Should().Equal(
            "0s Normal Scheduled web: Successfully assigned default/web to node-1",
            "0s Normal Pulled spec.containers{app}: Container image \"nginx:1.25\" already present on machine and can be accessed by the pod",
            "0s Normal Created spec.containers{app}: Container created",
            "0s Normal Started spec.containers{app}: Container started");
    }

    [Fact]
    public void Always_policy_pulls_even_a_present_image_and_pull_duration_delays_the_start()
    {
        var sim = Sim.Run(
            Pod("  images: [{image: \"nginx:latest\", present: true, pullDuration: 1500ms, size: 100Mi}]", "{name: app, image: \"nginx:latest\"}"),
            S(5));

        Sim.EventLines(sim).Skip(1).Should().Equal(
            "0s Normal Pulling spec.containers{app}: Pulling image \"nginx:latest\"",
            "1.5s Normal Pulled spec.containers{app}: Successfully pulled image \"nginx:latest\" in 1.5s (1.5s including waiting). Image size: 104857600 bytes.",
            "1.5s Normal Created spec.containers{app}: Container created",
            "1.5s Normal Started spec.containers{app}: Container started");
        var status = sim.GetPod("web")!.Status!.ContainerStatuses[0];
        status.Image.Should().Be("docker.io/library/nginx:latest");
        status.ImageID.Should().StartWith("docker.io/library/nginx@sha256:");
        status.ContainerID.Should().StartWith("containerd://");
        status.State!.Running!.StartedAt.Should().Be(sim.StartTime + S(1), "timestamps are truncated to whole seconds");
    }

    [Fact]
    public void Invalid_image_name_is_reported()
    {
        var sim = Sim.Run(Pod("  seed: 1", "{name: app, image: \"nginx:1.25:bad\"}"), S(5));

        sim.GetPod("web")!.Status!.ContainerStatuses[0].State!.Waiting!.Reason.Should().Be("InvalidImageName");
        sim.Events.Should().Contain(e => e.Reason == "InspectFailed");
    }
}
