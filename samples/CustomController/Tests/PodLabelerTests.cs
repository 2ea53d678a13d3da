using CustomController;
using PodSim;
using PodSim.Manifests;
using PodSim.Model;
using Xunit;

namespace CustomController.Tests;

/// <summary>
/// Tests a custom controller deterministically on virtual time: the scenario and pods of manifests/pods.yaml play out
/// with <see cref="PodLabeler"/> added, and the tests assert the exact timeline. Each test runs in milliseconds.
/// </summary>
public class PodLabelerTests
{
    private static Simulation Simulate()
    {
        var manifests = new ManifestLoader().LoadFiles([Path.Combine(AppContext.BaseDirectory, "manifests", "pods.yaml")]);
        Assert.False(manifests.HasErrors, string.Join("\n", manifests.Errors));
        var simulation = Simulation.FromManifests(manifests);
        simulation.AddController(new PodLabeler());
        return simulation;
    }

    private static string Line(RecordedEvent occurrence) =>
        occurrence + " [" + occurrence.Event.Source?.Component + "]";

    [Fact]
    public void Each_pod_is_labeled_at_the_instant_it_is_created_after_the_scheduler_and_before_the_kubelet()
    {
        var simulation = Simulate();
        simulation.Run();

        Assert.Equal(
            [
                "+0s Normal Scheduled Pod/web: Successfully assigned default/web to node-1 [default-scheduler]",
                "+0s Normal Labeled Pod/web: Added label podsim.io/seen=true [pod-labeler]",
                "+0s Normal Pulled Pod/web spec.containers{app}: Container image \"nginx:1.25\" already present on machine and can be accessed by the pod [kubelet]",
                "+0s Normal Created Pod/web spec.containers{app}: Container created [kubelet]",
                "+0s Normal Started Pod/web spec.containers{app}: Container started [kubelet]",
                "+30s Normal Scheduled Pod/worker: Successfully assigned default/worker to node-1 [default-scheduler]",
                "+30s Normal Labeled Pod/worker: Added label podsim.io/seen=true [pod-labeler]",
                "+30s Normal Pulled Pod/worker spec.containers{main}: Container image \"busybox:1.36\" already present on machine and can be accessed by the pod [kubelet]",
                "+30s Normal Created Pod/worker spec.containers{main}: Container created [kubelet]",
                "+30s Normal Started Pod/worker spec.containers{main}: Container started [kubelet]",
            ],
            simulation.EventOccurrences.Select(Line));
        Assert.Empty(simulation.Warnings);
    }

    [Fact]
    public void The_label_comes_right_after_the_create_in_the_same_instant_and_survives_the_kubelets_status_writes()
    {
        var simulation = Simulate();

        // Stop right after the piece of work that created the pod (the scenario's create at 30s): the pod exists and
        // the controller, whose sync runs later in the same instant, has not labeled it yet.
        Assert.True(simulation.RunUntil(s => s.GetPod("worker") is not null, TimeSpan.FromSeconds(30)));
        string[]? labelsJustAfterCreate = [.. simulation.GetPod("worker")!.Metadata.Labels.Keys];
        Assert.Equal(TimeSpan.FromSeconds(30), simulation.Elapsed);
        simulation.Run();

        Assert.NotNull(labelsJustAfterCreate);
        Assert.Empty(labelsJustAfterCreate);
        foreach (var pod in simulation.Pods)
        {
            var labeled = Assert.Single(simulation.EventOccurrences, e => e.Event.Reason == "Labeled" && e.Event.InvolvedObject?.Name == pod.Metadata.Name);
            Assert.Equal(pod.Metadata.CreationTimestamp, labeled.Time);
            Assert.Equal(pod.Metadata.Uid, labeled.Event.InvolvedObject?.Uid);

            // The kubelet wrote the pod's status after the label (Running, Ready) and kept the label.
            Assert.Equal("true", pod.Metadata.Labels[PodLabeler.Label]);
            Assert.Equal(PodPhases.Running, pod.Status?.Phase);
            Assert.Contains(pod.Status!.Conditions, c => c.Type == PodConditionTypes.Ready && c.Status == ConditionStatuses.True);
        }

        Assert.Equal("web", simulation.GetPod("web")!.Metadata.Labels["app"]);
    }
}
