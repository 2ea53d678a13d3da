using System.Globalization;
using System.Text;
using PodSim.Engine;
using PodSim.Manifests;
using PodSim.Model;
using PodSim.Scenarios;
using PodSim.Tests.Support;

namespace PodSim.Tests.Engine;

/// <summary>YAML and builder scenarios agree; runs are deterministic; idle time is free.</summary>
public class SimulationDeterminismTests
{
    private const string PodYaml = """
        apiVersion: v1
        kind: Pod
        metadata: {name: web, labels: {app: web}}
        spec:
          initContainers:
          - {name: setup, image: "busybox:1.36"}
          containers:
          - name: app
            image: nginx:1.25
            lifecycle: {preStop: {exec: {command: [sleep, "3"]}}}
        """;

    private const string ScenarioYaml = """
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata: {name: demo}
        spec:
          seed: 7
          latency: {scheduling: 1s, sandbox: 2s, containerStart: 500ms}
          images:
          - {image: "nginx:1.25", pullDuration: 3s, failPulls: 1}
          - {image: "busybox:1.36", present: true}
          behaviors:
          - {pod: web, container: setup, exitAfter: 4s}
          - pod: web
            container: app
            exitCode: 1
            stopAfter: 2s
            preStop: {duration: 3s}
            runs: [{exitAfter: 5s}, {exitAfter: 20s}, {}]
          actions:
          - {at: 3m, delete: {pod: web, gracePeriodSeconds: 20}}
        """;

    private static Scenario Built() => new ScenarioBuilder("demo")
        .Seed(7)
        .Latency(scheduling: TimeSpan.FromSeconds(1), sandbox: TimeSpan.FromSeconds(2), containerStart: TimeSpan.FromMilliseconds(500))
        .Image("nginx:1.25", pullDuration: TimeSpan.FromSeconds(3), failPulls: 1)
        .Image("busybox:1.36", present: true)
        .Behavior(new BehaviorSpec { Pod = "web", Container = "setup", ExitAfter = TimeSpan.FromSeconds(4) })
        .Behavior(new BehaviorSpec
        {
            Pod = "web",
            Container = "app",
            ExitCode = 1,
            StopAfter = TimeSpan.FromSeconds(2),
            PreStop = new HookSpec { Duration = TimeSpan.FromSeconds(3) },
            Runs = [new RunSpec { ExitAfter = TimeSpan.FromSeconds(5) }, new RunSpec { ExitAfter = TimeSpan.FromSeconds(20) }, new RunSpec()],
        })
        .Delete(TimeSpan.FromMinutes(3), "web", gracePeriodSeconds: 20)
        .Build();

    /// <summary>Serialises the event log and transitions, byte for byte.</summary>
    private static string Log(Simulation sim)
    {
        var sb = new StringBuilder();
        foreach (var e in sim.EventOccurrences)
        {
            sb.Append(e.ToString()).Append('\n');
        }

        foreach (var t in sim.Transitions)
        {
            sb.Append(t.ToString()).Append('\n');
        }

        sb.Append(ManifestWriter.ToYaml(sim.Events));
        return sb.ToString();
    }

    [Fact]
    public void Yaml_scenario_and_builder_scenario_give_identical_event_logs()
    {
        var fromYaml = Sim.FromYaml(ScenarioYaml + "\n---\n" + PodYaml);
        fromYaml.Run();

        var pod = new ManifestLoader().LoadString(PodYaml).OfType<Pod>().Single();
        var fromBuilder = new Simulation(Built());
        fromBuilder.Create(pod);
        fromBuilder.Run();

        fromYaml.EventOccurrences.Should().HaveCountGreaterThan(20);
        Log(fromBuilder).Should().Be(Log(fromYaml));
    }

    private static string Fleet()
    {
        var sb = new StringBuilder(ScenarioYaml.Replace("pod: web, container: setup", "container: setup", StringComparison.Ordinal)
            .Replace("- pod: web\n    container: app", "- container: app", StringComparison.Ordinal));
        for (var i = 0; i < 40; i++)
        {
            sb.Append("\n---\n").Append(PodYaml.Replace("name: web,", "name: web-" + i.ToString(CultureInfo.InvariantCulture) + ",", StringComparison.Ordinal));
        }

        return sb.ToString();
    }

    private static (string Log, string Snapshot) RunFleet(string yaml)
    {
        var sim = Sim.FromYaml(yaml);
        sim.RunUntil(TimeSpan.FromSeconds(90));
        var snapshot = ManifestWriter.ToYaml(sim.Snapshot().Objects);
        sim.Run();
        return (Log(sim), snapshot);
    }

    [Fact]
    public void Many_pods_run_twice_and_in_parallel_give_byte_identical_logs_and_snapshots()
    {
        var yaml = Fleet();
        var first = RunFleet(yaml);
        var second = RunFleet(yaml);
        var parallel = new (string, string)[4];
        Parallel.For(0, parallel.Length, i => parallel[i] = RunFleet(yaml));

        first.Log.Length.Should().BeGreaterThan(10_000);
        first.Snapshot.Should().Contain("web-39");
        second.Should().Be(first);
        parallel.Should().AllBeEquivalentTo(first);
    }

    [Fact]
    public void A_different_seed_changes_identifiers_but_not_the_timeline()
    {
        var a = Sim.FromYaml(ScenarioYaml + "\n---\n" + PodYaml);
        var b = Sim.FromYaml(ScenarioYaml.Replace("seed: 7", "seed: 8", StringComparison.Ordinal) + "\n---\n" + PodYaml);
        a.Run();
        b.Run();

        a.Transitions.Select(t => t.ToString()).Should().Equal(b.Transitions.Select(t => t.ToString()));
        a.Events[0].InvolvedObject!.Uid.Should().NotBe(b.Events[0].InvolvedObject!.Uid);
    }

    [Fact]
    public void An_idle_running_pod_costs_nothing_per_virtual_hour()
    {
        const string idle = """
            apiVersion: v1
            kind: Pod
            metadata: {name: idle}
            spec:
              containers: [{name: app, image: "nginx:1.25"}]
            """;
        var hour = Sim.FromYaml(idle);
        hour.RunUntil(TimeSpan.FromHours(1));
        var day = Sim.FromYaml(idle);
        day.RunUntil(TimeSpan.FromHours(24));

        day.GetPod("idle")!.Status!.Phase.Should().Be(PodPhases.Running);
        day.ProcessedWorkCount.Should().BeLessThanOrEqualTo(hour.ProcessedWorkCount);
        day.EventOccurrences.Count.Should().Be(hour.EventOccurrences.Count);
    }

    [Fact]
    public void Work_at_one_instant_runs_exits_then_actions_then_syncs()
    {
        // The container exits at 60s and the delete lands at 60s: the exit is handled first, the delete next, and
        // the sync that would restart the container runs last and finds the pod terminating, so there is no restart.
        var sim = Sim.Run(
            """
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: tie}
            spec:
              images: [{image: "nginx:1.25", present: true}]
              behaviors: [{container: app, exitAfter: 60s, exitCode: 1}]
              actions: [{at: 60s, delete: {pod: web}}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers: [{name: app, image: "nginx:1.25"}]
            """,
            TimeSpan.FromSeconds(120));

        Sim.TransitionLines(sim).Where(l => l.StartsWith("60s", StringComparison.Ordinal)).Should().Equal(
            "60s status.conditions[Ready]: True -> False",
            "60s status.conditions[ContainersReady]: True -> False",
            "60s status.containerStatuses[app].state: Running -> Terminated(Error, exitCode=1)",
            "60s status.containerStatuses[app].started: true -> false",
            "60s status.containerStatuses[app].ready: true -> false",
            "60s metadata.deletionTimestamp:  -> 2025-01-01T00:01:30Z",
            "60s status.phase: Running -> Failed",
            "60s status.conditions[PodReadyToStartContainers]: True -> False",
            "60s metadata: present -> deleted");
        sim.Events.Should().NotContain(e => e.Reason == "Killing");
    }

    [Fact]
    public void Pods_created_together_are_handled_in_document_order()
    {
        var sim = Sim.Run(
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: b}
            spec: {containers: [{name: app, image: "nginx:1.25"}]}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: a}
            spec: {containers: [{name: app, image: "nginx:1.25"}]}
            """,
            TimeSpan.FromSeconds(1));

        sim.EventOccurrences.Where(e => e.Event.Reason == "Scheduled").Select(e => e.Event.InvolvedObject!.Name).Should().Equal("b", "a");
        sim.GetPod("b")!.Status!.PodIP.Should().Be("10.244.0.2");
        sim.GetPod("a")!.Status!.PodIP.Should().Be("10.244.0.3");
        sim.GetPod("a")!.Status!.HostIP.Should().Be("10.0.0.1");
    }
}
