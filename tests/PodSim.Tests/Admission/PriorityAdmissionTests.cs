using PodSim.Admission;
using PodSim.Model;
using static PodSim.Tests.Admission.AdmissionFixtures;

namespace PodSim.Tests.Admission;

/// <summary>The Priority plugin: class resolution, global default, built-in classes and refusals.</summary>
public class PriorityAdmissionTests
{
    private static readonly PriorityClass High = PriorityClass("high-priority", 1000000);
    private static readonly PriorityClass Batch = PriorityClass("batch", 100, preemptionPolicy: PreemptionPolicies.Never);

    public static TheoryData<string, string?, PriorityClass[], string?, int, string> ResolutionCases() => new()
    {
        { "named class gives its value", "high-priority", [High, Batch], "high-priority", 1000000, "PreemptLowerPriority" },
        { "named class gives its preemption policy", "batch", [High, Batch], "batch", 100, "Never" },
        { "no class and no default: priority 0", null, [High, Batch], null, 0, "PreemptLowerPriority" },
        { "no class: the global default applies and is named", null, [High, PriorityClass("standard", 50, globalDefault: true)], "standard", 50, "PreemptLowerPriority" },
        { "several global defaults: the lowest value wins", null, [PriorityClass("b-mid", 500, globalDefault: true), PriorityClass("a-low", 5, globalDefault: true)], "a-low", 5, "PreemptLowerPriority" },
        { "a named class wins over the global default", "batch", [Batch, PriorityClass("standard", 50, globalDefault: true)], "batch", 100, "Never" },
        { "a global default keeps its policy", null, [PriorityClass("bg", -10, globalDefault: true, preemptionPolicy: PreemptionPolicies.Never)], "bg", -10, "Never" },
        { "built-in system-cluster-critical", "system-cluster-critical", [], "system-cluster-critical", 2000000000, "PreemptLowerPriority" },
        { "built-in system-node-critical", "system-node-critical", [], "system-node-critical", 2000001000, "PreemptLowerPriority" },
    };

    [Theory]
    [MemberData(nameof(ResolutionCases))]
    public void Priority_class_name_resolves_priority_and_preemption_policy(string description, string? className, PriorityClass[] classes, string? expectedName, int expectedPriority, string expectedPolicy)
    {
        var pod = Pod("web", Container("app")).WithSpec(s => s with { PriorityClassName = className });

        var result = PodAdmission.Admit(pod, new AdmissionContext { PriorityClasses = classes });

        result.Admitted.Should().BeTrue(description);
        result.Pod.Spec!.PriorityClassName.Should().Be(expectedName, description);
        result.Pod.Spec.Priority.Should().Be(expectedPriority, description);
        result.Pod.Spec.PreemptionPolicy.Should().Be(expectedPolicy, description);
    }

    [Fact]
    public void An_unknown_class_is_refused()
    {
        var pod = Pod("web", Container("app")).WithSpec(s => s with { PriorityClassName = "high" });

        var result = PodAdmission.Admit(pod, new AdmissionContext { PriorityClasses = [High] });

        result.Errors.Single().Plugin.Should().Be(AdmissionPlugins.Priority);
        result.Message().Should().Be("pods \"web\" is forbidden: no PriorityClass with name high was found");
    }

    [Fact]
    public void A_preset_priority_that_differs_is_refused()
    {
        var pod = Pod("web", Container("app")).WithSpec(s => s with { PriorityClassName = "high-priority", Priority = 5 });

        var result = PodAdmission.Admit(pod, new AdmissionContext { PriorityClasses = [High] });

        result.Message().Should().Be("pods \"web\" is forbidden: the integer value of priority (5) must not be provided in pod spec; priority admission controller computed 1000000 from the given PriorityClass name");
    }

    [Fact]
    public void A_preset_priority_without_class_is_refused_against_zero()
    {
        var pod = Pod("web", Container("app")).WithSpec(s => s with { Priority = 10 });

        var result = PodAdmission.Admit(pod, AdmissionContext.Empty);

        result.Message().Should().Be("pods \"web\" is forbidden: the integer value of priority (10) must not be provided in pod spec; priority admission controller computed 0 from the given PriorityClass name");
    }

    [Fact]
    public void A_preset_priority_that_matches_is_accepted()
    {
        var pod = Pod("web", Container("app")).WithSpec(s => s with { PriorityClassName = "high-priority", Priority = 1000000 });

        PodAdmission.Admit(pod, new AdmissionContext { PriorityClasses = [High] }).Admitted.Should().BeTrue();
    }

    [Fact]
    public void A_preset_preemption_policy_that_differs_is_refused()
    {
        var pod = Pod("web", Container("app")).WithSpec(s => s with { PriorityClassName = "batch", PreemptionPolicy = PreemptionPolicies.PreemptLowerPriority });

        var result = PodAdmission.Admit(pod, new AdmissionContext { PriorityClasses = [Batch] });

        result.Message().Should().Be("pods \"web\" is forbidden: the string value of PreemptionPolicy (PreemptLowerPriority) must not be provided in pod spec; priority admission controller computed Never from the given PriorityClass name");
    }

    [Fact]
    public void A_user_class_may_replace_a_built_in_of_the_same_name()
    {
        var pod = Pod("web", Container("app")).WithSpec(s => s with { PriorityClassName = "system-node-critical" });

        var result = PodAdmission.Admit(pod, new AdmissionContext { PriorityClasses = [PriorityClass("system-node-critical", 2000001000, preemptionPolicy: PreemptionPolicies.Never)] });

        result.Pod.Spec!.PreemptionPolicy.Should().Be(PreemptionPolicies.Never);
    }

    [Fact]
    public void The_priority_refusal_comes_before_quota()
    {
        var pod = Pod("web", Container("app")).WithSpec(s => s with { PriorityClassName = "missing" });

        var result = PodAdmission.Admit(pod, new AdmissionContext { ResourceQuotas = [Quota("q", "pods=0")] });

        result.Errors.Single().Plugin.Should().Be(AdmissionPlugins.Priority);
    }
}
