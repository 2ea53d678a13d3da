using PodSim.ApiServer;
using PodSim.Model;
using PodSim.Tests.Support;

namespace PodSim.Tests.Engine;

/// <summary>Regression tests for what the review of the control-plane change found.</summary>
public class ReviewFixTests
{
    [Fact]
    public void A_scenario_delete_of_a_job_cascades_in_the_background_as_kubectl_sends_it()
    {
        var sim = Sim.FromYaml("""
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: cascade}
            spec:
              actions:
              - {at: 10s, delete: {kind: Job, name: report}}
            ---
            apiVersion: batch/v1
            kind: Job
            metadata: {name: report}
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers: [{name: app, image: busybox}]
            """);
        var job = sim.Snapshot().Objects.Single(o => o.Kind == "Job");
        sim.Create(new Pod
        {
            ApiVersion = "v1",
            Kind = "Pod",
            Metadata = new ObjectMeta
            {
                Name = "report-1",
                OwnerReferences = [new OwnerReference { ApiVersion = "batch/v1", Kind = "Job", Name = "report", Uid = job.Metadata!.Uid, Controller = true, BlockOwnerDeletion = true }],
            },
            Spec = new PodSpec { TerminationGracePeriodSeconds = 5, Containers = [new Container { Name = "app", Image = "busybox" }] },
        });

        sim.RunUntil(TimeSpan.FromSeconds(10));

        // The job goes at once; the collector deletes its pod gracefully (its own 5 s grace), whose process ends on
        // SIGTERM, so the kubelet removes it at the same instant.
        sim.Snapshot().Objects.Should().NotContain(o => o.Kind == "Job");
        Sim.TransitionLines(sim, "metadata").Should().Equal(
            "10s metadata.deletionTimestamp:  -> 2025-01-01T00:00:15Z",
            "10s metadata: present -> deleted");
        sim.GetPod("report-1").Should().BeNull();
    }

    [Fact]
    public void Applying_a_new_image_to_a_completed_container_of_a_never_pod_does_not_run_it_again()
    {
        var sim = Sim.Run("""
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: done}
            spec:
              images: [{image: "busybox:1.36", present: true}, {image: "busybox:1.37", present: true}]
              behaviors: [{container: app, exitAfter: 5s, exitCode: 0}]
              actions:
              - at: 30s
                apply:
                  manifest: |
                    apiVersion: v1
                    kind: Pod
                    metadata: {name: job}
                    spec: {containers: [{name: app, image: "busybox:1.37"}]}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: job}
            spec:
              restartPolicy: Never
              containers: [{name: app, image: "busybox:1.36"}]
            """, TimeSpan.FromMinutes(2));

        var pod = sim.GetPod("job")!;
        pod.Spec!.Containers[0].Image.Should().Be("busybox:1.37");
        pod.Metadata!.Generation.Should().Be(2, "a change of the pod's spec bumps its generation");
        pod.Status!.Phase.Should().Be(PodPhases.Succeeded);
        pod.Status.ContainerStatuses[0].RestartCount.Should().Be(0);
        sim.EventOccurrences.Should().NotContain(e => e.Offset >= TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void A_status_write_the_status_validation_refuses_is_invalid()
    {
        var sim = Sim.Run("""
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec: {containers: [{name: app, image: nginx}]}
            """, TimeSpan.FromSeconds(5));
        var pod = sim.GetPod("web")!;

        var act = () => sim.Api.UpdateStatus(pod with { Status = pod.Status! with { QosClass = "Guaranteed" } });

        act.Should().Throw<ApiStatusException>().Where(e => e.Reason == ApiStatusReason.Invalid)
            .Which.Message.Should().StartWith("Pod \"web\" is invalid: status.qosClass");
    }

    [Fact]
    public void A_pod_whose_last_scheduling_gate_is_removed_is_scheduled_then()
    {
        var sim = Sim.Run("""
            apiVersion: v1
            kind: Pod
            metadata: {name: gated}
            spec:
              schedulingGates: [{name: example.com/quota}]
              containers: [{name: app, image: nginx}]
            """, TimeSpan.FromSeconds(20));
        sim.GetPod("gated")!.Spec!.NodeName.Should().BeNull();

        var pod = sim.GetPod("gated")!;
        sim.Api.Update(pod with { Spec = pod.Spec! with { SchedulingGates = [] } });
        sim.RunUntil(TimeSpan.FromSeconds(21));

        var scheduled = sim.GetPod("gated")!;
        scheduled.Spec!.NodeName.Should().Be("node-1");
        scheduled.Status!.Phase.Should().Be(PodPhases.Running);
        Sim.EventLines(sim).Should().Contain("20s Normal Scheduled gated: Successfully assigned default/gated to node-1");
    }
}
