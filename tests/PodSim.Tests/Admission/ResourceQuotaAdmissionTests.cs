using PodSim.Admission;
using PodSim.Model;
using static PodSim.Tests.Admission.AdmissionFixtures;

namespace PodSim.Tests.Admission;

/// <summary>ResourceQuota through the admission chain: charging, exact refusals, release by terminated pods, scopes.</summary>
public class ResourceQuotaAdmissionTests
{
    [Fact]
    public void The_documented_mem_cpu_demo_refuses_the_second_pod_on_requests_memory()
    {
        // kubernetes.io "Configure Memory and CPU Quotas for a Namespace".
        var quota = Quota("mem-cpu-demo", "requests.cpu=1,requests.memory=1Gi,limits.cpu=2,limits.memory=2Gi");
        var first = Pod("quota-mem-cpu-demo", Container("quota-mem-cpu-demo-ctr", "cpu=400m,memory=600Mi", "cpu=800m,memory=800Mi"));
        var second = Pod("quota-mem-cpu-demo-2", Container("quota-mem-cpu-demo-2-ctr", "cpu=400m,memory=700Mi", "cpu=800m,memory=1Gi"));

        var admittedFirst = PodAdmission.Admit(first, new AdmissionContext { ResourceQuotas = [quota] });
        var refusedSecond = PodAdmission.Admit(second, new AdmissionContext { ResourceQuotas = [quota], Pods = [admittedFirst.Pod] });

        admittedFirst.Admitted.Should().BeTrue();
        refusedSecond.Errors.Single().Plugin.Should().Be(AdmissionPlugins.ResourceQuota);
        refusedSecond.Message().Should().Be(
            "pods \"quota-mem-cpu-demo-2\" is forbidden: exceeded quota: mem-cpu-demo, requested: requests.memory=700Mi, used: requests.memory=600Mi, limited: requests.memory=1Gi");
    }

    [Fact]
    public void Pods_are_admitted_until_the_quota_is_full()
    {
        var quota = Quota("compute", "limits.memory=4Gi");
        var existing = new List<Pod>();
        for (var i = 1; i <= 3; i++)
        {
            var result = PodAdmission.Admit(Pod("web-" + i, Container("app", limits: "memory=1Gi")), new AdmissionContext { ResourceQuotas = [quota], Pods = existing });
            result.Admitted.Should().BeTrue();
            existing.Add(result.Pod);
        }

        var refused = PodAdmission.Admit(Pod("web", Container("app", limits: "memory=2Gi")), new AdmissionContext { ResourceQuotas = [quota], Pods = existing });
        var fits = PodAdmission.Admit(Pod("web", Container("app", limits: "memory=1Gi")), new AdmissionContext { ResourceQuotas = [quota], Pods = existing });

        refused.Message().Should().Be("pods \"web\" is forbidden: exceeded quota: compute, requested: limits.memory=2Gi, used: limits.memory=3Gi, limited: limits.memory=4Gi");
        fits.Admitted.Should().BeTrue();
    }

    [Fact]
    public void Every_exceeded_resource_is_listed_sorted_without_spaces()
    {
        var quota = Quota("compute", "pods=10,requests.cpu=1,limits.memory=1Gi,requests.memory=10Gi");
        var existing = Pod("a", Container("app", "cpu=800m,memory=512Mi", "cpu=800m,memory=512Mi"));

        var result = PodAdmission.Admit(Pod("web", Container("app", "cpu=500m,memory=1Gi", "cpu=500m,memory=1Gi")), new AdmissionContext { ResourceQuotas = [quota], Pods = [existing] });

        result.Message().Should().Be("pods \"web\" is forbidden: exceeded quota: compute, requested: limits.memory=1Gi,requests.cpu=500m, used: limits.memory=512Mi,requests.cpu=800m, limited: limits.memory=1Gi,requests.cpu=1");
    }

    [Fact]
    public void The_pod_count_quota_refuses_the_pod_past_the_limit()
    {
        var quota = Quota("pod-demo", "pods=2");
        Pod[] existing = [Pod("a", Container("app")), Pod("b", Container("app"))];

        var result = PodAdmission.Admit(Pod("c", Container("app")), new AdmissionContext { ResourceQuotas = [quota], Pods = existing });

        result.Message().Should().Be("pods \"c\" is forbidden: exceeded quota: pod-demo, requested: pods=1, used: pods=2, limited: pods=2");
    }

    [Fact]
    public void A_terminated_pod_releases_its_quota_so_the_next_pod_is_admitted()
    {
        var quota = Quota("compute", "pods=1,requests.cpu=1,limits.cpu=1");
        var running = Pod("job-1", Container("work", "cpu=1", "cpu=1")).WithPhase(PodPhases.Running);
        var next = Pod("job-2", Container("work", "cpu=1", "cpu=1"));

        var whileRunning = PodAdmission.Admit(next, new AdmissionContext { ResourceQuotas = [quota], Pods = [running] });
        var afterSuccess = PodAdmission.Admit(next, new AdmissionContext { ResourceQuotas = [quota], Pods = [running.WithPhase(PodPhases.Succeeded)] });
        var afterFailure = PodAdmission.Admit(next, new AdmissionContext { ResourceQuotas = [quota], Pods = [running.WithPhase(PodPhases.Failed)] });

        whileRunning.Message().Should().Be("pods \"job-2\" is forbidden: exceeded quota: compute, requested: limits.cpu=1,pods=1,requests.cpu=1, used: limits.cpu=1,pods=1,requests.cpu=1, limited: limits.cpu=1,pods=1,requests.cpu=1");
        afterSuccess.Admitted.Should().BeTrue();
        afterFailure.Admitted.Should().BeTrue();
    }

    [Fact]
    public void Count_pods_keeps_counting_terminated_pods()
    {
        var quota = Quota("objects", "count/pods=1");
        var done = Pod("job-1", Container("work")).WithPhase(PodPhases.Succeeded);

        var result = PodAdmission.Admit(Pod("job-2", Container("work")), new AdmissionContext { ResourceQuotas = [quota], Pods = [done] });

        result.Message().Should().Be("pods \"job-2\" is forbidden: exceeded quota: objects, requested: count/pods=1, used: count/pods=1, limited: count/pods=1");
    }

    [Fact]
    public void A_pod_past_its_deletion_grace_period_is_no_longer_charged()
    {
        var quota = Quota("q", "pods=1");
        var deletedAt = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var stuck = Pod("old", Container("app")) with
        {
            Metadata = new ObjectMeta { Name = "old", DeletionTimestamp = deletedAt, DeletionGracePeriodSeconds = 30 },
        };

        var withinGrace = PodAdmission.Admit(Pod("new", Container("app")), new AdmissionContext { ResourceQuotas = [quota], Pods = [stuck], Now = deletedAt.AddSeconds(30) });
        var pastGrace = PodAdmission.Admit(Pod("new", Container("app")), new AdmissionContext { ResourceQuotas = [quota], Pods = [stuck], Now = deletedAt.AddSeconds(31) });

        withinGrace.Admitted.Should().BeFalse();
        pastGrace.Admitted.Should().BeTrue();
    }

    [Theory]
    [InlineData("limits.cpu=2,limits.memory=2Gi", "", "failed quota: compute: must specify limits.cpu for: app; limits.memory for: app")]
    [InlineData("requests.cpu=2", "", "failed quota: compute: must specify requests.cpu for: app")]
    [InlineData("cpu=2,memory=2Gi", "", "failed quota: compute: must specify cpu for: app; memory for: app")]
    [InlineData("limits.cpu=2,requests.memory=2Gi,pods=5", "cpu=100m", "failed quota: compute: must specify limits.cpu for: app; requests.memory for: app")]
    public void A_quota_on_cpu_or_memory_requires_every_container_to_state_it(string hard, string requests, string expected)
    {
        var result = PodAdmission.Admit(Pod("web", Container("app", requests)), new AdmissionContext { ResourceQuotas = [Quota("compute", hard)] });

        result.Message().Should().Be("pods \"web\" is forbidden: " + expected);
    }

    [Fact]
    public void Missing_resources_name_every_container_sorted_init_containers_included()
    {
        var pod = Pod("app-66b5f57c7f-668sh", Container("nginx")).WithInit(Container("init-html"));

        var result = PodAdmission.Admit(pod, new AdmissionContext { ResourceQuotas = [Quota("compute", "requests.cpu=1,requests.memory=1Gi,limits.cpu=2,limits.memory=2Gi")] });

        result.Message().Should().Be("pods \"app-66b5f57c7f-668sh\" is forbidden: failed quota: compute: must specify limits.cpu for: init-html,nginx; limits.memory for: init-html,nginx; requests.cpu for: init-html,nginx; requests.memory for: init-html,nginx");
    }

    [Fact]
    public void Ephemeral_storage_and_pod_quotas_do_not_require_containers_to_state_anything()
    {
        var result = PodAdmission.Admit(Pod("web", Container("app")), new AdmissionContext { ResourceQuotas = [Quota("q", "pods=5,requests.ephemeral-storage=10Gi,count/pods=5")] });

        result.Admitted.Should().BeTrue();
    }

    [Fact]
    public void A_limit_range_default_satisfies_the_quota_requirement_and_is_charged()
    {
        var lr = LimitRange("defaults", Item("Container", defaults: "cpu=500m,memory=256Mi", defaultRequest: "cpu=250m,memory=128Mi"));
        var quota = Quota("compute", "requests.cpu=600m,limits.memory=1Gi");
        var existing = Pod("a", Container("app", "cpu=250m,memory=128Mi", "cpu=500m,memory=256Mi"));
        var context = new AdmissionContext { LimitRanges = [lr], ResourceQuotas = [quota], Pods = [existing] };

        var second = PodAdmission.Admit(Pod("b", Container("app")), context);
        var third = PodAdmission.Admit(Pod("c", Container("app")), context with { Pods = [existing, second.Pod] });

        second.Admitted.Should().BeTrue();
        third.Message().Should().Be("pods \"c\" is forbidden: exceeded quota: compute, requested: requests.cpu=250m, used: requests.cpu=500m, limited: requests.cpu=600m");
    }

    [Fact]
    public void The_first_quota_by_name_that_is_exceeded_is_reported()
    {
        var b = Quota("b-memory", "limits.memory=1Gi");
        var a = Quota("a-pods", "pods=1");
        var existing = Pod("x", Container("app", limits: "cpu=1,memory=1Gi"));

        var result = PodAdmission.Admit(Pod("web", Container("app", limits: "cpu=1,memory=1Gi")), new AdmissionContext { ResourceQuotas = [b, a], Pods = [existing] });

        result.Message().Should().Be("pods \"web\" is forbidden: exceeded quota: a-pods, requested: pods=1, used: pods=1, limited: pods=1");
    }

    [Fact]
    public void Must_specify_is_checked_on_every_quota_before_any_usage()
    {
        var full = Quota("a-full", "pods=0");
        var needsCpu = Quota("b-cpu", "requests.cpu=1");

        var result = PodAdmission.Admit(Pod("web", Container("app")), new AdmissionContext { ResourceQuotas = [full, needsCpu] });

        result.Message().Should().Be("pods \"web\" is forbidden: failed quota: b-cpu: must specify requests.cpu for: app");
    }

    [Fact]
    public void Runtime_class_overhead_and_sidecars_are_charged()
    {
        var quota = Quota("compute", "requests.cpu=1");
        var pod = Pod("web", Container("app", "cpu=500m", "cpu=500m"))
            .WithInit(Sidecar("proxy", "cpu=300m", "cpu=300m"))
            .WithSpec(s => s with { RuntimeClassName = "kata" });
        var context = new AdmissionContext { ResourceQuotas = [quota], RuntimeClasses = [RuntimeClass("kata", overhead: "cpu=250m,memory=120Mi")] };

        var result = PodAdmission.Admit(pod, context);

        result.Message().Should().Be("pods \"web\" is forbidden: exceeded quota: compute, requested: requests.cpu=1050m, used: requests.cpu=0, limited: requests.cpu=1");
    }

    [Fact]
    public void Quotas_and_pods_of_other_namespaces_are_ignored()
    {
        var otherQuota = Quota("q", "pods=0") with { Metadata = new ObjectMeta { Name = "q", Namespace = "team-b" } };
        var quota = Quota("q", "pods=1");
        var otherPod = Pod("x", Container("app")) with { Metadata = new ObjectMeta { Name = "x", Namespace = "team-b" } };

        var result = PodAdmission.Admit(Pod("web", Container("app")), new AdmissionContext { ResourceQuotas = [otherQuota, quota], Pods = [otherPod] });

        result.Admitted.Should().BeTrue();
    }

    [Fact]
    public void An_existing_pod_with_the_same_name_is_not_counted_twice()
    {
        var quota = Quota("q", "pods=1");

        var result = PodAdmission.Admit(Pod("web", Container("app")), new AdmissionContext { ResourceQuotas = [quota], Pods = [Pod("web", Container("app"))] });

        result.Admitted.Should().BeTrue();
    }

    public static TheoryData<string, ResourceQuota, Pod, bool> ScopeCases() => new()
    {
        { "BestEffort quota charges a best-effort pod", Quota("q", "pods=0", "BestEffort"), Pod("web", Container("app")), false },
        { "BestEffort quota ignores a burstable pod", Quota("q", "pods=0", "BestEffort"), Pod("web", Container("app", "cpu=100m")), true },
        { "NotBestEffort quota charges a guaranteed pod", Quota("q", "pods=0", "NotBestEffort"), Pod("web", Container("app", limits: "cpu=1,memory=1Gi")), false },
        { "NotBestEffort quota ignores a best-effort pod", Quota("q", "pods=0", "NotBestEffort"), Pod("web", Container("app")), true },
        { "Terminating quota charges a pod with a deadline", Quota("q", "pods=0", "Terminating"), Pod("web", Container("app")).WithSpec(s => s with { ActiveDeadlineSeconds = 60 }), false },
        { "Terminating quota ignores a pod without a deadline", Quota("q", "pods=0", "Terminating"), Pod("web", Container("app")), true },
        { "NotTerminating quota charges a pod without a deadline", Quota("q", "pods=0", "NotTerminating"), Pod("web", Container("app")), false },
        { "NotTerminating quota ignores a pod with a deadline", Quota("q", "pods=0", "NotTerminating"), Pod("web", Container("app")).WithSpec(s => s with { ActiveDeadlineSeconds = 30 }), true },
        { "two scopes must both match", Quota("q", "pods=0", "BestEffort", "Terminating"), Pod("web", Container("app")), true },
        { "PriorityClass In matches the named class", Quota("q", "pods=0").WithSelector("PriorityClass", "In", "high"), Pod("web", Container("app")).WithSpec(s => s with { PriorityClassName = "high" }), false },
        { "PriorityClass In ignores another class", Quota("q", "pods=0").WithSelector("PriorityClass", "In", "high"), Pod("web", Container("app")).WithSpec(s => s with { PriorityClassName = "low" }), true },
        { "PriorityClass In ignores a pod without class", Quota("q", "pods=0").WithSelector("PriorityClass", "In", "high"), Pod("web", Container("app")), true },
        { "PriorityClass NotIn matches a pod without class", Quota("q", "pods=0").WithSelector("PriorityClass", "NotIn", "high"), Pod("web", Container("app")), false },
        { "PriorityClass NotIn ignores the listed class", Quota("q", "pods=0").WithSelector("PriorityClass", "NotIn", "high"), Pod("web", Container("app")).WithSpec(s => s with { PriorityClassName = "high" }), true },
        { "PriorityClass Exists matches any class", Quota("q", "pods=0").WithSelector("PriorityClass", "Exists"), Pod("web", Container("app")).WithSpec(s => s with { PriorityClassName = "low" }), false },
        { "PriorityClass Exists ignores a pod without class", Quota("q", "pods=0").WithSelector("PriorityClass", "Exists"), Pod("web", Container("app")), true },
        { "PriorityClass DoesNotExist matches a pod without class", Quota("q", "pods=0").WithSelector("PriorityClass", "DoesNotExist"), Pod("web", Container("app")), false },
        { "PriorityClass DoesNotExist ignores a pod with a class", Quota("q", "pods=0").WithSelector("PriorityClass", "DoesNotExist"), Pod("web", Container("app")).WithSpec(s => s with { PriorityClassName = "low" }), true },
        { "a scope selector on BestEffort works like the scope", Quota("q", "pods=0").WithSelector("BestEffort", "Exists"), Pod("web", Container("app")), false },
        {
            "CrossNamespacePodAffinity matches a term naming namespaces",
            Quota("q", "pods=0", "CrossNamespacePodAffinity"),
            Pod("web", Container("app")).WithSpec(s => s with { Affinity = new Affinity { PodAffinity = new PodAffinity { RequiredDuringSchedulingIgnoredDuringExecution = [new PodAffinityTerm { TopologyKey = "kubernetes.io/hostname", Namespaces = ["other"], LabelSelector = new LabelSelector() }] } } }),
            false
        },
        { "CrossNamespacePodAffinity ignores a pod without affinity", Quota("q", "pods=0", "CrossNamespacePodAffinity"), Pod("web", Container("app")), true },
    };

    [Theory]
    [MemberData(nameof(ScopeCases))]
    public void Scopes_decide_which_pods_a_quota_charges(string description, ResourceQuota quota, Pod pod, bool admitted)
    {
        var context = new AdmissionContext { ResourceQuotas = [quota], PriorityClasses = [PriorityClass("high", 1000), PriorityClass("low", 10)] };

        var result = PodAdmission.Admit(pod, context);

        result.Admitted.Should().Be(admitted, description);
        if (!admitted)
        {
            result.Message().Should().Be("pods \"web\" is forbidden: exceeded quota: q, requested: pods=1, used: pods=0, limited: pods=0", description);
        }
    }

    [Fact]
    public void A_priority_scope_sees_the_global_default_class_the_priority_plugin_assigned()
    {
        var quota = Quota("q", "pods=0").WithSelector("PriorityClass", "In", "standard");

        var result = PodAdmission.Admit(Pod("web", Container("app")), new AdmissionContext { ResourceQuotas = [quota], PriorityClasses = [PriorityClass("standard", 100, globalDefault: true)] });

        result.Message().Should().Be("pods \"web\" is forbidden: exceeded quota: q, requested: pods=1, used: pods=0, limited: pods=0");
    }
}
