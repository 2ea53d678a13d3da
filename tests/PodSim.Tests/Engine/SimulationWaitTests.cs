using PodSim.Model;

namespace PodSim.Tests.Engine;

/// <summary>
/// <see cref="Simulation.RunUntilReady"/> and <see cref="Simulation.RunUntilPhase"/>: the clock stops where the pod got
/// there, or the wait fails saying what the pod did instead.
/// </summary>
public class SimulationWaitTests
{
    private const string Warming = """
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata: {name: warm}
        spec:
          until: 2m
          images: [{image: nginx:1.25, present: true}]
          behaviors: [{pod: web, container: app, readyAfter: 12s}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: app
            image: nginx:1.25
            readinessProbe: {httpGet: {port: 80}, periodSeconds: 5}
        """;

    private const string CrashLoop = """
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata: {name: crash}
        spec:
          until: 10m
          images: [{image: busybox:1.36, present: true}]
          behaviors: [{pod: web, container: app, exitAfter: 5s, exitCode: 1, readyAfter: 1m}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: app
            image: busybox:1.36
            readinessProbe: {exec: {command: [cat, /tmp/ready]}}
        """;

    private const string Job = """
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata: {name: job}
        spec:
          images: [{image: busybox:1.36, present: true}]
          behaviors: [{pod: job, container: app, exitAfter: 30s, exitCode: 2}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: job, namespace: batch}
        spec:
          restartPolicy: Never
          containers: [{name: app, image: busybox:1.36}]
        """;

    [Fact]
    public void RunUntilReady_stops_the_clock_at_the_instant_the_pod_is_Ready()
    {
        var sim = Simulation.FromYaml(Warming);

        var pod = sim.RunUntilReady("web");

        sim.Elapsed.Should().Be(TimeSpan.FromSeconds(15), "the first probe after the 12 s warm-up passes at 15 s");
        pod.IsReady().Should().BeTrue();
        sim.GetPod("web").Should().BeSameAs(pod);
    }

    [Fact]
    public void RunUntilReady_of_a_pod_that_is_Ready_already_returns_at_once()
    {
        var sim = Simulation.FromYaml(Warming);
        sim.RunUntil(TimeSpan.FromSeconds(30));

        sim.RunUntilReady("web").IsReady().Should().BeTrue();
        sim.Elapsed.Should().Be(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void RunUntilReady_fails_at_the_horizon_saying_what_the_pod_did_instead()
    {
        var sim = Simulation.FromYaml(CrashLoop);

        var act = () => sim.RunUntilReady("web");

        var e = act.Should().Throw<SimulationTimeoutException>().Which;
        e.Message.Should().Be(
            "pod \"web\" was not Ready by +10m0s: Running, container app Waiting (CrashLoopBackOff), 6 restarts; last events: " +
            "+5m40s Normal Started: Container started (x7); +5m40s Warning Unhealthy: Readiness probe failed:  (x7); " +
            "+5m45s Warning BackOff: Back-off restarting failed container app in pod web_default(1b4a9eea-19b7-44bd-8357-fcd9b16c1716) (x6)");
        sim.Elapsed.Should().Be(TimeSpan.FromMinutes(10));
        e.Bound.Should().Be(TimeSpan.FromMinutes(10));
        e.Awaited.Should().Be("Ready");
        e.PodName.Should().Be("web");
        e.PodNamespace.Should().Be("default");
        e.Pod!.GetContainerStatus("app")!.RestartCount.Should().Be(6);
    }

    [Fact]
    public void RunUntilReady_with_a_bound_stops_there()
    {
        var sim = Simulation.FromYaml(Warming);

        var act = () => sim.RunUntilReady("web", TimeSpan.FromSeconds(10));

        act.Should().Throw<SimulationTimeoutException>().WithMessage(
            "pod \"web\" was not Ready by +10s: Running, container app Running (not ready), 0 restarts; last events: *");
        sim.Elapsed.Should().Be(TimeSpan.FromSeconds(10));
        sim.RunUntilReady("web", TimeSpan.FromSeconds(20)).IsReady().Should().BeTrue("the simulation goes on after a failed wait");
    }

    [Fact]
    public void RunUntilPhase_stops_at_the_phase()
    {
        var sim = Simulation.FromYaml(Job);

        var pod = sim.RunUntilPhase("job", PodPhases.Failed, ns: "batch");

        sim.Elapsed.Should().Be(TimeSpan.FromSeconds(30));
        pod.GetContainerStatus("app")!.State!.Terminated!.ExitCode.Should().Be(2);
    }

    [Fact]
    public void RunUntilPhase_fails_with_the_terminal_phase_and_the_exit()
    {
        var sim = Simulation.FromYaml(Job);

        var act = () => sim.RunUntilPhase("job", PodPhases.Succeeded, ns: "batch");

        act.Should().Throw<SimulationTimeoutException>().WithMessage(
            "pod \"batch/job\" was not Succeeded by +10m0s: Failed, container app Terminated (Error, exit code 2), 0 restarts; last events: *");
    }

    [Fact]
    public void A_wait_for_a_pod_that_does_not_exist_says_so()
    {
        var sim = Simulation.FromYaml(Job);

        var act = () => sim.RunUntilReady("nope", TimeSpan.FromMinutes(1));

        act.Should().Throw<SimulationTimeoutException>().WithMessage("pod \"nope\" was not Ready by +1m0s: it does not exist")
            .Which.Pod.Should().BeNull();
    }

    [Fact]
    public void RunUntilPhase_refuses_a_phase_that_does_not_exist()
    {
        var sim = Simulation.FromYaml(Job);

        var act = () => sim.RunUntilPhase("job", "Completed", ns: "batch");

        act.Should().Throw<ArgumentException>().WithMessage("\"Completed\" is not a pod phase; the phases are Pending, Running, Succeeded, Failed and Unknown*");
        sim.Elapsed.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void A_wait_bound_before_the_current_instant_is_refused()
    {
        var sim = Simulation.FromYaml(Warming);
        sim.RunUntil(TimeSpan.FromSeconds(5));

        var act = () => sim.RunUntilReady("web", TimeSpan.FromSeconds(1));

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("the simulation is at +5s and cannot run back to +1s*");
    }

    [Fact]
    public void Past_the_horizon_the_default_bound_is_the_current_instant()
    {
        var sim = Simulation.FromYaml(CrashLoop);
        sim.RunUntil(TimeSpan.FromMinutes(12));

        var act = () => sim.RunUntilReady("web");

        act.Should().Throw<SimulationTimeoutException>().WithMessage("pod \"web\" was not Ready by +12m0s: *");
        sim.Elapsed.Should().Be(TimeSpan.FromMinutes(12));
    }
}
