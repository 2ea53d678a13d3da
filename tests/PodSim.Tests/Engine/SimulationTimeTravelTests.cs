using PodSim.Manifests;
using PodSim.Model;
using PodSim.Tests.Support;

namespace PodSim.Tests.Engine;

/// <summary>
/// <see cref="Simulation.At"/> reads the cluster as it was at an earlier instant from the versions the store kept. The
/// table compares it, for every instant a transition happened at (and the instant just before each), with a fresh run
/// of the same input stopped there: every object of every kind, written as YAML.
/// </summary>
public class SimulationTimeTravelTests
{
    private const string TwoPods = """
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata: {name: two}
        spec:
          until: 2m
          behaviors: [{pod: job, container: app, exitAfter: 10s}, {pod: web, container: app, stopAfter: 3s}]
          actions:
          - {at: 30s, delete: {pod: web, gracePeriodSeconds: 5}}
          - at: 40s
            create:
              manifest: |
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: late}
                data: {k: v}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers: [{name: app, image: nginx:1.25}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: job}
        spec:
          restartPolicy: Never
          containers: [{name: app, image: busybox:1.36}]
        """;

    public static TheoryData<string> Samples() => new() { "crash-loop.yaml", "graceful-termination.yaml", "init-and-sidecar.yaml" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void At_every_transition_instant_equals_a_fresh_run_stopped_there(string sample)
    {
        var path = Path.Combine(SharedPaths.RepositoryRoot, "samples", "scenarios", sample);
        var full = Simulation.FromFiles(path);
        full.Run();
        var instants = full.Transitions.Select(t => t.Offset).Distinct().ToList();

        // Every transition instant, the instants of events too, and the instant just before each.
        var written = instants.Concat(full.EventOccurrences.Select(e => e.Offset)).Distinct().ToList();
        var probes = written.Concat(written.Where(t => t > TimeSpan.Zero).Select(t => t - TimeSpan.FromTicks(1))).Distinct().Order().ToList();

        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in probes)
        {
            var fresh = Simulation.FromFiles(path);
            fresh.RunUntil(t);

            var past = Yaml(full.At(t));
            past.Should().Be(Yaml(fresh.Snapshot()), "{0} at +{1}", sample, GoDuration.Format(t));
            distinct.Add(past);
        }

        instants.Should().HaveCountGreaterThanOrEqualTo(4, "the sample has many transitions");
        distinct.Should().HaveCountGreaterThan(3, "the cluster changes over the run, so a wrong instant would show");
    }

    [Fact]
    public void At_the_current_instant_is_the_snapshot()
    {
        var sim = Simulation.FromYaml(TwoPods);
        sim.RunUntil(TimeSpan.FromSeconds(35));

        Yaml(sim.At(sim.Elapsed)).Should().Be(Yaml(sim.Snapshot()));
    }

    [Fact]
    public void Objects_deleted_before_the_instant_and_created_after_it_are_absent()
    {
        var sim = Simulation.FromYaml(TwoPods);
        sim.Run();

        Names(sim.At(TimeSpan.FromSeconds(10))).Should().Equal("Pod/web", "Node/node-1", "Pod/job");
        Names(sim.At(TimeSpan.FromSeconds(31))).Should().Equal("Pod/web", "Node/node-1", "Pod/job");
        sim.At(TimeSpan.FromSeconds(31)).GetPod("web")!.Metadata!.DeletionTimestamp.Should().NotBeNull();
        Names(sim.At(TimeSpan.FromSeconds(33))).Should().Equal("Node/node-1", "Pod/job");
        Names(sim.At(TimeSpan.FromSeconds(40))).Should().Equal("Node/node-1", "Pod/job", "ConfigMap/late");
        Names(sim.At(TimeSpan.FromSeconds(39))).Should().Equal("Node/node-1", "Pod/job");
    }

    [Fact]
    public void A_snapshot_from_the_past_keeps_its_instant_and_time()
    {
        var sim = Simulation.FromYaml(TwoPods);
        sim.Run();

        var snapshot = sim.At(TimeSpan.FromSeconds(12));

        snapshot.Elapsed.Should().Be(TimeSpan.FromSeconds(12));
        snapshot.Time.Should().Be(sim.StartTime + TimeSpan.FromSeconds(12));
        snapshot.GetPod("job")!.Status!.Phase.Should().Be(PodPhases.Succeeded);
        sim.At(TimeSpan.FromSeconds(9)).GetPod("job")!.Status!.Phase.Should().Be(PodPhases.Running);
        sim.Elapsed.Should().Be(TimeSpan.FromMinutes(2), "reading the past does not move the clock");
    }

    [Fact]
    public void At_a_future_instant_throws()
    {
        var sim = Simulation.FromYaml(TwoPods);
        sim.RunUntil(TimeSpan.FromSeconds(20));

        var act = () => sim.At(TimeSpan.FromSeconds(21));

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("+21s is after the simulation's current instant +20s; run to it first*");
    }

    [Fact]
    public void At_a_negative_instant_throws()
    {
        var sim = Simulation.FromYaml(TwoPods);

        var act = () => sim.At(TimeSpan.FromSeconds(-1));

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("the simulation starts at +0s; -1s is before it*");
    }

    [Fact]
    public void At_without_recorded_history_says_why_it_cannot()
    {
        var sim = Simulation.FromYaml(TwoPods);
        sim.RunUntil(TimeSpan.FromSeconds(5));
        sim.RecordHistory = false;
        sim.RunUntil(TimeSpan.FromSeconds(20));

        var act = () => sim.At(TimeSpan.FromSeconds(1));

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("Simulation.At needs the versions of the objects, which are kept only while RecordHistory is true; RecordHistory was set to false at +5s and is false now");
    }

    [Fact]
    public void History_turned_back_on_reads_back_to_that_instant_only()
    {
        var sim = Simulation.FromYaml(TwoPods);
        sim.RecordHistory = false;
        sim.RunUntil(TimeSpan.FromSeconds(5));
        sim.RecordHistory = true;
        sim.RunUntil(TimeSpan.FromSeconds(45));

        Names(sim.At(TimeSpan.FromSeconds(5))).Should().Equal("Pod/web", "Node/node-1", "Pod/job");
        Names(sim.At(TimeSpan.FromSeconds(45))).Should().Equal("Node/node-1", "Pod/job", "ConfigMap/late");
        sim.At(TimeSpan.FromSeconds(12)).GetPod("job")!.Status!.Phase.Should().Be(PodPhases.Succeeded);
        var act = () => sim.At(TimeSpan.FromSeconds(4));
        act.Should().Throw<InvalidOperationException>()
            .WithMessage("Simulation.At can read back to +5s, when RecordHistory was last set to true; the versions of +4s were not kept");
    }

    private static string Yaml(ClusterSnapshot snapshot) => ManifestWriter.ToYaml(snapshot.Objects.Cast<object>());

    private static List<string> Names(ClusterSnapshot snapshot) => snapshot.Objects.Select(o => o.Kind + "/" + o.Metadata!.Name).ToList();
}
