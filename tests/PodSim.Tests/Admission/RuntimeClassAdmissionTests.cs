using PodSim.Admission;
using PodSim.Model;
using static PodSim.Tests.Admission.AdmissionFixtures;

namespace PodSim.Tests.Admission;

/// <summary>The RuntimeClass plugin: overhead, scheduling merge and refusals.</summary>
public class RuntimeClassAdmissionTests
{
    private static Pod WithRuntimeClass(string? name, string overhead = "") =>
        Pod("web", Container("app")).WithSpec(s => s with { RuntimeClassName = name, Overhead = overhead.Length == 0 ? EmptyMap.Quantities : List(overhead) });

    [Fact]
    public void The_runtime_class_overhead_is_set_on_the_pod()
    {
        var result = PodAdmission.Admit(WithRuntimeClass("kata"), new AdmissionContext { RuntimeClasses = [RuntimeClass("kata", overhead: "cpu=250m,memory=120Mi")] });

        result.Admitted.Should().BeTrue();
        Render(result.Pod.Spec!.Overhead).Should().Be("cpu=250m,memory=120Mi");
    }

    [Fact]
    public void A_class_without_overhead_leaves_the_pod_overhead_empty()
    {
        var result = PodAdmission.Admit(WithRuntimeClass("runc"), new AdmissionContext { RuntimeClasses = [RuntimeClass("runc")] });

        result.Admitted.Should().BeTrue();
        result.Pod.Spec!.Overhead.Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_runtime_class_is_refused()
    {
        var result = PodAdmission.Admit(WithRuntimeClass("kata"), new AdmissionContext { RuntimeClasses = [RuntimeClass("gvisor")] });

        result.Errors.Single().Plugin.Should().Be(AdmissionPlugins.RuntimeClass);
        result.Message().Should().Be("pods \"web\" is forbidden: pod rejected: RuntimeClass \"kata\" not found");
    }

    [Fact]
    public void A_preset_overhead_that_differs_is_refused()
    {
        var result = PodAdmission.Admit(WithRuntimeClass("kata", "cpu=1"), new AdmissionContext { RuntimeClasses = [RuntimeClass("kata", overhead: "cpu=250m")] });

        result.Message().Should().Be("pods \"web\" is forbidden: pod rejected: Pod's Overhead doesn't match RuntimeClass's defined Overhead");
    }

    [Fact]
    public void A_preset_overhead_equal_in_value_is_accepted()
    {
        var result = PodAdmission.Admit(WithRuntimeClass("kata", "cpu=0.25"), new AdmissionContext { RuntimeClasses = [RuntimeClass("kata", overhead: "cpu=250m")] });

        result.Admitted.Should().BeTrue();
    }

    [Fact]
    public void An_overhead_without_runtime_class_is_refused()
    {
        var result = PodAdmission.Admit(WithRuntimeClass(null, "cpu=100m"), AdmissionContext.Empty);

        result.Message().Should().Be("pods \"web\" is forbidden: pod rejected: Pod Overhead set without corresponding RuntimeClass defined Overhead");
    }

    [Fact]
    public void An_overhead_with_a_runtime_class_that_defines_none_is_refused()
    {
        var result = PodAdmission.Admit(WithRuntimeClass("runc", "cpu=100m"), new AdmissionContext { RuntimeClasses = [RuntimeClass("runc")] });

        result.Message().Should().Be("pods \"web\" is forbidden: pod rejected: Pod Overhead set without corresponding RuntimeClass defined Overhead");
    }

    [Fact]
    public void The_node_selector_is_merged_into_the_pod()
    {
        var scheduling = new PodSim.Model.Scheduling { NodeSelector = new Dictionary<string, string> { ["runtime"] = "kata" } };
        var pod = WithRuntimeClass("kata").WithSpec(s => s with { NodeSelector = new Dictionary<string, string> { ["zone"] = "a" } });

        var result = PodAdmission.Admit(pod, new AdmissionContext { RuntimeClasses = [RuntimeClass("kata", scheduling: scheduling)] });

        result.Pod.Spec!.NodeSelector.Should().BeEquivalentTo(new Dictionary<string, string> { ["runtime"] = "kata", ["zone"] = "a" });
    }

    [Fact]
    public void A_conflicting_node_selector_is_refused()
    {
        var scheduling = new PodSim.Model.Scheduling { NodeSelector = new Dictionary<string, string> { ["runtime"] = "kata", ["arch"] = "amd64" } };
        var pod = WithRuntimeClass("kata").WithSpec(s => s with { NodeSelector = new Dictionary<string, string> { ["runtime"] = "runc", ["arch"] = "arm64" } });

        var result = PodAdmission.Admit(pod, new AdmissionContext { RuntimeClasses = [RuntimeClass("kata", scheduling: scheduling)] });

        // Keys are checked in sorted order, so "arch" is reported.
        result.Message().Should().Be("pods \"web\" is forbidden: conflict: runtimeClass.scheduling.nodeSelector[arch] = amd64; pod.spec.nodeSelector[arch] = arm64");
    }

    public static TheoryData<string, Toleration[], Toleration[], string> TolerationCases() => new()
    {
        { "disjoint tolerations are concatenated", [T("a", "Equal", "1", "NoSchedule")], [T("b", "Exists", null, "NoSchedule")], "a=1:NoSchedule, b:NoSchedule" },
        { "an equal toleration is kept once", [T("a", "Equal", "1", "NoSchedule")], [T("a", "Equal", "1", "NoSchedule")], "a=1:NoSchedule" },
        { "Exists covers an Equal of the same key", [T("a", "Equal", "1", "NoSchedule")], [T("a", "Exists", null, "NoSchedule")], "a:NoSchedule" },
        { "an empty effect covers every effect", [T("a", "Exists", null, "NoExecute")], [T("a", "Exists", null, null)], "a:" },
        { "an empty key with Exists covers everything", [T("a", "Equal", "1", "NoSchedule"), T("b", "Exists", null, "NoExecute")], [T(null, "Exists", null, null)], ":" },
        { "a different value is not covered", [T("a", "Equal", "1", "NoSchedule")], [T("a", "Equal", "2", "NoSchedule")], "a=1:NoSchedule, a=2:NoSchedule" },
    };

    [Theory]
    [MemberData(nameof(TolerationCases))]
    public void Tolerations_are_merged_dropping_covered_ones(string description, Toleration[] podTolerations, Toleration[] classTolerations, string expected)
    {
        // A pod-wide wildcard keeps DefaultTolerationSeconds from adding its own two tolerations.
        var wildcard = T(null, "Exists", null, "NoExecute");
        var pod = WithRuntimeClass("kata").WithSpec(s => s with { Tolerations = [.. podTolerations, wildcard] });
        var scheduling = new PodSim.Model.Scheduling { Tolerations = classTolerations };

        var result = PodAdmission.Admit(pod, new AdmissionContext { RuntimeClasses = [RuntimeClass("kata", scheduling: scheduling)] });

        var rendered = result.Pod.Spec!.Tolerations.Where(t => t != wildcard).Select(t => t.Key + (t.Value is null ? string.Empty : "=" + t.Value) + ":" + t.Effect);
        string.Join(", ", rendered).Should().Be(expected, description);
    }

    private static Toleration T(string? key, string op, string? value, string? effect) =>
        new() { Key = key, Operator = op, Value = value, Effect = effect };
}
