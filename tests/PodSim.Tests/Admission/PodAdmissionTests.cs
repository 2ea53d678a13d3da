using PodSim.Admission;
using PodSim.Model;
using static PodSim.Tests.Admission.AdmissionFixtures;

namespace PodSim.Tests.Admission;

/// <summary>The admission chain as a whole: defaults, order, determinism.</summary>
public class PodAdmissionTests
{
    [Fact]
    public void A_plain_pod_is_admitted_with_api_defaults_priority_and_default_tolerations()
    {
        var result = PodAdmission.Admit(Pod("web", Container("app")), AdmissionContext.Empty);

        result.Admitted.Should().BeTrue();
        result.Errors.Should().BeEmpty();
        var spec = result.Pod.Spec!;
        spec.RestartPolicy.Should().Be("Always");
        spec.ServiceAccountName.Should().Be("default");
        spec.Priority.Should().Be(0);
        spec.PreemptionPolicy.Should().Be(PreemptionPolicies.PreemptLowerPriority);
        result.Pod.Metadata.Generation.Should().Be(1);
        result.Pod.Status.Should().Be(new PodStatus { Phase = "Pending", QosClass = "BestEffort" });
        spec.Tolerations.Should().BeEquivalentTo(
            [
                new Toleration { Key = "node.kubernetes.io/not-ready", Operator = "Exists", Effect = "NoExecute", TolerationSeconds = 300 },
                new Toleration { Key = "node.kubernetes.io/unreachable", Operator = "Exists", Effect = "NoExecute", TolerationSeconds = 300 },
            ],
            o => o.WithStrictOrdering());
    }

    [Theory]
    [InlineData("node.kubernetes.io/not-ready", "NoExecute", "node.kubernetes.io/unreachable")]
    [InlineData("node.kubernetes.io/unreachable", null, "node.kubernetes.io/not-ready")]
    [InlineData("node.kubernetes.io/not-ready", "NoSchedule", "node.kubernetes.io/not-ready,node.kubernetes.io/unreachable")]
    [InlineData(null, "NoExecute", "")]
    [InlineData(null, null, "")]
    public void Default_tolerations_are_added_only_for_taints_not_yet_tolerated(string? key, string? effect, string added)
    {
        var own = new Toleration { Key = key, Operator = "Exists", Effect = effect, TolerationSeconds = effect == "NoExecute" ? 60 : null };
        var pod = Pod("web", Container("app")).WithSpec(s => s with { Tolerations = [own] });

        var result = PodAdmission.Admit(pod, AdmissionContext.Empty);

        result.Pod.Spec!.Tolerations[0].Should().Be(own);
        string.Join(",", result.Pod.Spec.Tolerations.Skip(1).Select(t => t.Key)).Should().Be(added);
        result.Pod.Spec.Tolerations.Skip(1).All(t => t.TolerationSeconds == 300 && t.Effect == "NoExecute" && t.Operator == "Exists").Should().BeTrue();
    }

    [Fact]
    public void A_submitted_status_is_replaced_by_pending_and_the_computed_qos_class()
    {
        var pod = Pod("web", Container("app", limits: "cpu=1,memory=1Gi")) with { Status = new PodStatus { Phase = "Succeeded", PodIP = "10.0.0.1" } };

        // A submitted Succeeded phase must not exempt the new pod from quota.
        var result = PodAdmission.Admit(pod, new AdmissionContext { ResourceQuotas = [Quota("q", "pods=0")] });

        result.Message().Should().Be("pods \"web\" is forbidden: exceeded quota: q, requested: pods=1, used: pods=0, limited: pods=0");
        result.Pod.Status.Should().Be(new PodStatus { Phase = "Pending", QosClass = "Guaranteed" });
    }

    [Fact]
    public void Limit_range_defaults_decide_the_qos_class()
    {
        var lr = LimitRange("l", Item("Container", defaults: "cpu=500m,memory=256Mi"));

        var result = PodAdmission.Admit(Pod("web", Container("app")), new AdmissionContext { LimitRanges = [lr] });

        result.Pod.Status!.QosClass.Should().Be("Guaranteed");
    }

    [Fact]
    public void Admission_is_idempotent_on_its_own_output()
    {
        var context = new AdmissionContext
        {
            LimitRanges = [LimitRange("l", Item("Container", defaults: "cpu=500m,memory=256Mi"))],
            PriorityClasses = [PriorityClass("standard", 10, globalDefault: true)],
            RuntimeClasses = [RuntimeClass("kata", overhead: "cpu=100m")],
        };
        var first = PodAdmission.Admit(Pod("web", Container("app")).WithSpec(s => s with { RuntimeClassName = "kata" }), context);

        var second = PodAdmission.Admit(first.Pod, context);

        second.Admitted.Should().BeTrue();
        second.Pod.Should().BeEquivalentTo(first.Pod);
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_of_the_context_lists()
    {
        var lrs = new[] { LimitRange("b", Item("Container", defaults: "cpu=2,memory=1Gi")), LimitRange("a", Item("Container", defaults: "cpu=500m")) };
        var quotas = new[] { Quota("z", "limits.cpu=10"), Quota("m", "pods=1") };
        var pods = new[] { Pod("x", Container("app", limits: "cpu=1,memory=1Gi")), Pod("y", Container("app", limits: "cpu=1,memory=1Gi")) };
        var forward = new AdmissionContext { LimitRanges = lrs, ResourceQuotas = quotas, Pods = pods };
        var reversed = new AdmissionContext { LimitRanges = [.. lrs.Reverse()], ResourceQuotas = [.. quotas.Reverse()], Pods = [.. pods.Reverse()] };

        var a = PodAdmission.Admit(Pod("web", Container("app")), forward);
        var b = PodAdmission.Admit(Pod("web", Container("app")), reversed);

        a.Message().Should().Be("pods \"web\" is forbidden: exceeded quota: m, requested: pods=1, used: pods=2, limited: pods=1");
        b.Message().Should().Be(a.Message());
        b.Pod.Should().BeEquivalentTo(a.Pod);
    }

    [Fact]
    public void Validation_runs_before_the_validating_plugins()
    {
        var pod = Pod("web", new Container { Name = "app" });

        var result = PodAdmission.Admit(pod, new AdmissionContext { ResourceQuotas = [Quota("q", "pods=0")] });

        result.Errors.Single().Plugin.Should().Be(AdmissionPlugins.Validation);
        result.Message().Should().Be("Pod \"web\" is invalid: spec.containers[0].image: Required value");
    }

    [Fact]
    public void The_input_pod_is_not_changed()
    {
        var pod = Pod("web", Container("app"));

        PodAdmission.Admit(pod, new AdmissionContext { LimitRanges = [LimitRange("l", Item("Container", defaults: "cpu=1"))] });

        pod.Spec!.Containers[0].Resources.Should().BeNull();
        pod.Spec.Tolerations.Should().BeEmpty();
        pod.Metadata.Annotations.Should().BeEmpty();
    }

    [Fact]
    public void A_pod_is_admitted_only_after_another_one_terminated()
    {
        // LimitRange defaults make every pod charge 1 cpu; the quota holds one such pod.
        var context = new AdmissionContext
        {
            LimitRanges = [LimitRange("defaults", Item("Container", defaults: "cpu=1,memory=256Mi"))],
            ResourceQuotas = [Quota("compute", "requests.cpu=1")],
        };
        var first = PodAdmission.Admit(Pod("batch-1", Container("work")), context);
        var blocked = PodAdmission.Admit(Pod("batch-2", Container("work")), context with { Pods = [first.Pod.WithPhase(PodPhases.Running)] });
        var admitted = PodAdmission.Admit(Pod("batch-2", Container("work")), context with { Pods = [first.Pod.WithPhase(PodPhases.Succeeded)] });

        first.Admitted.Should().BeTrue();
        first.Pod.Metadata.Annotations["kubernetes.io/limit-ranger"].Should().Be("LimitRanger plugin set: cpu, memory request for container work; cpu, memory limit for container work");
        blocked.Message().Should().Be("pods \"batch-2\" is forbidden: exceeded quota: compute, requested: requests.cpu=1, used: requests.cpu=1, limited: requests.cpu=1");
        admitted.Admitted.Should().BeTrue();
    }
}
