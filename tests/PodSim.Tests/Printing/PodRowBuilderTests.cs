using PodSim.Model;
using PodSim.Printing;
using static PodSim.Tests.Printing.PodFixtures;

namespace PodSim.Tests.Printing;

/// <summary>
/// READY / STATUS / RESTARTS of <c>printPod</c>. The "upstream" cases are TestPrintPod,
/// TestPrintPodWithRestartableInitContainer and TestPrintPodConditions of printers_test.go (with a fixed now);
/// the "rule" cases give each STATUS rule of the algorithm its own pod.
/// </summary>
public class PodRowBuilderTests
{
    private static readonly TimeSpan TenSeconds = TimeSpan.FromSeconds(10);

    private static readonly Dictionary<string, (Pod Pod, string Ready, string Status, string Restarts)> Cases = new()
    {
        // ---- upstream TestPrintPod ----
        ["upstream test1: phase, ready count, restarts summed"] = (
            Pod(containers: 2, phase: "podPhase", statuses: [Status(Running(), ready: true, restarts: 3), Status(restarts: 3)]),
            "1/2", "podPhase", "6"),
        ["upstream test2: container waiting reason overrides phase"] = (
            Pod(containers: 2, phase: "podPhase", statuses: [Status(Running(), ready: true, restarts: 3), Status(Waiting("ContainerWaitingReason"), restarts: 3)]),
            "1/2", "ContainerWaitingReason", "6"),
        ["upstream test3: first container wins over a later terminated one"] = (
            Pod(containers: 2, phase: "podPhase", statuses: [Status(Waiting("ContainerWaitingReason"), restarts: 3), Status(Terminated("ContainerTerminatedReason"), restarts: 3)]),
            "0/2", "ContainerWaitingReason", "6"),
        ["upstream test4: ready without running state is not counted"] = (
            Pod(containers: 2, phase: "podPhase", statuses: [Status(Running(), ready: true, restarts: 3), Status(ready: true, restarts: 3)]),
            "1/2", "podPhase", "6"),
        ["upstream test5: status reason replaces phase"] = (
            Pod(containers: 2, phase: "podPhase", reason: "podReason", statuses: [Status(Running(), ready: true, restarts: 3), Status(ready: true, restarts: 3)]),
            "1/2", "podReason", "6"),
        ["upstream test6: completed plus running without Ready condition is NotReady"] = (
            Pod(containers: 2, phase: "Running", statuses: [Status(Terminated("Completed"), ready: true, restarts: 3), Status(Running(), ready: true, restarts: 3)]),
            "1/2", "NotReady", "6"),
        ["upstream test6: completed plus running with Ready condition is Running"] = (
            Pod(containers: 2, phase: "Running", statuses: [Status(Terminated("Completed"), ready: true, restarts: 3), Status(Running(), ready: true, restarts: 3)], conditions: [Condition("Ready", "True")]),
            "1/2", "Running", "6"),
        ["upstream test7: init container restarting"] = (
            Pod(initContainers: [Init("i0")], phase: "podPhase", initStatuses: [Status(Running(), restarts: 3, lastFinished: Ago(TenSeconds))], statuses: [Status(Waiting())]),
            "0/1", "Init:0/1", "3 (10s ago)"),
        ["upstream test8: first of two init containers restarting"] = (
            Pod(initContainers: [Init("i0"), Init("i1")], phase: "podPhase", initStatuses: [Status(Running(), restarts: 3, lastFinished: Ago(TenSeconds)), Status(Waiting())], statuses: [Status(Waiting())]),
            "0/1", "Init:0/2", "3 (10s ago)"),
        ["upstream test9: first init done, second restarting"] = (
            Pod(initContainers: [Init("i0"), Init("i1")], phase: "podPhase", initStatuses: [Status(Terminated()), Status(Running(), restarts: 3, lastFinished: Ago(TenSeconds))], statuses: [Status(Waiting())]),
            "0/1", "Init:1/2", "3 (10s ago)"),
        ["upstream test10: restarts of done and running init containers add up"] = (
            Pod(initContainers: [Init("i0"), Init("i1")], phase: "podPhase", initStatuses: [Status(Terminated(), restarts: 2, lastFinished: Ago(TimeSpan.FromMinutes(2))), Status(Running(), restarts: 3, lastFinished: Ago(TenSeconds))], statuses: [Status(Waiting())]),
            "0/1", "Init:1/2", "5 (10s ago)"),
        ["upstream test11: classic init restarts drop out once initialized"] = (
            Pod(initContainers: [Init("i0")], phase: "Running", initStatuses: [Status(Terminated(), restarts: 2, lastFinished: Ago(TimeSpan.FromMinutes(2)))], statuses: [Status(Running(), restarts: 4, lastFinished: Ago(TimeSpan.FromSeconds(20)))]),
            "0/1", "Running", "4 (20s ago)"),
        ["upstream test12: restarted five days ago"] = (
            Pod(phase: "Running", statuses: [Status(Running(), ready: true, restarts: 3, lastFinished: Ago(TimeSpan.FromDays(5)))]),
            "1/1", "Running", "3 (5d ago)"),
        ["upstream test13: one never restarted, one ten days ago"] = (
            Pod(containers: 2, phase: "Running", statuses: [Status(Running(), ready: true), Status(Running(), ready: true, restarts: 3, lastFinished: Ago(TimeSpan.FromDays(10)))]),
            "2/2", "Running", "3 (10d ago)"),
        ["upstream test14: latest restart time wins"] = (
            Pod(containers: 2, phase: "Running", statuses: [Status(Running(), ready: true, restarts: 6, lastFinished: Ago(TimeSpan.FromDays(5))), Status(Running(), ready: true, restarts: 3, lastFinished: Ago(TimeSpan.FromDays(20)))]),
            "2/2", "Running", "9 (5d ago)"),
        ["upstream test15: scheduling gated"] = (
            Pod(containers: 2, phase: "podPhase", conditions: [Condition("PodScheduled", "False", "SchedulingGated")]),
            "0/2", "SchedulingGated", "0"),
        ["upstream test16: succeeded pod shows Completed"] = (
            Pod(phase: "Succeeded", statuses: [Status(Terminated("Completed"))]),
            "0/1", "Completed", "0"),
        ["upstream test17: failed pod shows Error"] = (
            Pod(phase: "Failed", statuses: [Status(Terminated("Error", 1))]),
            "0/1", "Error", "0"),
        ["upstream test18: deleted succeeded pod keeps Completed"] = (
            Pod(phase: "Succeeded", deletion: Ago(TenSeconds), statuses: [Status(Terminated("Completed"))]),
            "0/1", "Completed", "0"),
        ["upstream test19: deleted running pod is Terminating"] = (
            Pod(phase: "Running", deletion: Ago(TenSeconds), statuses: [Status(Running())]),
            "0/1", "Terminating", "0"),
        ["upstream test20: deleted pending pod is Terminating"] = (
            Pod(phase: "Pending", deletion: Ago(TenSeconds)),
            "0/1", "Terminating", "0"),

        // ---- upstream TestPrintPodWithRestartableInitContainer ----
        ["upstream sidecar 1: first sidecar running but not started"] = (
            Pod(initContainers: [Sidecar("s1"), Sidecar("s2")], phase: "Pending",
                initStatuses: [Status(Running(), restarts: 3, lastFinished: Ago(TenSeconds), name: "s1", started: false), Status(Waiting(), name: "s2", started: false)],
                statuses: [Status(Waiting())], conditions: [Condition("Initialized", "False")]),
            "0/3", "Init:0/2", "3 (10s ago)"),
        ["upstream sidecar 2: first started, second running not started"] = (
            Pod(initContainers: [Sidecar("s1"), Sidecar("s2")], phase: "Pending",
                initStatuses: [Status(Running(), restarts: 3, lastFinished: Ago(TenSeconds), name: "s1", started: true), Status(Running(), name: "s2", started: false)],
                statuses: [Status(Waiting())], conditions: [Condition("Initialized", "False")]),
            "0/3", "Init:1/2", "3 (10s ago)"),
        ["upstream sidecar 3: both started, app running"] = (
            Pod(initContainers: [Sidecar("s1"), Sidecar("s2")], phase: "Running",
                initStatuses: [Status(Running(), restarts: 3, lastFinished: Ago(TenSeconds), name: "s1", started: true), Status(Running(), name: "s2", started: true)],
                statuses: [Status(Running(), ready: true, restarts: 4, lastFinished: Ago(TimeSpan.FromSeconds(20)))], conditions: [Condition("Initialized", "True")]),
            "1/3", "Running", "7 (10s ago)"),
        ["upstream sidecar 4: sidecars killed, app completed"] = (
            Pod(initContainers: [Sidecar("s1"), Sidecar("s2")], phase: "Succeeded",
                initStatuses: [Status(Terminated("Error", 137), restarts: 3, lastFinished: Ago(TenSeconds), name: "s1", started: false), Status(Terminated("Error", 137), name: "s2", started: false)],
                statuses: [Status(Terminated("Completed"), restarts: 4, lastFinished: Ago(TimeSpan.FromSeconds(20)))], conditions: [Condition("Initialized", "True")]),
            "0/3", "Completed", "7 (10s ago)"),
        ["upstream sidecar 5: statuses of unknown containers"] = (
            new Pod
            {
                Metadata = new ObjectMeta { Name = "p" },
                Spec = new PodSpec { InitContainers = [Init("init1"), Sidecar("sidecar1")], Containers = [new Container { Name = "container1" }] },
                Status = new PodStatus
                {
                    Phase = "Running",
                    InitContainerStatuses = [Status(name: "initinvalid"), Status(name: "init1"), Status(name: "sidecar1")],
                    ContainerStatuses = [Status(name: "containerinvalid"), Status(name: "container1")],
                },
            },
            "0/2", "Init:0/2", "0"),

        // ---- upstream TestPrintPodConditions ----
        ["upstream conditions: running"] = (
            Pod(containers: 2, phase: "Running", statuses: [Status(Running(), ready: true, restarts: 3), Status(restarts: 3)]),
            "1/2", "Running", "6"),
        ["upstream conditions: succeeded"] = (
            Pod(containers: 2, phase: "Succeeded", statuses: [Status(Running(), ready: true, restarts: 3), Status(restarts: 3)]),
            "1/2", "Succeeded", "6"),
        ["upstream conditions: failed"] = (
            Pod(containers: 2, phase: "Failed", statuses: [Status(Running(), ready: true, restarts: 3), Status(restarts: 3)]),
            "1/2", "Failed", "6"),

        // ---- one pod per STATUS rule ----
        ["rule: pending without statuses"] = (Pod(phase: "Pending"), "0/1", "Pending", "0"),
        ["rule: status reason Evicted"] = (
            Pod(phase: "Failed", reason: "Evicted", statuses: [Status(Terminated("ContainerStatusUnknown", 137))]),
            "0/1", "ContainerStatusUnknown", "0"),
        ["rule: status reason without container statuses"] = (Pod(phase: "Failed", reason: "OutOfcpu"), "0/1", "OutOfcpu", "0"),
        ["rule: SchedulingGated beats the status reason"] = (
            Pod(phase: "Pending", reason: "SomeReason", conditions: [Condition("PodScheduled", "False", "SchedulingGated")]),
            "0/1", "SchedulingGated", "0"),
        ["rule: Init:N/M while the first init container runs"] = (
            Pod(initContainers: [Init("i0"), Init("i1")], phase: "Pending", initStatuses: [Status(Running()), Status(Waiting("PodInitializing"))], statuses: [Status(Waiting("PodInitializing"))]),
            "0/1", "Init:0/2", "0"),
        ["rule: Init:N/M when the next init container waits PodInitializing"] = (
            Pod(initContainers: [Init("i0"), Init("i1")], phase: "Pending", initStatuses: [Status(Terminated("Completed")), Status(Waiting("PodInitializing"))], statuses: [Status(Waiting("PodInitializing"))]),
            "0/1", "Init:1/2", "0"),
        ["rule: Init:N/M for an init status without state"] = (
            Pod(initContainers: [Init("i0")], phase: "Pending", initStatuses: [Status()]),
            "0/1", "Init:0/1", "0"),
        ["rule: Init:CrashLoopBackOff"] = (
            Pod(initContainers: [Init("i0")], phase: "Pending", initStatuses: [Status(Waiting("CrashLoopBackOff"), restarts: 4, lastFinished: Ago(TimeSpan.FromSeconds(90)))], statuses: [Status(Waiting("PodInitializing"))]),
            "0/1", "Init:CrashLoopBackOff", "4 (90s ago)"),
        ["rule: Init:ErrImagePull"] = (
            Pod(initContainers: [Init("i0")], phase: "Pending", initStatuses: [Status(Waiting("ErrImagePull"))]),
            "0/1", "Init:ErrImagePull", "0"),
        ["rule: Init:ImagePullBackOff"] = (
            Pod(initContainers: [Init("i0")], phase: "Pending", initStatuses: [Status(Waiting("ImagePullBackOff"))]),
            "0/1", "Init:ImagePullBackOff", "0"),
        ["rule: Init:Error from the terminated reason"] = (
            Pod(initContainers: [Init("i0")], phase: "Pending", initStatuses: [Status(Terminated("Error", 1))]),
            "0/1", "Init:Error", "0"),
        ["rule: Init:OOMKilled"] = (
            Pod(initContainers: [Init("i0")], phase: "Pending", initStatuses: [Status(Terminated("OOMKilled", 137))]),
            "0/1", "Init:OOMKilled", "0"),
        ["rule: Init:Signal:N without a reason"] = (
            Pod(initContainers: [Init("i0")], phase: "Pending", initStatuses: [Status(Terminated(null, 137, 9))]),
            "0/1", "Init:Signal:9", "0"),
        ["rule: Init:ExitCode:N without a reason or signal"] = (
            Pod(initContainers: [Init("i0")], phase: "Failed", initStatuses: [Status(Terminated(null, 1))]),
            "0/1", "Init:ExitCode:1", "0"),
        ["rule: later init statuses are ignored once one stops the walk"] = (
            Pod(initContainers: [Init("i0"), Init("i1")], phase: "Pending", initStatuses: [Status(Waiting("CrashLoopBackOff"), restarts: 2), Status(Waiting("ErrImagePull"), restarts: 5)]),
            "0/1", "Init:CrashLoopBackOff", "2"),
        ["rule: PodInitializing from the app container"] = (
            Pod(phase: "Pending", statuses: [Status(Waiting("PodInitializing"))]),
            "0/1", "PodInitializing", "0"),
        ["rule: ContainerCreating"] = (
            Pod(phase: "Pending", statuses: [Status(Waiting("ContainerCreating"))]),
            "0/1", "ContainerCreating", "0"),
        ["rule: CrashLoopBackOff"] = (
            Pod(phase: "Running", statuses: [Status(Waiting("CrashLoopBackOff"), restarts: 5, lastFinished: Ago(TimeSpan.FromSeconds(150)))]),
            "0/1", "CrashLoopBackOff", "5 (2m30s ago)"),
        ["rule: ErrImagePull"] = (Pod(phase: "Pending", statuses: [Status(Waiting("ErrImagePull"))]), "0/1", "ErrImagePull", "0"),
        ["rule: ImagePullBackOff"] = (Pod(phase: "Pending", statuses: [Status(Waiting("ImagePullBackOff"))]), "0/1", "ImagePullBackOff", "0"),
        ["rule: CreateContainerConfigError"] = (
            Pod(phase: "Pending", statuses: [Status(Waiting("CreateContainerConfigError"))]),
            "0/1", "CreateContainerConfigError", "0"),
        ["rule: a waiting status without reason keeps the phase"] = (
            Pod(phase: "Pending", statuses: [Status(Waiting())]),
            "0/1", "Pending", "0"),
        ["rule: Completed"] = (Pod(phase: "Succeeded", statuses: [Status(Terminated("Completed"))]), "0/1", "Completed", "0"),
        ["rule: Error"] = (Pod(phase: "Failed", statuses: [Status(Terminated("Error", 2))]), "0/1", "Error", "0"),
        ["rule: OOMKilled"] = (
            Pod(phase: "Running", statuses: [Status(Terminated("OOMKilled", 137), restarts: 1, lastFinished: Ago(TimeSpan.FromMinutes(12)))]),
            "0/1", "OOMKilled", "1 (12m ago)"),
        ["rule: Signal:N without a reason"] = (
            Pod(phase: "Failed", statuses: [Status(Terminated(null, 137, 9))]),
            "0/1", "Signal:9", "0"),
        ["rule: ExitCode:N without a reason or signal"] = (
            Pod(phase: "Failed", statuses: [Status(Terminated(null, 3))]),
            "0/1", "ExitCode:3", "0"),
        ["rule: ExitCode:0 without a reason"] = (
            Pod(phase: "Succeeded", statuses: [Status(Terminated())]),
            "0/1", "ExitCode:0", "0"),
        ["rule: Running"] = (
            Pod(containers: 2, phase: "Running", statuses: [Status(Running(), ready: true), Status(Running(), ready: true)], conditions: [Condition("Ready", "True")]),
            "2/2", "Running", "0"),
        ["rule: Running but not ready still shows the phase"] = (
            Pod(phase: "Running", statuses: [Status(Running())], conditions: [Condition("Ready", "False")]),
            "0/1", "Running", "0"),
        ["rule: NotReady when a completed container sits before a running one and Ready is False"] = (
            Pod(containers: 2, phase: "Running", statuses: [Status(Terminated("Completed")), Status(Running(), ready: true)], conditions: [Condition("Ready", "False")]),
            "1/2", "NotReady", "0"),
        ["rule: Completed stays when no container is running and ready"] = (
            Pod(containers: 2, phase: "Running", statuses: [Status(Terminated("Completed")), Status(Running())], conditions: [Condition("Ready", "True")]),
            "0/2", "Completed", "0"),
        ["rule: the lowest-index container with a reason decides"] = (
            Pod(containers: 3, phase: "Running", statuses: [Status(Running(), ready: true), Status(Waiting("CrashLoopBackOff")), Status(Terminated("Error", 1))]),
            "1/3", "CrashLoopBackOff", "0"),
        ["rule: Terminating for a deleted running pod"] = (
            Pod(phase: "Running", deletion: Now, statuses: [Status(Running(), ready: true)], conditions: [Condition("Ready", "True")]),
            "1/1", "Terminating", "0"),
        ["rule: Terminating overrides a crash loop"] = (
            Pod(phase: "Running", deletion: Now, statuses: [Status(Waiting("CrashLoopBackOff"), restarts: 2)]),
            "0/1", "Terminating", "2"),
        ["rule: deleted failed pod keeps Error"] = (
            Pod(phase: "Failed", deletion: Now, statuses: [Status(Terminated("Error", 1))]),
            "0/1", "Error", "0"),
        ["rule: Unknown for a deleted pod on a lost node"] = (
            Pod(phase: "Running", reason: "NodeLost", deletion: Now, statuses: [Status(Running(), ready: true)]),
            "1/1", "Unknown", "0"),
        ["rule: NodeLost shows as the reason until deletion"] = (
            Pod(phase: "Running", reason: "NodeLost"),
            "0/1", "NodeLost", "0"),
        ["rule: Unknown even for a lost terminal pod"] = (
            Pod(phase: "Failed", reason: "NodeLost", deletion: Now),
            "0/1", "Unknown", "0"),

        // ---- sidecars: READY and RESTARTS ----
        ["sidecar: started and ready counts in READY"] = (
            Pod(initContainers: [Sidecar("s")], phase: "Running",
                initStatuses: [Status(Running(), ready: true, name: "s", started: true)],
                statuses: [Status(Running(), ready: true)], conditions: [Condition("Initialized", "True"), Condition("Ready", "True")]),
            "2/2", "Running", "0"),
        ["sidecar: started but not ready counts only in the total"] = (
            Pod(initContainers: [Sidecar("s")], phase: "Running",
                initStatuses: [Status(Running(), name: "s", started: true)],
                statuses: [Status(Running(), ready: true)], conditions: [Condition("Initialized", "True")]),
            "1/2", "Running", "0"),
        ["sidecar: crash-looping after initialization shows Init:CrashLoopBackOff"] = (
            Pod(initContainers: [Sidecar("s")], phase: "Running",
                initStatuses: [Status(Waiting("CrashLoopBackOff"), restarts: 3, lastFinished: Ago(TimeSpan.FromMinutes(5)), name: "s", started: false)],
                statuses: [Status(Running(), ready: true, restarts: 1, lastFinished: Ago(TimeSpan.FromHours(1)))], conditions: [Condition("Initialized", "True")]),
            "1/2", "Init:CrashLoopBackOff", "4 (5m ago)"),
        ["sidecar: classic init plus sidecar, classic restarts dropped after init"] = (
            Pod(initContainers: [Init("i"), Sidecar("s")], phase: "Running",
                initStatuses: [Status(Terminated("Completed"), restarts: 7, lastFinished: Ago(TimeSpan.FromMinutes(1)), name: "i"), Status(Running(), ready: true, restarts: 2, lastFinished: Ago(TimeSpan.FromMinutes(30)), name: "s", started: true)],
                statuses: [Status(Running(), ready: true)], conditions: [Condition("Initialized", "True"), Condition("Ready", "True")]),
            "2/2", "Running", "2 (30m ago)"),
        ["sidecar: while initializing, every init status up to the stop counts"] = (
            Pod(initContainers: [Init("i"), Sidecar("s"), Init("j")], phase: "Pending",
                initStatuses: [Status(Terminated("Completed"), restarts: 1, lastFinished: Ago(TimeSpan.FromMinutes(4)), name: "i"), Status(Running(), ready: true, restarts: 2, name: "s", started: true), Status(Running(), name: "j")],
                statuses: [Status(Waiting("PodInitializing"))], conditions: [Condition("Initialized", "False")]),
            "1/2", "Init:2/3", "3 (4m ago)"),
        ["restarts: a count without a recorded last termination has no age"] = (
            Pod(phase: "Running", statuses: [Status(Running(), ready: true, restarts: 3)]),
            "1/1", "Running", "3"),
        ["restarts: a last termination without restarts is not shown"] = (
            Pod(phase: "Running", statuses: [Status(Running(), ready: true, lastFinished: Ago(TimeSpan.FromMinutes(3)))]),
            "1/1", "Running", "0"),
    };

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Row_cells_follow_printPod(string name)
    {
        var (pod, ready, status, restarts) = Cases[name];

        var row = PodRowBuilder.Build(pod, Now);

        (row.Ready, row.Status, row.Restarts).Should().Be((ready, status, restarts));
    }

    [Fact]
    public void Age_comes_from_the_creation_timestamp()
    {
        PodRowBuilder.Build(Pod(created: Ago(TimeSpan.FromMinutes(7))), Now).Age.Should().Be("7m");
        PodRowBuilder.Build(Pod(created: Ago(TimeSpan.FromDays(3) + TimeSpan.FromHours(4))), Now).Age.Should().Be("3d4h");
        PodRowBuilder.Build(Pod(), Now).Age.Should().Be("<unknown>");
    }

    [Fact]
    public void Numbers_behind_the_cells_are_exposed()
    {
        var pod = Pod(containers: 2, phase: "Running", statuses: [Status(Running(), ready: true, restarts: 2, lastFinished: Ago(TimeSpan.FromMinutes(1))), Status(Running(), restarts: 1)]);

        var row = PodRowBuilder.Build(pod, Now);

        (row.ReadyContainers, row.TotalContainers, row.RestartCount, row.LastRestart).Should().Be((1, 2, 3, Ago(TimeSpan.FromMinutes(1))));
    }

    [Fact]
    public void Missing_spec_and_status_give_an_empty_row()
    {
        var row = PodRowBuilder.Build(new Pod { Metadata = new ObjectMeta { Name = "bare" } }, Now);

        (row.Name, row.Ready, row.Status, row.Restarts, row.Age, row.IP, row.Node).Should().Be(("bare", "0/0", "", "0", "<unknown>", "<none>", "<none>"));
    }

    public static TheoryData<string, string, string, string, string> WideCases() => new()
    {
        // upstream TestPrintPodwide: IP, NODE, NOMINATED NODE, READINESS GATES
        { "one ip", "1.1.1.1", "test1", "node1", "1/3" },
        { "dual stack shows the first ip", "1.1.1.1", "test1", "node1", "1/3" },
        { "nothing set", "<none>", "<none>", "<none>", "<none>" },
    };

    [Theory]
    [MemberData(nameof(WideCases))]
    public void Wide_cells_follow_printPod(string name, string ip, string node, string nominated, string gates)
    {
        var pod = name switch
        {
            "nothing set" => Pod(containers: 2, phase: "podPhase", statuses: [Status(Running(), ready: true, restarts: 3), Status(Waiting("ContainerWaitingReason"), restarts: 3)]),
            _ => Pod(containers: 2, phase: "podPhase", statuses: [Status(Running(), ready: true, restarts: 3), Status(restarts: 3)],
                    conditions: [Condition("condition1", "False"), Condition("condition2", "True")]),
        };
        if (name != "nothing set")
        {
            pod = pod with
            {
                Spec = pod.Spec! with
                {
                    NodeName = "test1",
                    ReadinessGates = [new PodReadinessGate { ConditionType = "condition1" }, new PodReadinessGate { ConditionType = "condition2" }, new PodReadinessGate { ConditionType = "condition3" }],
                },
                Status = pod.Status! with
                {
                    NominatedNodeName = "node1",
                    PodIPs = name == "one ip" ? [new PodIP { IP = "1.1.1.1" }] : [new PodIP { IP = "1.1.1.1" }, new PodIP { IP = "2001:db8::" }],
                },
            };
        }

        var row = PodRowBuilder.Build(pod, Now);

        (row.IP, row.Node, row.NominatedNode, row.ReadinessGates).Should().Be((ip, node, nominated, gates));
    }

    [Fact]
    public void Readiness_gates_use_the_first_condition_of_each_type()
    {
        var pod = Pod(conditions: [Condition("gate", "False"), Condition("gate", "True")]);
        pod = pod with { Spec = pod.Spec! with { ReadinessGates = [new PodReadinessGate { ConditionType = "gate" }] } };

        PodRowBuilder.Build(pod, Now).ReadinessGates.Should().Be("0/1");
    }

    [Fact]
    public void Ip_comes_from_pod_ips_not_pod_ip()
    {
        var pod = Pod();
        pod = pod with { Status = pod.Status! with { PodIP = "10.0.0.1" } };

        PodRowBuilder.Build(pod, Now).IP.Should().Be("<none>");
    }
}
