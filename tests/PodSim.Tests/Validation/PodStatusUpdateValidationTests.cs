using PodSim.Model;
using PodSim.Validation;
using static PodSim.Tests.Validation.ValidationFixtures;

namespace PodSim.Tests.Validation;

/// <summary>
/// Writes of the pod status subresource (<c>ValidatePodStatusUpdate</c> in <c>pkg/apis/core/validation/validation.go</c>),
/// cases after upstream's <c>TestValidatePodStatusUpdate</c> and <c>TestValidateContainerStateTransition</c>.
/// </summary>
public class PodStatusUpdateValidationTests
{
    private const string IpMsg = "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)";

    public static TheoryData<string, Func<Pod, Pod>, Func<Pod, Pod>, string[]> Cases => new()
    {
        { "phase and conditions change", p => p, p => WithStatus(p, s => s with { Phase = "Running", Conditions = [Cond(PodConditionTypes.Ready), Cond("example.com/ready")] }), [] },
        {
            "custom condition type not a qualified name", p => p, p => WithStatus(p, s => s with { Conditions = [Cond(PodConditionTypes.Ready), Cond("bad type")] }),
            [$"metadata.conditions[1].Type: Invalid value: \"bad type\": {QualifiedNameMsg}"]
        },
        { "nodeName changed through status", p => p, p => p.WithSpec(s => s with { NodeName = "node-1" }), ["status.nodeName: Forbidden: may not be changed directly"] },
        { "nominatedNodeName set", p => p, p => WithStatus(p, s => s with { NominatedNodeName = "node-1" }), [] },
        { "nominatedNodeName not a subdomain", p => p, p => WithStatus(p, s => s with { NominatedNodeName = "Node_1" }), [$"status.nominatedNodeName: Invalid value: \"Node_1\": {Dns1123SubdomainMsg}"] },
        { "qosClass set for the first time", p => p, p => WithStatus(p, s => s with { QosClass = "BestEffort" }), ["status.qosClass: Invalid value: \"BestEffort\": field is immutable"] },
        { "qosClass changed", p => WithStatus(p, s => s with { QosClass = "Burstable" }), p => WithStatus(p, s => s with { QosClass = "BestEffort" }), ["status.qosClass: Invalid value: \"BestEffort\": field is immutable"] },

        // container state transitions
        { "restartPolicy Always: terminated to running", p => Statuses(p, Terminated("app", 0)), p => Statuses(p, Running("app")), [] },
        {
            "restartPolicy Never: terminated to running", p => Policy(Statuses(p, Terminated("app", 1)), RestartPolicies.Never), p => Statuses(p, Running("app")),
            ["status.containerStatuses[0].state: Forbidden: may not be transitioned to non-terminated state"]
        },
        { "restartPolicy OnFailure: failed to running", p => Policy(Statuses(p, Terminated("app", 1)), RestartPolicies.OnFailure), p => Statuses(p, Running("app")), [] },
        {
            "restartPolicy OnFailure: succeeded to running", p => Policy(Statuses(p, Terminated("app", 0)), RestartPolicies.OnFailure), p => Statuses(p, Waiting("app")),
            ["status.containerStatuses[0].state: Forbidden: may not be transitioned to non-terminated state"]
        },
        {
            "restartPolicy Never: error at the old status's index", p => Policy(Statuses(p, Running("a"), Terminated("app", 0)), RestartPolicies.Never),
            p => Statuses(p, Running("app"), Running("a")),
            ["status.containerStatuses[1].state: Forbidden: may not be transitioned to non-terminated state"]
        },
        {
            "restartPolicy Never: init container back to running", p => Policy(Inits(p, Terminated("init", 0)), RestartPolicies.Never), p => Inits(p, Running("init")),
            ["status.initContainerStatuses[0].state: Forbidden: may not be transitioned to non-terminated state"]
        },
        {
            "restartPolicy Never: sidecar restarts", p => Policy(Inits(p, Terminated("sidecar", 0)), RestartPolicies.Never).WithSpec(s => s with { InitContainers = [Ctr("sidecar") with { RestartPolicy = RestartPolicies.Always }] }),
            p => Inits(p, Running("sidecar")),
            []
        },
        {
            "ephemeral container back to running", p => WithStatus(p, s => s with { EphemeralContainerStatuses = [Terminated("debug", 0)] }),
            p => WithStatus(p, s => s with { EphemeralContainerStatuses = [Running("debug")] }),
            ["status.ephemeralContainerStatuses[0].state: Forbidden: may not be transitioned to non-terminated state"]
        },

        // IPs
        { "dual-stack pod IPs", p => p, p => PodIps(p, "10.0.0.1", "fd00::1"), [] },
        { "invalid pod IP", p => p, p => PodIps(p, "10.0.0.256"), [$"status.podIPs[0]: Invalid value: \"10.0.0.256\": {IpMsg}"] },
        {
            "two IPv4 pod IPs", p => p, p => PodIps(p, "10.0.0.1", "10.0.0.2"),
            ["status.podIPs: Invalid value: [{\"ip\":\"10.0.0.1\"},{\"ip\":\"10.0.0.2\"}]: may specify no more than one IP for each IP family"]
        },
        {
            "duplicate pod IP", p => p, p => PodIps(p, "10.0.0.1", "10.0.0.1"),
            ["status.podIPs: Invalid value: [{\"ip\":\"10.0.0.1\"},{\"ip\":\"10.0.0.1\"}]: may specify no more than one IP for each IP family", "status.podIPs[1]: Duplicate value: {\"ip\":\"10.0.0.1\"}"]
        },
        { "host IPs matching hostIP", p => p, p => WithStatus(p, s => s with { HostIP = "10.1.0.1", HostIPs = [new HostIP { IP = "10.1.0.1" }, new HostIP { IP = "fd00::a" }] }), [] },
        {
            "first host IP differs from hostIP", p => p, p => WithStatus(p, s => s with { HostIP = "10.1.0.1", HostIPs = [new HostIP { IP = "10.1.0.2" }] }),
            ["status.hostIPs[0].ip: Invalid value: \"10.1.0.2\": must be equal to `hostIP`"]
        },
        {
            "duplicate host IP", p => p, p => WithStatus(p, s => s with { HostIP = "10.1.0.1", HostIPs = [new HostIP { IP = "10.1.0.1" }, new HostIP { IP = "10.1.0.1" }] }),
            ["status.hostIPs[1]: Duplicate value: {\"ip\":\"10.1.0.1\"}", "status.hostIPs: Invalid value: [{\"ip\":\"10.1.0.1\"},{\"ip\":\"10.1.0.1\"}]: may specify no more than one IP for each IP family"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Pod_status_update_matches_upstream(string description, Func<Pod, Pod> old, Func<Pod, Pod> updated, string[] expected)
    {
        var stored = old(PodUpdateValidationTests.Stored());
        Render(ObjectValidator.ValidateStatusUpdate(updated(stored), stored)).Should().Equal(expected, description);
    }

    [Fact]
    public void Status_update_ignores_spec_rules_but_keeps_metadata_rules()
    {
        var stored = PodUpdateValidationTests.Stored();
        var updated = stored.WithContainer(c => c with { Image = "" }) with { Metadata = stored.Metadata with { Namespace = "prod" } };
        Render(ObjectValidator.ValidateStatusUpdate(updated, stored)).Should().Equal("metadata.namespace: Invalid value: \"prod\": field is immutable");
    }

    private static Pod WithStatus(Pod p, Func<PodStatus, PodStatus> f) => p with { Status = f(p.Status ?? new PodStatus()) };

    private static Pod Statuses(Pod p, params ContainerStatus[] statuses) => WithStatus(p, s => s with { ContainerStatuses = statuses });

    private static Pod Inits(Pod p, params ContainerStatus[] statuses) => WithStatus(p, s => s with { InitContainerStatuses = statuses });

    private static Pod PodIps(Pod p, params string[] ips) => WithStatus(p, s => s with { PodIP = ips[0], PodIPs = [.. ips.Select(ip => new PodIP { IP = ip })] });

    private static Pod Policy(Pod p, string policy) => p.WithSpec(s => s with { RestartPolicy = policy });

    private static PodCondition Cond(string type) => new() { Type = type, Status = "True" };

    private static ContainerStatus Terminated(string name, int exitCode) =>
        new() { Name = name, State = new ContainerState { Terminated = new ContainerStateTerminated { ExitCode = exitCode, Reason = exitCode == 0 ? "Completed" : "Error" } } };

    private static ContainerStatus Running(string name) => new() { Name = name, State = new ContainerState { Running = new ContainerStateRunning() } };

    private static ContainerStatus Waiting(string name) => new() { Name = name, State = new ContainerState { Waiting = new ContainerStateWaiting { Reason = "CrashLoopBackOff" } } };
}
