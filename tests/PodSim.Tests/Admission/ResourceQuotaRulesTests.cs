using PodSim.Admission;
using PodSim.Model;
using static PodSim.Tests.Admission.AdmissionFixtures;

namespace PodSim.Tests.Admission;

/// <summary>Pod quota usage and the quota controller's status.</summary>
public class ResourceQuotaRulesTests
{
    public static TheoryData<string, Pod, string> UsageCases() => new()
    {
        {
            "best-effort pod counts only as a pod",
            Pod("p", Container("app")),
            "count/pods=1,pods=1"
        },
        {
            "requests give the plain and requests. names, limits the limits. names",
            Pod("p", Container("app", "cpu=250m,memory=64Mi", "cpu=500m,memory=128Mi")),
            "count/pods=1,cpu=250m,limits.cpu=500m,limits.memory=128Mi,memory=64Mi,pods=1,requests.cpu=250m,requests.memory=64Mi"
        },
        {
            "ephemeral storage is tracked like cpu and memory",
            Pod("p", Container("app", "ephemeral-storage=1Gi", "ephemeral-storage=2Gi")),
            "count/pods=1,ephemeral-storage=1Gi,limits.ephemeral-storage=2Gi,pods=1,requests.ephemeral-storage=1Gi"
        },
        {
            "hugepages and extended resources",
            Pod("p", Container("app", "hugepages-2Mi=4Mi,nvidia.com/gpu=1", "hugepages-2Mi=4Mi,nvidia.com/gpu=1")),
            "count/pods=1,hugepages-2Mi=4Mi,pods=1,requests.hugepages-2Mi=4Mi,requests.nvidia.com/gpu=1"
        },
        {
            "containers sum",
            Pod("p", Container("a", "memory=1Gi"), Container("b", "memory=512Mi")),
            "count/pods=1,memory=1536Mi,pods=1,requests.memory=1536Mi"
        },
        {
            "a large init container dominates",
            Pod("p", Container("app", "cpu=100m")).WithInit(Container("migrate", "cpu=2")),
            "count/pods=1,cpu=2,pods=1,requests.cpu=2"
        },
        {
            "a sidecar adds to the init container started after it",
            Pod("p", Container("app", "cpu=100m")).WithInit(Sidecar("proxy", "cpu=500m"), Container("migrate", "cpu=1")),
            "count/pods=1,cpu=1500m,pods=1,requests.cpu=1500m"
        },
        {
            "overhead is added to requests and to existing limits only",
            Pod("p", Container("app", "cpu=100m", "cpu=100m")).WithSpec(s => s with { Overhead = List("cpu=250m,memory=120Mi") }),
            "count/pods=1,cpu=350m,limits.cpu=350m,memory=120Mi,pods=1,requests.cpu=350m,requests.memory=120Mi"
        },
        {
            "pod-level resources replace the container aggregate",
            Pod("p", Container("app", "cpu=100m", "cpu=100m")).WithSpec(s => s with { Resources = new ResourceRequirements { Requests = List("cpu=1,memory=1Gi"), Limits = List("cpu=2,memory=1Gi") } }),
            "count/pods=1,cpu=1,limits.cpu=2,limits.memory=1Gi,memory=1Gi,pods=1,requests.cpu=1,requests.memory=1Gi"
        },
        {
            "a succeeded pod counts only as a stored object",
            Pod("p", Container("app", "cpu=1")).WithPhase(PodPhases.Succeeded),
            "count/pods=1"
        },
    };

    [Theory]
    [MemberData(nameof(UsageCases))]
    public void Pod_usage_follows_the_pod_evaluator(string description, Pod pod, string expected)
    {
        Render(ResourceQuotaRules.PodUsage(pod)).Should().Be(expected, description);
    }

    [Fact]
    public void Status_used_sums_the_charged_pods_for_each_hard_resource()
    {
        var quota = Quota("compute", "pods=10,count/pods=10,limits.memory=4Gi,requests.cpu=2,services=5");
        Pod[] pods =
        [
            Pod("a", Container("app", "cpu=100m", "memory=1Gi")),
            Pod("b", Container("app", "cpu=200m", "memory=1Gi")),
            Pod("c", Container("app", "cpu=300m", "memory=1Gi")).WithPhase(PodPhases.Failed),
        ];

        var status = ResourceQuotaRules.ComputeStatus(quota, pods);

        Render(status.Hard).Should().Be("count/pods=10,limits.memory=4Gi,pods=10,requests.cpu=2,services=5");
        Render(status.Used).Should().Be("count/pods=3,limits.memory=2Gi,pods=2,requests.cpu=300m");
    }

    [Fact]
    public void Status_used_is_zero_when_nothing_is_charged()
    {
        var status = ResourceQuotaRules.ComputeStatus(Quota("compute", "requests.memory=1Gi,pods=3"), []);

        Render(status.Used).Should().Be("pods=0,requests.memory=0");
    }

    [Fact]
    public void Status_keeps_the_previous_usage_of_resources_pods_do_not_track()
    {
        var quota = Quota("objects", "services=5,pods=5") with
        {
            Status = new ResourceQuotaStatus { Hard = List("services=5,pods=5"), Used = List("services=2,pods=4,secrets=1") },
        };

        var status = ResourceQuotaRules.ComputeStatus(quota, [Pod("a", Container("app"))]);

        Render(status.Used).Should().Be("pods=1,services=2");
    }

    [Fact]
    public void Status_counts_only_pods_the_scopes_select_in_the_quota_namespace()
    {
        var quota = Quota("be", "pods=5", "BestEffort");
        Pod[] pods =
        [
            Pod("a", Container("app")),
            Pod("b", Container("app", "cpu=1")),
            Pod("c", Container("app")) with { Metadata = new ObjectMeta { Name = "c", Namespace = "other" } },
        ];

        Render(ResourceQuotaRules.ComputeStatus(quota, pods).Used).Should().Be("pods=1");
    }

    [Fact]
    public void A_recorded_qos_class_is_used_for_the_best_effort_scope()
    {
        var quota = Quota("be", "pods=5", "BestEffort");
        var pod = Pod("a", Container("app", "cpu=1")) with { Status = new PodStatus { QosClass = QosClasses.BestEffort } };

        ResourceQuotaRules.MatchesScopes(quota, pod).Should().BeTrue();
    }
}
