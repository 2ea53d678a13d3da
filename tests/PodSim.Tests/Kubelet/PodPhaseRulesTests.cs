using PodSim.Kubelet;
using PodSim.Model;

namespace PodSim.Tests.Kubelet;

/// <summary>
/// Table tests of getPhase, one row per case of the decision table of <c>pkg/kubelet/kubelet_pods.go</c> getPhase.
/// Container codes: "-" no status, "R" running (started), "r" running not started, "T0"/"T1" terminated with that
/// exit code, "W" waiting (never ran), "W0"/"W1" waiting after an exit with that code, "?" status without a state.
/// Init containers prefixed "s:" are sidecars.
/// </summary>
public class PodPhaseRulesTests
{
    public static TheoryData<string, string, string, string, bool, bool, string> Cases() => new()
    {
        // description, pod restartPolicy, init containers, regular containers, podIsTerminal, podHasInitialized, expected
        { "no statuses yet", "Always", "", "-", false, false, "Pending" },
        { "container creating", "Always", "", "W", false, false, "Pending" },
        { "one running", "Always", "", "R", false, true, "Running" },
        { "running beside one never started", "Always", "", "R,W", false, true, "Pending" },
        { "running beside a crash-looping one", "Always", "", "R,W1", false, true, "Running" },
        { "only container crash-looping (Always)", "Always", "", "W1", false, true, "Running" },
        { "Always: exited 0, waiting to restart", "Always", "", "W0", false, true, "Running" },
        { "Always: terminated 0 before restart", "Always", "", "T0", false, true, "Running" },
        { "OnFailure: exited 0", "OnFailure", "", "T0", false, true, "Succeeded" },
        { "OnFailure: exited 1 restarts", "OnFailure", "", "T1", false, true, "Running" },
        { "OnFailure: waiting after exit 1", "OnFailure", "", "W1", false, true, "Running" },
        { "Never: exited 0", "Never", "", "T0", false, true, "Succeeded" },
        { "Never: exited 1", "Never", "", "T1", false, true, "Failed" },
        { "Never: one 0 one 1", "Never", "", "T0,T1", false, true, "Failed" },
        { "Never: one running one done", "Never", "", "R,T0", false, true, "Running" },
        { "terminal final status, all 0", "Always", "", "T0,T0", true, true, "Succeeded" },
        { "terminal final status, one 137", "Always", "", "T0,T1", true, true, "Failed" },
        { "unknown state", "Always", "", "?", false, true, "Pending" },
        { "running beside unknown", "Always", "", "R,-", false, true, "Pending" },
        { "init running", "Always", "R", "W", false, false, "Pending" },
        { "init done, regular waiting", "Always", "T0", "W", false, false, "Pending" },
        { "init done, regular running", "Always", "T0", "R", false, true, "Running" },
        { "init failed under Never", "Never", "T1", "W", false, false, "Failed" },
        { "init failed under Always restarts", "Always", "W1", "W", false, false, "Pending" },
        { "init failed under OnFailure restarts", "OnFailure", "T1", "W", false, false, "Pending" },
        { "init waiting after exit 0 is done", "Always", "W0", "R", false, true, "Running" },
        { "second init pending", "Always", "T0,W", "W", false, false, "Pending" },
        { "sidecar not started yet", "Always", "s:r", "W", false, false, "Pending" },
        { "sidecar started, app running", "Always", "s:R", "R", false, true, "Running" },
        { "sidecar waiting without having run", "Always", "s:W", "R", false, true, "Pending" },
        { "sidecar restarting after app started stays Running", "Always", "s:W1", "R", false, true, "Running" },
        { "sidecar running not started after init", "Always", "s:r", "R", false, true, "Running" },
        { "Never: sidecar running, app done", "Never", "s:R", "T0", false, true, "Running" },
        { "Never: sidecar stopped, app done 0", "Never", "s:T1", "T0", false, true, "Succeeded" },
        { "Never: sidecar stopped, app failed", "Never", "s:T0", "T1", false, true, "Failed" },
        { "sidecar exit codes never count", "OnFailure", "s:W1", "T0", false, true, "Succeeded" },
        { "sidecar without status", "Always", "s:-", "R", false, true, "Pending" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Phase_follows_the_kubelet_decision_table(string description, string policy, string init, string regular, bool terminal, bool initialized, string expected)
    {
        var (spec, initStatuses, statuses) = Build(policy, init, regular);

        PodPhaseRules.GetPhase(spec, initStatuses, statuses, terminal, initialized).Should().Be(expected, description);
    }

    [Theory]
    [InlineData("Succeeded", "Running", "Succeeded")]
    [InlineData("Failed", "Pending", "Failed")]
    [InlineData("Running", "Succeeded", "Succeeded")]
    [InlineData(null, "Pending", "Pending")]
    public void Pod_never_leaves_a_terminal_phase(string? previous, string computed, string expected) =>
        PodPhaseRules.KeepTerminal(previous, computed).Should().Be(expected);

    [Theory]
    [InlineData("Always", null, 0, true)]
    [InlineData("OnFailure", null, 0, false)]
    [InlineData("OnFailure", null, 1, true)]
    [InlineData("Never", null, 1, false)]
    [InlineData("Never", "Always", 0, true)]
    public void Restart_decision_uses_container_policy_then_pod_policy(string podPolicy, string? containerPolicy, int exit, bool expected) =>
        PodPhaseRules.ShouldRestart(new Container { Name = "c", RestartPolicy = containerPolicy }, podPolicy, exit).Should().Be(expected);

    [Theory]
    [InlineData("In", 42, true)]
    [InlineData("In", 1, false)]
    [InlineData("NotIn", 1, true)]
    [InlineData("NotIn", 42, false)]
    public void Restart_rules_on_exit_codes_decide_before_the_policy(string op, int exit, bool expected)
    {
        var container = new Container
        {
            Name = "c",
            RestartPolicy = "Never",
            RestartPolicyRules = [new ContainerRestartRule { Action = "Restart", ExitCodes = new ContainerRestartRuleOnExitCodes { Operator = op, Values = [42] } }],
        };

        PodPhaseRules.ShouldRestart(container, "Never", exit).Should().Be(expected);
    }

    private static (PodSpec Spec, List<ContainerStatus> Init, List<ContainerStatus> Regular) Build(string policy, string init, string regular)
    {
        var initContainers = new List<Container>();
        var initStatuses = new List<ContainerStatus>();
        var i = 0;
        foreach (var code in Split(init))
        {
            var sidecar = code.StartsWith("s:", StringComparison.Ordinal);
            var name = "init" + i++;
            initContainers.Add(new Container { Name = name, Image = "busybox", RestartPolicy = sidecar ? "Always" : null });
            AddStatus(initStatuses, name, sidecar ? code[2..] : code);
        }

        var containers = new List<Container>();
        var statuses = new List<ContainerStatus>();
        i = 0;
        foreach (var code in Split(regular))
        {
            var name = "app" + i++;
            containers.Add(new Container { Name = name, Image = "nginx" });
            AddStatus(statuses, name, code);
        }

        return (new PodSpec { RestartPolicy = policy, InitContainers = initContainers, Containers = containers }, initStatuses, statuses);
    }

    private static string[] Split(string codes) => codes.Length == 0 ? [] : codes.Split(',');

    private static void AddStatus(List<ContainerStatus> list, string name, string code)
    {
        var running = new ContainerState { Running = new ContainerStateRunning() };
        ContainerStatus? status = code switch
        {
            "-" => null,
            "R" => new ContainerStatus { Name = name, State = running, Started = true },
            "r" => new ContainerStatus { Name = name, State = running, Started = false },
            "W" => new ContainerStatus { Name = name, State = new ContainerState { Waiting = new ContainerStateWaiting { Reason = "ContainerCreating" } } },
            "?" => new ContainerStatus { Name = name, State = new ContainerState() },
            _ when code[0] == 'T' => new ContainerStatus { Name = name, State = Terminated(int.Parse(code[1..])) },
            _ when code[0] == 'W' => new ContainerStatus
            {
                Name = name,
                State = new ContainerState { Waiting = new ContainerStateWaiting { Reason = "CrashLoopBackOff" } },
                LastState = Terminated(int.Parse(code[1..])),
            },
            _ => throw new ArgumentException("unknown code " + code),
        };
        if (status is not null)
        {
            list.Add(status);
        }
    }

    private static ContainerState Terminated(int exit) =>
        new() { Terminated = new ContainerStateTerminated { ExitCode = exit, Reason = exit == 0 ? "Completed" : "Error" } };
}
