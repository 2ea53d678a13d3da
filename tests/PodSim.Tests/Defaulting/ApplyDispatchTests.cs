using PodSim.Defaulting;
using PodSim.Model;

namespace PodSim.Tests.Defaulting;

public class ApplyDispatchTests
{
    public static TheoryData<string, KubeObject> NamespacedKinds => new()
    {
        { "Pod", new Pod() },
        { "Deployment", new Deployment() },
        { "ReplicaSet", new ReplicaSet() },
        { "StatefulSet", new StatefulSet() },
        { "DaemonSet", new DaemonSet() },
        { "Job", new Job() },
        { "CronJob", new CronJob() },
        { "ReplicationController", new ReplicationController() },
        { "ConfigMap", new ConfigMap() },
        { "Secret", new Secret() },
        { "Service", new Service() },
        { "ServiceAccount", new ServiceAccount() },
        { "LimitRange", new LimitRange() },
        { "ResourceQuota", new ResourceQuota() },
        { "PodDisruptionBudget", new PodDisruptionBudget() },
    };

    public static TheoryData<string, KubeObject> ClusterScopedKinds => new()
    {
        { "Node", new Node { Metadata = new ObjectMeta { Name = "n" } } },
        { "PriorityClass", new PriorityClass { Metadata = new ObjectMeta { Name = "high" } } },
        { "RuntimeClass", new RuntimeClass { Metadata = new ObjectMeta { Name = "runc" } } },
    };

    [Theory]
    [MemberData(nameof(NamespacedKinds))]
    public void Namespaced_kind_without_namespace_gets_default(string kind, KubeObject obj)
    {
        var result = ApiDefaults.Apply(obj);

        result.Metadata.Namespace.Should().Be("default", kind);
        result.GetType().Should().Be(obj.GetType());
    }

    [Theory]
    [MemberData(nameof(NamespacedKinds))]
    public void Namespaced_kind_keeps_its_namespace(string kind, KubeObject obj)
    {
        var input = obj with { Metadata = new ObjectMeta { Namespace = "prod" } };

        ApiDefaults.Apply(input).Metadata.Namespace.Should().Be("prod", kind);
    }

    [Theory]
    [MemberData(nameof(ClusterScopedKinds))]
    public void Cluster_scoped_kind_gets_no_namespace(string kind, KubeObject obj)
    {
        var result = ApiDefaults.Apply(obj);

        result.Metadata.Namespace.Should().BeNull(kind);
        result.Should().BeSameAs(obj);
    }

    [Fact]
    public void Apply_dispatches_pods_to_pod_defaults()
    {
        var result = (Pod)ApiDefaults.Apply(new Pod { Spec = new PodSpec { Containers = [new Container { Image = "nginx" }] } });

        result.Spec!.EnableServiceLinks.Should().BeTrue();
        result.Spec.Containers[0].ImagePullPolicy.Should().Be(PullPolicies.Always);
    }

    [Fact]
    public void Apply_dispatches_workloads_to_their_defaults()
    {
        ((Deployment)ApiDefaults.Apply(new Deployment())).Spec!.ProgressDeadlineSeconds.Should().Be(600);
        ((StatefulSet)ApiDefaults.Apply(new StatefulSet())).Spec!.PodManagementPolicy.Should().Be("OrderedReady");
        ((DaemonSet)ApiDefaults.Apply(new DaemonSet())).Spec!.RevisionHistoryLimit.Should().Be(10);
        ((ReplicaSet)ApiDefaults.Apply(new ReplicaSet())).Spec!.Replicas.Should().Be(1);
        ((Job)ApiDefaults.Apply(new Job())).Spec!.BackoffLimit.Should().Be(6);
        ((CronJob)ApiDefaults.Apply(new CronJob())).Spec!.ConcurrencyPolicy.Should().Be("Allow");
        ((ReplicationController)ApiDefaults.Apply(new ReplicationController())).Spec!.Replicas.Should().Be(1);
    }

    [Fact]
    public void Apply_rejects_null()
    {
        var act = () => ApiDefaults.Apply(null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
