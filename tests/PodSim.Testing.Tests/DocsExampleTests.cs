using CustomController;

namespace PodSim.Testing.Tests;

/// <summary>The examples of docs/testing.md, as written there: the page must stay true.</summary>
public class DocsExampleTests
{
    private const string Manifests = """
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata: {name: web}
        spec:
          images: [{image: "nginx:1.25", present: true}]
          behaviors: [{pod: web, container: app, readyAfter: 12s}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: app
            image: nginx:1.25
            readinessProbe:
              httpGet: {path: /ready, port: 80}
              periodSeconds: 5
        """;

    private const string CrashLoop = Scenarios.CrashLoop;

    [Fact]
    public void Web_becomes_ready_at_the_first_probe_after_the_app_is()
    {
        var sim = PodSimTest.Run(Manifests, 1.Minutes());

        sim.Should().HavePod("web")
            .ThatBecameReadyAt(15.Seconds())
            .And.ThatRestarted(0.Times())
            .And.ThatHadEvent("Unhealthy", 5.Seconds());
        sim.GetPod("web").Should().BeInPhase("Running").And.HaveCondition("Ready", "True");
    }

    [Fact]
    public void A_crashing_container_backs_off()
    {
        var sim = PodSimTest.Run(CrashLoop, 1.Minutes());

        sim.Transitions.Should().ContainInOrder(
            "status.phase: Pending -> Running",
            "+5s Pod/default/web status.containerStatuses[app].state: Running -> Terminated(Error, exitCode=1)",
            "status.containerStatuses[app].restartCount: * -> 1",
            "+10s status.containerStatuses[app].state: * -> Waiting(CrashLoopBackOff)");
        sim.EventOccurrences.Should().ContainInOrder("Normal Scheduled", "+10s Warning BackOff", "+20s Started")
            .And.NotContain("Killing");
        sim.Should().HavePod("web").ThatRestarted(3.Times()).Within(45.Seconds());
    }

    [Fact]
    public void The_labeler_labels_each_pod_as_it_is_created()
    {
        var sim = PodSimTest.FromYaml(File.ReadAllText(Path.Combine("manifests", "pods.yaml")));
        sim.AddController(new PodLabeler());
        sim.Run();

        sim.EventOccurrences.Should().ContainInOrder(
            "+0s Normal Scheduled Pod/web",
            "+0s Normal Labeled Pod/web: Added label podsim.io/seen=true",
            "+0s Normal Pulled Pod/web",
            "+30s Normal Labeled Pod/worker");
        sim.Should().HavePod("worker").ThatReachedPhase("Running", 30.Seconds());
        sim.GetPod("worker")!.Metadata.Labels.Should().Contain(PodLabeler.Label, "true");
    }

    [Fact]
    public void The_failure_message_shown_is_the_one_an_assertion_gives()
    {
        var message = FluentActions.Invoking(() => PodSimTest.Run(Manifests, 1.Minutes()).Should().HavePod("web").ThatBecameReadyAt(10.Seconds()))
            .Should().Throw<Xunit.Sdk.XunitException>().Which.Message;

        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "testing.md")).ReplaceLineEndings("\n");
        foreach (var line in message.Split('\n').Where(l => l.Contains("+5s Warning", StringComparison.Ordinal) || l.Contains("+15s", StringComparison.Ordinal) || l.StartsWith("Expected", StringComparison.Ordinal) || l.StartsWith("Timeline", StringComparison.Ordinal)))
        {
            doc.Should().Contain(line);
        }
    }
}
