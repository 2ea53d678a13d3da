using PodSim;
using PodSim.Model;
using PodSim.Printing;
using Xunit;

namespace UnitTestExample;

/// <summary>
/// Checks a real manifest (manifests/api.yaml) against the way the kubelet will treat it, without a cluster:
/// the scenario says how the app behaves (how long it takes to warm up), PodSim plays out the pod on a virtual
/// clock, and the test asserts what kubectl would show. Each test runs in milliseconds.
/// </summary>
public class PodStartupTests
{
    private static readonly string Manifest = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "manifests", "api.yaml"));

    /// <summary>The manifest plus a scenario in which the app becomes healthy <paramref name="warmUp"/> after it starts.</summary>
    private static Simulation Simulate(string warmUp)
    {
        var scenario = $$"""
            apiVersion: podsim.io/v1alpha1
            kind: Scenario
            metadata: {name: warm-up}
            spec:
              images: [{image: "registry.example/api:2.0", present: true}]
              behaviors: [{pod: api, container: api, readyAfter: {{warmUp}}}]
            """;
        return Simulation.FromYaml(scenario + "\n---\n" + Manifest);   // throws SimulationInputException with located problems
    }

    [Fact]
    public void A_45s_warm_up_fits_in_the_startup_probe_budget()
    {
        var sim = Simulate("45s");
        sim.RunUntil(TimeSpan.FromMinutes(2));

        var row = PodRowBuilder.Build(sim.GetPod("api")!, sim.Now);
        Assert.Equal("1/1", row.Ready);
        Assert.Equal("Running", row.Status);
        Assert.Equal(0, row.RestartCount);
        Assert.DoesNotContain(sim.Events, e => e.Reason == "Killing");
    }

    [Fact]
    public void The_pod_becomes_ready_at_the_first_probe_after_the_warm_up()
    {
        var sim = Simulate("45s");

        // Run until the Ready condition turns True; the virtual clock stops right there. If the pod is not Ready by
        // the bound, SimulationTimeoutException says what it was doing instead (phase, containers, last events).
        var pod = sim.RunUntilReady("api", TimeSpan.FromMinutes(5));

        Assert.True(pod.IsReady());
        Assert.Equal(TimeSpan.FromSeconds(45), sim.Elapsed);
        Assert.Equal(0, pod.GetContainerStatus("api")!.RestartCount);

        // The past stays readable: at 30 s the pod was running but not Ready yet.
        Assert.False(sim.At(TimeSpan.FromSeconds(30)).GetPod("api")!.IsReady());
    }

    [Fact]
    public void A_warm_up_longer_than_one_minute_gets_the_container_killed()
    {
        // 12 failures x 5s = 60s: a slower start exceeds the startup probe's budget.
        var sim = Simulate("90s");
        sim.RunUntil(TimeSpan.FromMinutes(2));

        var killing = Assert.Single(sim.Events, e => e.Reason == "Killing");
        Assert.Equal("Container api failed startup probe, will be restarted", killing.Message);
        Assert.True(sim.GetPod("api")!.Status!.ContainerStatuses[0].RestartCount >= 1);
    }
}
