using PodSim.Admission;
using PodSim.Model;
using static PodSim.Tests.Admission.AdmissionFixtures;

namespace PodSim.Tests.Admission;

/// <summary>LimitRanger through the admission chain: defaults applied to the pod and violations with upstream wording.</summary>
public class LimitRangeAdmissionTests
{
    private const string Annotation = "kubernetes.io/limit-ranger";

    public static TheoryData<string, LimitRangeItem, Container, string, string, string?> DefaultCases() => new()
    {
        {
            "default and defaultRequest fill an empty container",
            Item("Container", defaults: "cpu=500m,memory=512Mi", defaultRequest: "cpu=100m,memory=256Mi"),
            Container("app"),
            "cpu=100m,memory=256Mi", "cpu=500m,memory=512Mi",
            "LimitRanger plugin set: cpu, memory request for container app; cpu, memory limit for container app"
        },
        {
            "defaultRequest comes from default when absent",
            Item("Container", defaults: "cpu=500m,memory=512Mi"),
            Container("app"),
            "cpu=500m,memory=512Mi", "cpu=500m,memory=512Mi",
            "LimitRanger plugin set: cpu, memory request for container app; cpu, memory limit for container app"
        },
        {
            "default comes from max when absent",
            Item("Container", max: "cpu=2"),
            Container("app"),
            "cpu=2", "cpu=2",
            "LimitRanger plugin set: cpu request for container app; cpu limit for container app"
        },
        {
            "defaultRequest comes from min when there is no default",
            Item("Container", min: "memory=64Mi"),
            Container("app"),
            "memory=64Mi", "",
            "LimitRanger plugin set: memory request for container app"
        },
        {
            "a limit-only container already has its request from API defaulting",
            Item("Container", defaults: "cpu=500m,memory=512Mi", defaultRequest: "cpu=100m,memory=256Mi"),
            Container("app", limits: "cpu=1"),
            "cpu=1,memory=256Mi", "cpu=1,memory=512Mi",
            "LimitRanger plugin set: memory request for container app; memory limit for container app"
        },
        {
            "a request-only container gets the default limit",
            Item("Container", defaults: "cpu=500m"),
            Container("app", requests: "cpu=200m"),
            "cpu=200m", "cpu=500m",
            "LimitRanger plugin set: cpu limit for container app"
        },
        {
            "a fully specified container is left alone and not annotated",
            Item("Container", defaults: "cpu=500m,memory=512Mi"),
            Container("app", "cpu=100m,memory=64Mi", "cpu=200m,memory=128Mi"),
            "cpu=100m,memory=64Mi", "cpu=200m,memory=128Mi",
            null
        },
        {
            "Pod-type items give no defaults",
            Item("Pod", max: "cpu=4"),
            Container("app", limits: "cpu=1"),
            "cpu=1", "cpu=1",
            null
        },
        {
            "extended and ephemeral-storage defaults are applied too",
            Item("Container", defaults: "ephemeral-storage=1Gi"),
            Container("app"),
            "ephemeral-storage=1Gi", "ephemeral-storage=1Gi",
            "LimitRanger plugin set: ephemeral-storage request for container app; ephemeral-storage limit for container app"
        },
    };

    [Theory]
    [MemberData(nameof(DefaultCases))]
    public void Container_defaults_are_applied_and_annotated(string description, LimitRangeItem item, Container container, string requests, string limits, string? annotation)
    {
        var result = PodAdmission.Admit(Pod("web", container), new AdmissionContext { LimitRanges = [LimitRange("limits", item)] });

        result.Admitted.Should().BeTrue(description);
        var app = result.Pod.Spec!.Containers[0];
        Render(app.Resources?.Requests).Should().Be(requests, description);
        Render(app.Resources?.Limits).Should().Be(limits, description);
        result.Pod.Metadata.Annotations.GetValueOrDefault(Annotation).Should().Be(annotation, description);
    }

    [Fact]
    public void Init_containers_are_defaulted_after_the_containers_and_named_as_such()
    {
        var pod = Pod("web", Container("app"), Container("log", "cpu=10m", "cpu=10m")).WithInit(Container("setup"));
        var lr = LimitRange("limits", Item("Container", defaults: "cpu=500m", defaultRequest: "cpu=100m"));

        var result = PodAdmission.Admit(pod, new AdmissionContext { LimitRanges = [lr] });

        result.Pod.Metadata.Annotations[Annotation].Should().Be(
            "LimitRanger plugin set: cpu request for container app; cpu limit for container app; cpu request for init container setup; cpu limit for init container setup");
        Render(result.Pod.Spec!.InitContainers[0].Resources!.Requests).Should().Be("cpu=100m");
    }

    [Fact]
    public void A_later_limit_range_only_fills_what_is_still_missing_and_replaces_the_annotation()
    {
        var first = LimitRange("a-cpu", Item("Container", defaults: "cpu=500m"));
        var second = LimitRange("b-memory", Item("Container", defaults: "cpu=2,memory=1Gi"));

        // Given in reverse order: the ranges are processed by name.
        var result = PodAdmission.Admit(Pod("web", Container("app")), new AdmissionContext { LimitRanges = [second, first] });

        Render(result.Pod.Spec!.Containers[0].Resources!.Limits).Should().Be("cpu=500m,memory=1Gi");
        result.Pod.Metadata.Annotations[Annotation].Should().Be("LimitRanger plugin set: memory request for container app; memory limit for container app");
    }

    [Fact]
    public void Existing_annotations_are_kept()
    {
        var pod = Pod("web", Container("app")) with { Metadata = new ObjectMeta { Name = "web", Annotations = new Dictionary<string, string> { ["team"] = "a" } } };

        var result = PodAdmission.Admit(pod, new AdmissionContext { LimitRanges = [LimitRange("l", Item("Container", defaults: "cpu=1"))] });

        result.Pod.Metadata.Annotations.Should().ContainKey("team").And.ContainKey(Annotation);
    }

    [Fact]
    public void Limit_ranges_of_other_namespaces_are_ignored()
    {
        var lr = LimitRange("l", Item("Container", defaults: "cpu=1")) with { Metadata = new ObjectMeta { Name = "l", Namespace = "other" } };

        var result = PodAdmission.Admit(Pod("web", Container("app")), new AdmissionContext { LimitRanges = [lr] });

        result.Pod.Spec!.Containers[0].Resources.Should().BeNull();
    }

    public static TheoryData<string, LimitRangeItem, Pod, string> ViolationCases() => new()
    {
        {
            "container request below min cpu",
            Item("Container", min: "cpu=100m"),
            Pod("web", Container("app", "cpu=50m")),
            "pods \"web\" is forbidden: minimum cpu usage per Container is 100m, but request is 50m"
        },
        {
            "container request below min memory",
            Item("Container", min: "memory=64Mi"),
            Pod("web", Container("app", "memory=32Mi")),
            "pods \"web\" is forbidden: minimum memory usage per Container is 64Mi, but request is 32Mi"
        },
        {
            "container limit above max cpu",
            Item("Container", max: "cpu=1"),
            Pod("web", Container("app", limits: "cpu=2")),
            "pods \"web\" is forbidden: maximum cpu usage per Container is 1, but limit is 2"
        },
        {
            "container limit above max memory",
            Item("Container", max: "memory=1Gi"),
            Pod("web", Container("app", "memory=512Mi", "memory=2Gi")),
            "pods \"web\" is forbidden: maximum memory usage per Container is 1Gi, but limit is 2Gi"
        },
        {
            "limit to request ratio above the maximum",
            Item("Container", ratio: "cpu=2"),
            Pod("web", Container("app", "cpu=100m", "cpu=400m")),
            "pods \"web\" is forbidden: cpu max limit to request ratio per Container is 2, but provided ratio is 4.000000"
        },
        {
            "fractional ratio printed with six decimals",
            Item("Container", ratio: "memory=1500m"),
            Pod("web", Container("app", "memory=3Gi", "memory=5Gi")),
            "pods \"web\" is forbidden: memory max limit to request ratio per Container is 1500m, but provided ratio is 1.666667"
        },
        {
            "ratio with no request",
            Item("Container", ratio: "cpu=2"),
            Pod("web", Container("app")),
            "pods \"web\" is forbidden: cpu max limit to request ratio per Container is 2, but no request is specified or request is 0"
        },
        {
            "ratio with a request and no limit",
            Item("Container", ratio: "cpu=2"),
            Pod("web", Container("app", "cpu=100m")),
            "pods \"web\" is forbidden: cpu max limit to request ratio per Container is 2, but no limit is specified or limit is 0"
        },
        {
            "init containers are checked too",
            Item("Container", min: "cpu=100m"),
            Pod("web", Container("app", "cpu=200m")).WithInit(Container("setup", "cpu=10m")),
            "pods \"web\" is forbidden: minimum cpu usage per Container is 100m, but request is 10m"
        },
        {
            "several violations are listed in brackets",
            Item("Container", min: "cpu=100m,memory=64Mi"),
            Pod("web", Container("app", "cpu=50m,memory=32Mi")),
            "pods \"web\" is forbidden: [minimum cpu usage per Container is 100m, but request is 50m, minimum memory usage per Container is 64Mi, but request is 32Mi]"
        },
        {
            "identical violations of two containers are listed once",
            Item("Container", min: "cpu=100m"),
            Pod("web", Container("a", "cpu=50m"), Container("b", "cpu=50m")),
            "pods \"web\" is forbidden: minimum cpu usage per Container is 100m, but request is 50m"
        },
        {
            "min, max and ratio in that order per container",
            Item("Container", min: "cpu=100m", max: "cpu=1", ratio: "cpu=2"),
            Pod("web", Container("app", "cpu=50m", "cpu=2")),
            "pods \"web\" is forbidden: [minimum cpu usage per Container is 100m, but request is 50m, maximum cpu usage per Container is 1, but limit is 2, cpu max limit to request ratio per Container is 2, but provided ratio is 40.000000]"
        },
        {
            "pod limit sum above the Pod max",
            Item("Pod", max: "cpu=1"),
            Pod("web", Container("a", "cpu=300m", "cpu=600m"), Container("b", "cpu=300m", "cpu=600m")),
            "pods \"web\" is forbidden: maximum cpu usage per Pod is 1, but limit is 1200m"
        },
        {
            "pod request sum below the Pod min",
            Item("Pod", min: "memory=1Gi"),
            Pod("web", Container("a", "memory=256Mi"), Container("b", "memory=256Mi")),
            "pods \"web\" is forbidden: minimum memory usage per Pod is 1Gi, but request is 512Mi"
        },
        {
            "Pod min with no request at all",
            Item("Pod", min: "cpu=1"),
            Pod("web", Container("app")),
            "pods \"web\" is forbidden: minimum cpu usage per Pod is 1.  No request is specified"
        },
        {
            "Pod max with no limit at all",
            Item("Pod", max: "memory=1Gi"),
            Pod("web", Container("app", "memory=100Mi")),
            "pods \"web\" is forbidden: maximum memory usage per Pod is 1Gi.  No limit is specified"
        },
        {
            "Pod ratio over the sums",
            Item("Pod", ratio: "cpu=3"),
            Pod("web", Container("a", "cpu=100m", "cpu=500m"), Container("b", "cpu=100m", "cpu=300m")),
            "pods \"web\" is forbidden: cpu max limit to request ratio per Pod is 3, but provided ratio is 4.000000"
        },
        {
            "Pod bounds use the sidecar-aware effective requests",
            Item("Pod", max: "cpu=2"),
            Pod("web", Container("app", "cpu=500m", "cpu=500m")).WithInit(Sidecar("proxy", "cpu=1", "cpu=1"), Container("migrate", "cpu=1", "cpu=2")),
            "pods \"web\" is forbidden: maximum cpu usage per Pod is 2, but limit is 3"
        },
    };

    [Theory]
    [MemberData(nameof(ViolationCases))]
    public void Violations_reject_the_pod_with_the_upstream_message(string description, LimitRangeItem item, Pod pod, string expected)
    {
        var result = PodAdmission.Admit(pod, new AdmissionContext { LimitRanges = [LimitRange("limits", item)] });

        result.Admitted.Should().BeFalse(description);
        result.Errors.Single().Plugin.Should().Be(AdmissionPlugins.LimitRanger);
        result.Errors.Single().Reason.Should().Be("Forbidden");
        result.Message().Should().Be(expected, description);
    }

    [Theory]
    [InlineData("cpu=100m", "cpu=100m", "cpu=1")]
    [InlineData("cpu=1", "cpu=1", "cpu=2")]
    [InlineData("cpu=500m", "cpu=1", "cpu=2")]
    public void Values_on_the_bounds_are_admitted(string requests, string limits, string ratio)
    {
        var item = Item("Container", min: "cpu=100m", max: "cpu=1", ratio: ratio);

        var result = PodAdmission.Admit(Pod("web", Container("app", requests, limits)), new AdmissionContext { LimitRanges = [LimitRange("l", item)] });

        result.Admitted.Should().BeTrue();
    }

    [Fact]
    public void The_first_limit_range_by_name_with_violations_is_reported()
    {
        var b = LimitRange("b", Item("Container", min: "cpu=100m"));
        var a = LimitRange("a", Item("Container", max: "cpu=10m"));

        var result = PodAdmission.Admit(Pod("web", Container("app", "cpu=50m", "cpu=50m")), new AdmissionContext { LimitRanges = [b, a] });

        result.Message().Should().Be("pods \"web\" is forbidden: maximum cpu usage per Container is 10m, but limit is 50m");
    }

    [Fact]
    public void A_default_limit_below_the_explicit_request_makes_the_pod_invalid()
    {
        // The documented LimitRange pitfall: the default limit is applied under a larger explicit request.
        var lr = LimitRange("cpu-resource-constraint", Item("Container", min: "cpu=100m", max: "cpu=1", defaults: "cpu=500m", defaultRequest: "cpu=500m"));

        var result = PodAdmission.Admit(Pod("example-conflict-with-limitrange-cpu", Container("demo", "cpu=700m")), new AdmissionContext { LimitRanges = [lr] });

        result.Errors.Single().Plugin.Should().Be(AdmissionPlugins.Validation);
        result.Errors.Single().Reason.Should().Be("Invalid");
        result.Message().Should().Be(
            "Pod \"example-conflict-with-limitrange-cpu\" is invalid: spec.containers[0].resources.requests: Invalid value: \"700m\": must be less than or equal to cpu limit of 500m");
    }

    [Fact]
    public void A_pod_with_only_generate_name_is_named_by_its_prefix()
    {
        var pod = Pod("ignored", Container("app", "cpu=50m")) with { Metadata = new ObjectMeta { GenerateName = "web-" } };

        var result = PodAdmission.Admit(pod, new AdmissionContext { LimitRanges = [LimitRange("l", Item("Container", min: "cpu=100m"))] });

        result.Message().Should().Be("pods \"web-\" is forbidden: minimum cpu usage per Container is 100m, but request is 50m");
    }
}
