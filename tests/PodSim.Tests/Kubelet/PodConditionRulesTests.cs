using PodSim.Kubelet;
using PodSim.Model;

namespace PodSim.Tests.Kubelet;

public class PodConditionRulesTests
{
    private static readonly ContainerState Running = new() { Running = new ContainerStateRunning() };
    private static readonly ContainerState Waiting = new() { Waiting = new ContainerStateWaiting { Reason = "PodInitializing" } };
    private static readonly ContainerState Done = new() { Terminated = new ContainerStateTerminated { ExitCode = 0, Reason = "Completed" } };

    private static PodSpec Spec(string[] init, string[] sidecars, string[] regular, params string[] gates)
    {
        var inits = init.Select(n => new Container { Name = n }).Concat(sidecars.Select(n => new Container { Name = n, RestartPolicy = "Always" }));
        return new PodSpec
        {
            InitContainers = inits.ToArray(),
            Containers = regular.Select(n => new Container { Name = n }).ToArray(),
            ReadinessGates = gates.Select(g => new PodReadinessGate { ConditionType = g }).ToArray(),
        };
    }

    private static ContainerStatus S(string name, ContainerState state, bool ready = false, bool started = false) =>
        new() { Name = name, State = state, Ready = ready, Started = started };

    private static string Render(PodCondition c) => $"{c.Type}={c.Status} {c.Reason} {c.Message}".TrimEnd();

    [Fact]
    public void Pod_without_init_containers_is_initialized_at_once() =>
        Render(PodConditionRules.Initialized(Spec([], [], ["app"]), [], [], "Pending")).Should().Be("Initialized=True");

    [Fact]
    public void No_statuses_with_init_containers_is_unknown() =>
        Render(PodConditionRules.Initialized(Spec(["init"], [], ["app"]), [], [], "Pending"))
            .Should().Be("Initialized=False UnknownContainerStatuses");

    [Fact]
    public void Running_init_container_is_incomplete()
    {
        var c = PodConditionRules.Initialized(Spec(["init-a", "init-b"], [], ["app"]), [S("init-a", Running), S("init-b", Waiting)], [S("app", Waiting)], "Pending");

        Render(c).Should().Be("Initialized=False ContainersNotInitialized containers with incomplete status: [init-a init-b]");
    }

    [Fact]
    public void Missing_init_status_is_unknown_and_listed_first()
    {
        var c = PodConditionRules.Initialized(Spec(["a", "b"], [], ["app"]), [S("b", Waiting)], [S("app", Waiting)], "Pending");

        Render(c).Should().Be("Initialized=False ContainersNotInitialized containers with unknown status: [a], containers with incomplete status: [b]");
    }

    [Fact]
    public void Completed_init_containers_and_started_sidecar_initialize()
    {
        var c = PodConditionRules.Initialized(
            Spec(["init"], ["proxy"], ["app"]),
            [S("init", Done, ready: true), S("proxy", Running, started: true)],
            [S("app", Waiting)],
            "Pending");

        Render(c).Should().Be("Initialized=True");
    }

    [Fact]
    public void Sidecar_not_started_blocks_initialization()
    {
        var c = PodConditionRules.Initialized(Spec([], ["proxy"], ["app"]), [S("proxy", Running, started: false)], [S("app", Waiting)], "Pending");

        Render(c).Should().Be("Initialized=False ContainersNotInitialized containers with incomplete status: [proxy]");
    }

    [Fact]
    public void Running_regular_container_means_initialized_even_if_a_sidecar_restarts()
    {
        var c = PodConditionRules.Initialized(Spec([], ["proxy"], ["app"]), [S("proxy", Waiting)], [S("app", Running, ready: true)], "Running");

        Render(c).Should().Be("Initialized=True");
    }

    [Fact]
    public void Succeeded_pod_is_initialized_with_pod_completed() =>
        Render(PodConditionRules.Initialized(Spec(["init"], [], ["app"]), [S("init", Waiting)], [S("app", Waiting)], "Succeeded"))
            .Should().Be("Initialized=True PodCompleted");

    [Theory]
    [InlineData("Succeeded", "Initialized=True PodCompleted")]
    [InlineData("Failed", "Initialized=True")]
    [InlineData("Running", "Initialized=True")]
    public void Pod_without_init_containers_reports_pod_completed_only_when_succeeded(string phase, string expected) =>
        Render(PodConditionRules.Initialized(Spec([], [], ["app"]), [], [S("app", Done)], phase)).Should().Be(expected);

    [Fact]
    public void Failed_pod_with_an_unknown_container_is_not_ready_with_pod_failed() =>
        Render(PodConditionRules.ContainersReady(Spec([], [], ["app", "worker"]), [], [S("app", Done)], "Failed"))
            .Should().Be("ContainersReady=False PodFailed");

    [Fact]
    public void Succeeded_pod_with_an_unknown_container_is_not_ready_with_the_unknown_list() =>
        Render(PodConditionRules.ContainersReady(Spec([], [], ["app", "worker"]), [], [S("app", Done)], "Succeeded"))
            .Should().Be("ContainersReady=False ContainersNotReady containers with unknown status: [worker], containers with unready status: [app]");

    [Fact]
    public void Containers_ready_lists_unready_sidecars_then_regular_containers()
    {
        var c = PodConditionRules.ContainersReady(Spec([], ["proxy"], ["app", "worker"]), [S("proxy", Running)], [S("app", Running, ready: true), S("worker", Running)], "Running");

        Render(c).Should().Be("ContainersReady=False ContainersNotReady containers with unready status: [proxy worker]");
    }

    [Fact]
    public void Containers_ready_when_every_container_is_ready() =>
        Render(PodConditionRules.ContainersReady(Spec(["init"], [], ["app"]), [S("init", Done, ready: true)], [S("app", Running, ready: true)], "Running"))
            .Should().Be("ContainersReady=True");

    [Theory]
    [InlineData("Succeeded", "ContainersReady=False PodCompleted")]
    [InlineData("Failed", "ContainersReady=False PodFailed")]
    public void Terminal_pods_are_not_ready_with_the_terminal_reason(string phase, string expected) =>
        Render(PodConditionRules.ContainersReady(Spec([], [], ["app"]), [], [S("app", Done)], phase)).Should().Be(expected);

    [Fact]
    public void No_statuses_is_unknown_for_containers_ready() =>
        Render(PodConditionRules.ContainersReady(Spec([], [], ["app"]), [], [], "Pending")).Should().Be("ContainersReady=False UnknownContainerStatuses");

    [Fact]
    public void Ready_copies_containers_ready_when_not_true()
    {
        var cr = PodConditionRules.ContainersReady(Spec([], [], ["app"]), [], [S("app", Running)], "Running");

        Render(PodConditionRules.Ready(Spec([], [], ["app"]), cr, [])).Should().Be("Ready=False ContainersNotReady containers with unready status: [app]");
    }

    [Fact]
    public void Ready_checks_readiness_gates()
    {
        var spec = Spec([], [], ["app"], "example.com/lb", "example.com/feature");
        var cr = PodConditionRules.ContainersReady(spec, [], [S("app", Running, ready: true)], "Running");

        var ready = PodConditionRules.Ready(spec, cr, [new PodCondition { Type = "example.com/feature", Status = "False" }]);

        Render(ready).Should().Be("Ready=False ReadinessGatesNotReady corresponding condition of pod readiness gate \"example.com/lb\" does not exist., the status of pod readiness gate \"example.com/feature\" is not \"True\", but False");
    }

    [Fact]
    public void Ready_is_true_when_containers_and_gates_are()
    {
        var spec = Spec([], [], ["app"], "example.com/lb");
        var cr = PodConditionRules.ContainersReady(spec, [], [S("app", Running, ready: true)], "Running");

        Render(PodConditionRules.Ready(spec, cr, [new PodCondition { Type = "example.com/lb", Status = "True" }])).Should().Be("Ready=True");
    }
}
