using FluentAssertions;
using FluentAssertions.Extensions;
using PodSim;
using PodSim.Model;
using PodSim.Testing;
using Xunit;

namespace Consumer.Tests;

public class FirstTests
{
    // A scenario (how the containers behave) and the pod "web", with extra fields for its container "app".
    private static string Web(string behavior = "", string app = "", string spec = "") => $$"""
        {apiVersion: podsim.io/v1alpha1, kind: Scenario, metadata: {name: first}, spec: {behaviors: [{{behavior}}]} }
        ---
        {apiVersion: v1, kind: Pod, metadata: {name: web}, spec: {{{spec}}containers: [{name: app, image: busybox{{app}}}]} }
        """;

    [Fact]
    public void An_invalid_field_is_reported_with_its_file_line_column_and_path()
    {
        var result = ManifestValidation.ValidateYaml("""
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: app
                image: busybox
                livenessProbe: {exec: {command: ["true"]}, periodSeconds: -5}
            """, "pod.yaml");
        result.Errors.Should().ContainSingle().Which.ToString().Should().Be(
            "pod.yaml:8:63: Pod/web: spec.containers[0].livenessProbe.periodSeconds: Invalid value: -5: must be greater than or equal to 0");
    }

    [Fact]
    public void A_crashing_app_restarts_at_once_then_after_10s_20s_and_40s_of_back_off()
    {
        var sim = PodSimTest.Run(Web("{exitAfter: 5s, exitCode: 1}"), 100.Seconds());
        sim.Should().HavePod("web").ThatRestarted(4.Times()).Within(90.Seconds()).And.ThatHadEvent("BackOff", 10.Seconds());
        sim.EventOccurrences.Should().ContainInOrder("+0s Started", "+5s Started", "+20s Started", "+45s Started", "+90s Started");
    }

    [Fact]
    public void The_pod_is_ready_at_the_first_readiness_probe_after_the_app_is()
    {
        var sim = Simulation.FromYaml(Web("{readyAfter: 12s}", ", readinessProbe: {httpGet: {port: 80}, periodSeconds: 5}"));
        sim.RunUntilReady("web").Should().BeReady();
        sim.Should().HavePod("web").ThatBecameReadyAt(15.Seconds()).And.ThatHadEvent("Unhealthy", 10.Seconds());
    }

    [Fact]
    public void Init_containers_run_one_after_the_other_before_the_app()
    {
        var sim = PodSimTest.Run(Web("{container: migrate, exitAfter: 3s}, {container: seed, exitAfter: 2s}",
            spec: "initContainers: [{name: migrate, image: busybox}, {name: seed, image: busybox}], "), 1.Minutes());
        sim.EventOccurrences.Should().ContainInOrder("+0s Started Pod/web spec.initContainers{migrate}",
            "+3s Started Pod/web spec.initContainers{seed}", "+5s Started Pod/web spec.containers{app}");
    }

    [Fact]
    public void A_pod_with_limits_only_is_Guaranteed()
    {
        var yaml = Web(app: ", resources: {limits: {cpu: 500m, memory: 128Mi}}");
        var asWritten = ManifestValidation.ValidateYaml(yaml).Objects.Select(o => o.Source.Object).OfType<Pod>().Single();
        PodSim.Qos.QosRules.ComputePodQos(asWritten.Spec!).Should().Be("Guaranteed");   // requests default to the limits
        Simulation.FromYaml(yaml).GetPod("web")!.Status!.QosClass.Should().Be("Guaranteed");
    }

    [Fact]
    public void Deletion_runs_preStop_then_SIGTERM_and_the_pod_goes_when_the_app_exits()
    {
        var sim = PodSimTest.Run(Web("{preStop: {duration: 10s}, stopAfter: 5s}", ", lifecycle: {preStop: {exec: {command: [drain]}}}"), 1.Minutes());
        sim.DeletePod("web").Should().BeTrue();
        sim.RunUntil(2.Minutes());   // preStop from +60s to +70s, then SIGTERM, and the app exits 5s later
        sim.Should().HavePod("web").ThatHadEvent("Killing", 1.Minutes())
            .And.ThatHadContainerState("app", "Terminated(exitCode=143)", 75.Seconds()).And.ThatWasDeleted(75.Seconds());
    }
}
