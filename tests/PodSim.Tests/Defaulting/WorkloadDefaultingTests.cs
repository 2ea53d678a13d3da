using PodSim.Defaulting;
using PodSim.Model;
using static PodSim.Tests.Defaulting.DefaultingSamples;

namespace PodSim.Tests.Defaulting;

public class WorkloadDefaultingTests
{
    // A template spec that would receive every pod-only default if it were a Pod.
    private static PodSpec PodOnlyBait() => Spec(Container() with
    {
        Ports = [new ContainerPort { Port = 80 }],
        Resources = new ResourceRequirements { Limits = Resources(("cpu", "1")) },
    }) with { HostNetwork = true };

    public static TheoryData<string, Func<PodSpec, KubeObject>, Func<KubeObject, PodSpec>> Templates => new()
    {
        { "Deployment", s => new Deployment { Spec = new DeploymentSpec { Template = Template(s) } }, o => ((Deployment)o).Spec!.Template!.Spec! },
        { "ReplicaSet", s => new ReplicaSet { Spec = new ReplicaSetSpec { Template = Template(s) } }, o => ((ReplicaSet)o).Spec!.Template!.Spec! },
        { "StatefulSet", s => new StatefulSet { Spec = new StatefulSetSpec { Template = Template(s) } }, o => ((StatefulSet)o).Spec!.Template!.Spec! },
        { "DaemonSet", s => new DaemonSet { Spec = new DaemonSetSpec { Template = Template(s) } }, o => ((DaemonSet)o).Spec!.Template!.Spec! },
        { "Job", s => new Job { Spec = new JobSpec { Template = Template(s) } }, o => ((Job)o).Spec!.Template!.Spec! },
        {
            "CronJob",
            s => new CronJob { Spec = new CronJobSpec { JobTemplate = new JobTemplateSpec { Spec = new JobSpec { Template = Template(s) } } } },
            o => ((CronJob)o).Spec!.JobTemplate!.Spec!.Template!.Spec!
        },
        { "ReplicationController", s => new ReplicationController { Spec = new ReplicationControllerSpec { Template = Template(s) } }, o => ((ReplicationController)o).Spec!.Template!.Spec! },
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_gets_pod_spec_and_container_defaults(string kind, Func<PodSpec, KubeObject> make, Func<KubeObject, PodSpec> read)
    {
        var spec = read(ApiDefaults.Apply(make(PodOnlyBait())));

        spec.DnsPolicy.Should().Be(DnsPolicies.ClusterFirst, kind);
        spec.RestartPolicy.Should().Be(RestartPolicies.Always, kind);
        spec.SecurityContext.Should().NotBeNull(kind);
        spec.TerminationGracePeriodSeconds.Should().Be(30, kind);
        spec.SchedulerName.Should().Be("default-scheduler", kind);
        spec.Containers[0].ImagePullPolicy.Should().Be(PullPolicies.IfNotPresent, kind);
        spec.Containers[0].TerminationMessagePath.Should().Be("/dev/termination-log", kind);
        spec.Containers[0].Ports[0].Protocol.Should().Be(Protocols.Tcp, kind);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_does_not_get_pod_only_defaults(string kind, Func<PodSpec, KubeObject> make, Func<KubeObject, PodSpec> read)
    {
        var spec = read(ApiDefaults.Apply(make(PodOnlyBait())));

        spec.EnableServiceLinks.Should().BeNull(kind);
        spec.Containers[0].Resources!.Requests.Should().BeEmpty(kind);
        spec.Containers[0].Ports[0].HostPort.Should().BeNull(kind);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_resources_are_rounded_up_to_milli(string kind, Func<PodSpec, KubeObject> make, Func<KubeObject, PodSpec> read)
    {
        var input = Spec(Container() with { Resources = new ResourceRequirements { Limits = Resources(("cpu", "0.0001")) } });

        read(ApiDefaults.Apply(make(input))).Containers[0].Resources!.Limits["cpu"].ToString().Should().Be("1m", kind);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Workload_namespace_defaults_to_default(string kind, Func<PodSpec, KubeObject> make, Func<KubeObject, PodSpec> read)
    {
        _ = read;
        ApiDefaults.Apply(make(Spec(Container()))).Metadata.Namespace.Should().Be("default", kind);
    }

    [Fact]
    public void Deployment_gets_its_defaults()
    {
        var spec = ApiDefaults.ApplyDeployment(new Deployment()).Spec!;

        spec.Replicas.Should().Be(1);
        spec.Strategy!.Type.Should().Be("RollingUpdate");
        spec.Strategy.RollingUpdate!.MaxUnavailable.Should().Be((IntOrString)"25%");
        spec.Strategy.RollingUpdate.MaxSurge.Should().Be((IntOrString)"25%");
        spec.RevisionHistoryLimit.Should().Be(10);
        spec.ProgressDeadlineSeconds.Should().Be(600);
        spec.Template!.Spec!.RestartPolicy.Should().Be(RestartPolicies.Always);
    }

    [Fact]
    public void Deployment_rolling_update_keeps_explicit_values_and_fills_the_rest()
    {
        var deployment = new Deployment
        {
            Spec = new DeploymentSpec
            {
                Replicas = 0,
                RevisionHistoryLimit = 0,
                ProgressDeadlineSeconds = 60,
                Strategy = new DeploymentStrategy { RollingUpdate = new RollingUpdateDeployment { MaxSurge = 2 } },
            },
        };

        var spec = ApiDefaults.ApplyDeployment(deployment).Spec!;

        spec.Replicas.Should().Be(0);
        spec.RevisionHistoryLimit.Should().Be(0);
        spec.ProgressDeadlineSeconds.Should().Be(60);
        spec.Strategy!.RollingUpdate!.MaxSurge.Should().Be((IntOrString)2);
        spec.Strategy.RollingUpdate.MaxUnavailable.Should().Be((IntOrString)"25%");
    }

    [Fact]
    public void Deployment_recreate_strategy_gets_no_rolling_update()
    {
        var deployment = new Deployment { Spec = new DeploymentSpec { Strategy = new DeploymentStrategy { Type = "Recreate" } } };

        var strategy = ApiDefaults.ApplyDeployment(deployment).Spec!.Strategy!;

        strategy.Type.Should().Be("Recreate");
        strategy.RollingUpdate.Should().BeNull();
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData(0, 0)]
    [InlineData(3, 3)]
    public void Replica_set_replicas_default_to_one(int? replicas, int expected)
    {
        ApiDefaults.ApplyReplicaSet(new ReplicaSet { Spec = new ReplicaSetSpec { Replicas = replicas } }).Spec!.Replicas.Should().Be(expected);
    }

    [Fact]
    public void Daemon_set_gets_its_defaults()
    {
        var spec = ApiDefaults.ApplyDaemonSet(new DaemonSet()).Spec!;

        spec.UpdateStrategy!.Type.Should().Be("RollingUpdate");
        spec.UpdateStrategy.RollingUpdate!.MaxUnavailable.Should().Be(IntOrString.FromInt(1));
        spec.UpdateStrategy.RollingUpdate.MaxUnavailable!.Value.IsInt.Should().BeTrue();
        spec.UpdateStrategy.RollingUpdate.MaxSurge.Should().Be(IntOrString.FromInt(0));
        spec.UpdateStrategy.RollingUpdate.MaxSurge!.Value.IsInt.Should().BeTrue();
        spec.RevisionHistoryLimit.Should().Be(10);
    }

    [Fact]
    public void Daemon_set_on_delete_strategy_gets_no_rolling_update()
    {
        var daemonSet = new DaemonSet { Spec = new DaemonSetSpec { UpdateStrategy = new DaemonSetUpdateStrategy { Type = "OnDelete" } } };

        ApiDefaults.ApplyDaemonSet(daemonSet).Spec!.UpdateStrategy!.RollingUpdate.Should().BeNull();
    }

    [Fact]
    public void Stateful_set_gets_its_defaults()
    {
        var spec = ApiDefaults.ApplyStatefulSet(new StatefulSet()).Spec!;

        spec.PodManagementPolicy.Should().Be("OrderedReady");
        spec.UpdateStrategy!.Type.Should().Be("RollingUpdate");
        spec.UpdateStrategy.RollingUpdate.Should().Be(new RollingUpdateStatefulSetStrategy { Partition = 0 });
        spec.PersistentVolumeClaimRetentionPolicy.Should().Be(new StatefulSetPersistentVolumeClaimRetentionPolicy { WhenDeleted = "Retain", WhenScaled = "Retain" });
        spec.Replicas.Should().Be(1);
        spec.RevisionHistoryLimit.Should().Be(10);
    }

    public static TheoryData<string, StatefulSetUpdateStrategy?, StatefulSetUpdateStrategy> StatefulSetStrategies => new()
    {
        { "absent", null, new() { Type = "RollingUpdate", RollingUpdate = new() { Partition = 0 } } },
        { "empty type", new() { Type = string.Empty }, new() { Type = "RollingUpdate", RollingUpdate = new() { Partition = 0 } } },
        { "explicit RollingUpdate without block", new() { Type = "RollingUpdate" }, new() { Type = "RollingUpdate" } },
        { "explicit RollingUpdate with empty block", new() { Type = "RollingUpdate", RollingUpdate = new() }, new() { Type = "RollingUpdate", RollingUpdate = new() { Partition = 0 } } },
        { "explicit partition", new() { RollingUpdate = new() { Partition = 2 } }, new() { Type = "RollingUpdate", RollingUpdate = new() { Partition = 2 } } },
        { "OnDelete", new() { Type = "OnDelete" }, new() { Type = "OnDelete" } },
        { "OnDelete with block", new() { Type = "OnDelete", RollingUpdate = new() }, new() { Type = "OnDelete", RollingUpdate = new() } },
    };

    [Theory]
    [MemberData(nameof(StatefulSetStrategies))]
    public void Stateful_set_update_strategy_follows_the_upstream_rule(string scenario, StatefulSetUpdateStrategy? input, StatefulSetUpdateStrategy expected)
    {
        var statefulSet = new StatefulSet { Spec = new StatefulSetSpec { UpdateStrategy = input } };

        ApiDefaults.ApplyStatefulSet(statefulSet).Spec!.UpdateStrategy.Should().Be(expected, scenario);
    }

    [Fact]
    public void Stateful_set_keeps_explicit_retention_and_fills_the_other()
    {
        var statefulSet = new StatefulSet
        {
            Spec = new StatefulSetSpec { PersistentVolumeClaimRetentionPolicy = new() { WhenDeleted = "Delete" }, PodManagementPolicy = "Parallel" },
        };

        var spec = ApiDefaults.ApplyStatefulSet(statefulSet).Spec!;

        spec.PersistentVolumeClaimRetentionPolicy.Should().Be(new StatefulSetPersistentVolumeClaimRetentionPolicy { WhenDeleted = "Delete", WhenScaled = "Retain" });
        spec.PodManagementPolicy.Should().Be("Parallel");
    }

    [Theory]
    [InlineData(null, null, 1, 1)]
    [InlineData(5, null, 5, 1)]
    [InlineData(null, 3, null, 3)]
    [InlineData(4, 2, 4, 2)]
    public void Job_completions_and_parallelism_follow_the_upstream_rule(int? completions, int? parallelism, int? expectedCompletions, int expectedParallelism)
    {
        var spec = ApiDefaults.ApplyJob(new Job { Spec = new JobSpec { Completions = completions, Parallelism = parallelism } }).Spec!;

        spec.Completions.Should().Be(expectedCompletions);
        spec.Parallelism.Should().Be(expectedParallelism);
    }

    [Theory]
    [InlineData(null, null, 6)]
    [InlineData(null, 1, int.MaxValue)]
    [InlineData(2, 1, 2)]
    [InlineData(0, null, 0)]
    public void Job_backoff_limit_depends_on_backoff_limit_per_index(int? backoffLimit, int? perIndex, int expected)
    {
        var spec = ApiDefaults.ApplyJob(new Job { Spec = new JobSpec { BackoffLimit = backoffLimit, BackoffLimitPerIndex = perIndex } }).Spec!;

        spec.BackoffLimit.Should().Be(expected);
    }

    [Fact]
    public void Job_gets_its_scalar_defaults()
    {
        var spec = ApiDefaults.ApplyJob(new Job()).Spec!;

        spec.CompletionMode.Should().Be("NonIndexed");
        spec.Suspend.Should().BeFalse();
        spec.ManualSelector.Should().BeFalse();
        spec.PodReplacementPolicy.Should().Be("TerminatingOrFailed");
    }

    [Fact]
    public void Job_with_pod_failure_policy_defaults_replacement_to_Failed_and_condition_status_to_True()
    {
        var policy = new PodFailurePolicy
        {
            Rules =
            [
                new PodFailurePolicyRule
                {
                    Action = "Ignore",
                    OnPodConditions = [new PodFailurePolicyOnPodConditionsPattern { Type = "DisruptionTarget" }, new() { Type = "Custom", Status = "False" }],
                },
            ],
        };

        var spec = ApiDefaults.ApplyJob(new Job { Spec = new JobSpec { PodFailurePolicy = policy } }).Spec!;

        spec.PodReplacementPolicy.Should().Be("Failed");
        spec.PodFailurePolicy!.Rules[0].OnPodConditions.Select(p => p.Status).Should().Equal("True", "False");
    }

    [Fact]
    public void Job_keeps_explicit_scalars()
    {
        var job = new Job
        {
            Spec = new JobSpec { CompletionMode = "Indexed", Suspend = true, ManualSelector = true, PodReplacementPolicy = "Failed" },
        };

        var spec = ApiDefaults.ApplyJob(job).Spec!;

        spec.CompletionMode.Should().Be("Indexed");
        spec.Suspend.Should().BeTrue();
        spec.ManualSelector.Should().BeTrue();
        spec.PodReplacementPolicy.Should().Be("Failed");
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void Job_labels_come_from_the_template_when_empty(bool jobHasLabels, bool expectTemplateLabels)
    {
        var job = new Job
        {
            Metadata = new ObjectMeta { Name = "j", Labels = jobHasLabels ? Labels(("team", "a")) : EmptyMap.Strings },
            Spec = new JobSpec { Template = Template(Spec(Container()), Labels(("app", "batch"))) },
        };

        var labels = ApiDefaults.ApplyJob(job).Metadata.Labels;

        labels.Should().Equal(expectTemplateLabels ? Labels(("app", "batch")) : Labels(("team", "a")));
    }

    [Fact]
    public void Job_template_restart_policy_still_defaults_to_Always()
    {
        ApiDefaults.ApplyJob(new Job { Spec = new JobSpec { Template = Template(Spec(Container())) } }).Spec!.Template!.Spec!.RestartPolicy
            .Should().Be(RestartPolicies.Always);
    }

    [Fact]
    public void Cron_job_gets_its_defaults()
    {
        var spec = ApiDefaults.ApplyCronJob(new CronJob { Spec = new CronJobSpec { Schedule = "*/5 * * * *" } }).Spec!;

        spec.ConcurrencyPolicy.Should().Be("Allow");
        spec.Suspend.Should().BeFalse();
        spec.SuccessfulJobsHistoryLimit.Should().Be(3);
        spec.FailedJobsHistoryLimit.Should().Be(1);
        spec.Schedule.Should().Be("*/5 * * * *");
    }

    [Fact]
    public void Cron_job_keeps_explicit_values()
    {
        var cronJob = new CronJob
        {
            Spec = new CronJobSpec { ConcurrencyPolicy = "Forbid", Suspend = true, SuccessfulJobsHistoryLimit = 0, FailedJobsHistoryLimit = 5 },
        };

        var spec = ApiDefaults.ApplyCronJob(cronJob).Spec!;

        spec.ConcurrencyPolicy.Should().Be("Forbid");
        spec.Suspend.Should().BeTrue();
        spec.SuccessfulJobsHistoryLimit.Should().Be(0);
        spec.FailedJobsHistoryLimit.Should().Be(5);
    }

    [Fact]
    public void Cron_job_template_gets_only_the_defaults_upstream_reaches_through_it()
    {
        var jobSpec = new JobSpec
        {
            Template = Template(Spec(Container())),
            PodFailurePolicy = new PodFailurePolicy { Rules = [new PodFailurePolicyRule { OnPodConditions = [new() { Type = "DisruptionTarget" }] }] },
        };
        var cronJob = new CronJob { Spec = new CronJobSpec { JobTemplate = new JobTemplateSpec { Spec = jobSpec } } };

        var spec = ApiDefaults.ApplyCronJob(cronJob).Spec!.JobTemplate!.Spec!;

        spec.Template!.Spec!.DnsPolicy.Should().Be(DnsPolicies.ClusterFirst);
        spec.PodFailurePolicy!.Rules[0].OnPodConditions[0].Status.Should().Be("True");
        spec.BackoffLimit.Should().BeNull();
        spec.Completions.Should().BeNull();
        spec.Parallelism.Should().BeNull();
        spec.CompletionMode.Should().BeNull();
        spec.Suspend.Should().BeNull();
    }

    [Fact]
    public void Replication_controller_selector_and_labels_come_from_the_template()
    {
        var controller = new ReplicationController
        {
            Spec = new ReplicationControllerSpec { Template = Template(Spec(Container()), Labels(("app", "web"))) },
        };

        var result = ApiDefaults.ApplyReplicationController(controller);

        result.Spec!.Replicas.Should().Be(1);
        result.Spec.Selector.Should().Equal(Labels(("app", "web")));
        result.Metadata.Labels.Should().Equal(Labels(("app", "web")));
    }

    [Fact]
    public void Replication_controller_keeps_explicit_selector_and_labels()
    {
        var controller = new ReplicationController
        {
            Metadata = new ObjectMeta { Labels = Labels(("owner", "me")) },
            Spec = new ReplicationControllerSpec
            {
                Replicas = 3,
                Selector = Labels(("app", "web"), ("tier", "front")),
                Template = Template(Spec(Container()), Labels(("app", "web"), ("tier", "front"), ("v", "2"))),
            },
        };

        var result = ApiDefaults.ApplyReplicationController(controller);

        result.Spec!.Replicas.Should().Be(3);
        result.Spec.Selector.Should().Equal(Labels(("app", "web"), ("tier", "front")));
        result.Metadata.Labels.Should().Equal(Labels(("owner", "me")));
    }

    [Fact]
    public void Replication_controller_without_template_keeps_no_template()
    {
        var result = ApiDefaults.ApplyReplicationController(new ReplicationController());

        result.Spec!.Template.Should().BeNull();
        result.Spec.Selector.Should().BeEmpty();
        result.Spec.Replicas.Should().Be(1);
    }
}
