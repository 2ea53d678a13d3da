using System.Globalization;
using PodSim.ApiServer;
using PodSim.Manifests;
using PodSim.Model;

namespace PodSim.Tests.ApiServer;

/// <summary>
/// The API server's DELETE: removal at once, finalizers, the propagation finalizers and each kind's default, the
/// options' validation, and the graceful deletion of pods with its grace rules.
/// </summary>
public class DeleteTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly List<string> _changes = [];
    private TimeSpan _now;

    private KubeApiServer NewServer()
    {
        var api = new KubeApiServer(new ObjectStore(() => _now), new IdentityGenerator(0), Start, () => _now);
        api.Store.Watch(null, 0, e => _changes.Add(e.Type + " " + e.Object.Kind + "/" + e.Object.Metadata.Name + Deletion(e.Object.Metadata)));
        return api;
    }

    private static string Deletion(ObjectMeta meta) =>
        meta.DeletionTimestamp is { } t
            ? " deletionTimestamp=+" + (t - Start).TotalSeconds.ToString(CultureInfo.InvariantCulture) + "s grace=" + meta.DeletionGracePeriodSeconds?.ToString(CultureInfo.InvariantCulture)
            : string.Empty;

    private static ConfigMap NewConfigMap(string name, params string[] finalizers) => new()
    {
        ApiVersion = "v1",
        Kind = "ConfigMap",
        Metadata = new ObjectMeta { Name = name, Finalizers = finalizers },
    };

    private static Pod NewPod(string name, long? terminationGrace = null, params string[] finalizers) => new()
    {
        ApiVersion = "v1",
        Kind = "Pod",
        Metadata = new ObjectMeta { Name = name, Finalizers = finalizers },
        Spec = new PodSpec { Containers = [new Container { Name = "app", Image = "nginx:1.25" }], TerminationGracePeriodSeconds = terminationGrace },
    };

    private static KubeObject FromYaml(string yaml) => new ManifestLoader().LoadString(yaml, "test.yaml").Objects[0].Object;

    private static long Version(KubeObject obj) => long.Parse(obj.Metadata.ResourceVersion!, CultureInfo.InvariantCulture);

    [Fact]
    public void An_object_without_finalizers_is_removed_at_once_and_the_answer_is_its_last_state()
    {
        var api = NewServer();
        api.Create(NewConfigMap("settings"));

        var last = api.Delete("ConfigMap", "default", "settings");

        last.Metadata.Name.Should().Be("settings");
        last.Metadata.DeletionTimestamp.Should().BeNull();
        Version(last).Should().Be(api.Store.ResourceVersion);
        api.Store.Live().Should().BeEmpty();
        _changes.Should().Equal("Added ConfigMap/settings", "Deleted ConfigMap/settings");
    }

    [Fact]
    public void Deleting_a_missing_object_is_not_found_before_the_options_are_checked()
    {
        var api = NewServer();

        var act = () => api.Delete("ConfigMap", "default", "nope", new DeleteOptions(PropagationPolicy: "Sideways"));

        act.Should().Throw<ApiStatusException>().Where(e => e.Reason == ApiStatusReason.NotFound && e.Code == 404)
            .WithMessage("configmaps \"nope\" not found");
    }

    [Fact]
    public void An_unsupported_propagation_policy_is_invalid_with_the_api_servers_message()
    {
        var api = NewServer();
        var stored = api.Create(NewConfigMap("settings"));

        var act = () => api.Delete("ConfigMap", "default", "settings", new DeleteOptions(PropagationPolicy: "background"));

        act.Should().Throw<ApiStatusException>().Where(e => e.Reason == ApiStatusReason.Invalid && e.Code == 422)
            .Which.Message.Should().Be(
                "DeleteOptions.meta.k8s.io \"\" is invalid: propagationPolicy: Unsupported value: \"background\": supported values: \"Foreground\", \"Background\", \"Orphan\", \"nil\"");
        api.Get("ConfigMap", "default", "settings").Should().Be(stored);
    }

    [Fact]
    public void A_finalizer_holds_the_object_with_a_deletion_timestamp_of_now_until_an_update_removes_it()
    {
        var api = NewServer();
        api.Create(NewConfigMap("settings", "example.com/hold"));
        _now = TimeSpan.FromSeconds(12.7);

        var held = api.Delete("ConfigMap", "default", "settings");
        _now = TimeSpan.FromSeconds(20);
        var removed = api.Update(held with { Metadata = held.Metadata with { Finalizers = [] } });

        held.Metadata.DeletionTimestamp.Should().Be(Start.AddSeconds(12));
        held.Metadata.DeletionGracePeriodSeconds.Should().Be(0);
        held.Metadata.Finalizers.Should().Equal("example.com/hold");
        removed.Metadata.Finalizers.Should().BeEmpty();
        Version(removed).Should().Be(api.Store.ResourceVersion);
        api.Store.Live().Should().BeEmpty();
        _changes.Should().Equal(
            "Added ConfigMap/settings",
            "Modified ConfigMap/settings deletionTimestamp=+12s grace=0",
            "Deleted ConfigMap/settings deletionTimestamp=+12s grace=0");
    }

    [Fact]
    public void Deleting_again_an_object_that_finalizers_hold_changes_nothing()
    {
        var api = NewServer();
        api.Create(NewConfigMap("settings", "example.com/hold"));
        var first = api.Delete("ConfigMap", "default", "settings");
        _now = TimeSpan.FromSeconds(30);

        var second = api.Delete("ConfigMap", "default", "settings");

        second.Should().BeSameAs(first);
        second.Metadata.DeletionTimestamp.Should().Be(Start);
        _changes.Should().HaveCount(2);
    }

    [Fact]
    public void An_update_that_keeps_a_finalizer_keeps_the_object()
    {
        var api = NewServer();
        api.Create(NewConfigMap("settings", "example.com/a", "example.com/b"));
        var held = api.Delete("ConfigMap", "default", "settings");

        var updated = api.Update(held with { Metadata = held.Metadata with { Finalizers = ["example.com/b"] } });

        updated.Metadata.Finalizers.Should().Equal("example.com/b");
        api.Store.Live().Should().ContainSingle();
    }

    public static TheoryData<string, string?, string> Propagation => new()
    {
        { ConfigMapYaml, null, "removed" },
        { ConfigMapYaml, DeletionPropagation.Background, "removed" },
        { ConfigMapYaml, DeletionPropagation.Foreground, "foregroundDeletion" },
        { ConfigMapYaml, DeletionPropagation.Orphan, "orphan" },
        { HeldConfigMapYaml, DeletionPropagation.Orphan, "example.com/hold,orphan" },
        { HeldConfigMapYaml, DeletionPropagation.Background, "example.com/hold" },
        { DeploymentYaml, null, "removed" },
        { ReplicaSetYaml, null, "removed" },
        { ReplicationControllerYaml, null, "orphan" },
        { ReplicationControllerYaml, DeletionPropagation.Background, "removed" },
        { JobYaml, null, "orphan" },
        { JobYaml, DeletionPropagation.Foreground, "foregroundDeletion" },
    };

    [Theory]
    [MemberData(nameof(Propagation))]
    public void The_propagation_policy_or_the_kinds_default_sets_the_finalizers(string yaml, string? policy, string expected)
    {
        var api = NewServer();
        var obj = api.Create(FromYaml(yaml));

        var after = api.Delete(obj.Kind!, "default", obj.Metadata.Name!, new DeleteOptions(PropagationPolicy: policy));

        var live = api.Store.Live();
        if (expected == "removed")
        {
            live.Should().BeEmpty();
            after.Metadata.DeletionTimestamp.Should().BeNull();
        }
        else
        {
            live.Should().ContainSingle();
            string.Join(",", after.Metadata.Finalizers).Should().Be(expected);
            after.Metadata.DeletionTimestamp.Should().Be(Start);
            after.Metadata.DeletionGracePeriodSeconds.Should().Be(0);
        }
    }

    [Fact]
    public void A_later_delete_with_another_policy_swaps_the_propagation_finalizer_and_keeps_the_timestamp()
    {
        var api = NewServer();
        api.Create(NewConfigMap("settings", "example.com/hold"));
        api.Delete("ConfigMap", "default", "settings", new DeleteOptions(PropagationPolicy: DeletionPropagation.Foreground));
        _now = TimeSpan.FromSeconds(5);

        var after = api.Delete("ConfigMap", "default", "settings", new DeleteOptions(PropagationPolicy: DeletionPropagation.Orphan));

        after.Metadata.Finalizers.Should().Equal("example.com/hold", "orphan");
        after.Metadata.DeletionTimestamp.Should().Be(Start);
    }

    [Fact]
    public void A_bound_pod_is_deleted_gracefully_with_its_own_grace_and_stays()
    {
        var api = NewServer();
        api.Create(NewPod("web"));
        api.Bind("default", "web", "node-1");
        _now = TimeSpan.FromSeconds(3.5);

        var pod = api.Delete("Pod", "default", "web");

        pod.Metadata.DeletionTimestamp.Should().Be(Start.AddSeconds(33));
        pod.Metadata.DeletionGracePeriodSeconds.Should().Be(30);
        pod.Metadata.Generation.Should().Be(2, "the first graceful deletion bumps a set generation");
        api.Get("Pod", "default", "web").Should().Be(pod);
    }

    public static TheoryData<string, long?, long?, string> PodGrace => new()
    {
        { "bound", null, 45, "deletionTimestamp=+45s grace=45, stays" },
        { "bound", 10L, 45, "deletionTimestamp=+10s grace=10, stays" },
        { "bound", -5L, null, "deletionTimestamp=+1s grace=1, stays" },
        { "bound", 0L, null, "deletionTimestamp=+0s grace=0, removed" },
        { "unbound", 60L, null, "deletionTimestamp=+0s grace=0, removed" },
        { "succeeded", 60L, null, "deletionTimestamp=+0s grace=0, removed" },
        { "failed", null, null, "deletionTimestamp=+0s grace=0, removed" },
    };

    [Theory]
    [MemberData(nameof(PodGrace))]
    public void A_pods_grace_comes_from_the_request_else_its_spec_and_is_zero_when_no_kubelet_runs_it(string state, long? requested, long? terminationGrace, string expected)
    {
        var api = NewServer();
        var pod = (Pod)api.Create(NewPod("web", terminationGrace));
        if (state != "unbound")
        {
            pod = api.Bind("default", "web", "node-1");
        }

        if (state is "succeeded" or "failed")
        {
            api.UpdateStatus(pod with { Status = pod.Status! with { Phase = state == "succeeded" ? PodPhases.Succeeded : PodPhases.Failed } });
        }

        var after = api.Delete("Pod", "default", "web", new DeleteOptions(GracePeriodSeconds: requested));

        var outcome = api.Store.Live().Count == 0 ? "removed" : "stays";
        (Deletion(after.Metadata).Trim() + ", " + outcome).Should().Be(expected);
    }

    [Fact]
    public void A_pod_removed_without_grace_is_first_written_with_its_deletion_timestamp()
    {
        var api = NewServer();
        api.Create(NewPod("web"));

        api.Delete("Pod", "default", "web");

        _changes.Should().Equal(
            "Added Pod/web",
            "Modified Pod/web deletionTimestamp=+0s grace=0",
            "Deleted Pod/web deletionTimestamp=+0s grace=0");
    }

    [Fact]
    public void A_second_delete_may_only_shorten_the_grace_counted_from_the_first_request()
    {
        var api = NewServer();
        api.Create(NewPod("web"));
        api.Bind("default", "web", "node-1");
        api.Delete("Pod", "default", "web");
        _now = TimeSpan.FromSeconds(4);

        var shortened = api.Delete("Pod", "default", "web", new DeleteOptions(GracePeriodSeconds: 10));
        _now = TimeSpan.FromSeconds(6);
        var longer = api.Delete("Pod", "default", "web", new DeleteOptions(GracePeriodSeconds: 60));
        var unspecified = api.Delete("Pod", "default", "web");

        shortened.Metadata.DeletionTimestamp.Should().Be(Start.AddSeconds(10));
        shortened.Metadata.DeletionGracePeriodSeconds.Should().Be(10);
        shortened.Metadata.Generation.Should().Be(2, "only the first deletion bumps the generation");
        longer.Should().BeSameAs(shortened);
        unspecified.Should().BeSameAs(shortened);
    }

    [Fact]
    public void The_kubelets_final_delete_removes_a_gracefully_deleted_pod()
    {
        var api = NewServer();
        api.Create(NewPod("web"));
        api.Bind("default", "web", "node-1");
        api.Delete("Pod", "default", "web");
        _now = TimeSpan.FromSeconds(7);

        var last = api.Delete("Pod", "default", "web", new DeleteOptions(GracePeriodSeconds: 0));

        api.Store.Live().Should().BeEmpty();
        last.Metadata.DeletionTimestamp.Should().Be(Start, "the deadline counts from the first request");
        last.Metadata.DeletionGracePeriodSeconds.Should().Be(0);
    }

    [Fact]
    public void A_pod_with_a_finalizer_stays_after_its_final_delete_until_the_finalizer_is_removed()
    {
        var api = NewServer();
        api.Create(NewPod("web", null, "example.com/hold"));
        api.Bind("default", "web", "node-1");
        api.Delete("Pod", "default", "web");
        _now = TimeSpan.FromSeconds(8);

        var final = api.Delete("Pod", "default", "web", new DeleteOptions(GracePeriodSeconds: 0));
        var removed = api.Update(final with { Metadata = final.Metadata with { Finalizers = [] } });

        final.Metadata.Finalizers.Should().Equal("example.com/hold");
        final.Metadata.DeletionGracePeriodSeconds.Should().Be(0);
        final.Metadata.DeletionTimestamp.Should().Be(Start);
        removed.Metadata.Finalizers.Should().BeEmpty();
        api.Store.Live().Should().BeEmpty();
    }

    [Fact]
    public void Removing_the_finalizers_of_a_pod_within_its_grace_does_not_remove_it()
    {
        var api = NewServer();
        api.Create(NewPod("web", null, "example.com/hold"));
        api.Bind("default", "web", "node-1");
        var deleting = api.Delete("Pod", "default", "web");

        var updated = api.Update(deleting with { Metadata = deleting.Metadata with { Finalizers = [] } });

        updated.Metadata.Finalizers.Should().BeEmpty();
        api.Store.Live().Should().ContainSingle("the kubelet removes the pod when its containers have stopped");
    }

    private const string ConfigMapYaml = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        """;

    private const string HeldConfigMapYaml = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
          finalizers: [example.com/hold]
        """;

    private const string DeploymentYaml = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers: [{name: app, image: nginx}]
        """;

    private const string ReplicaSetYaml = """
        apiVersion: apps/v1
        kind: ReplicaSet
        metadata:
          name: web
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers: [{name: app, image: nginx}]
        """;

    private const string ReplicationControllerYaml = """
        apiVersion: v1
        kind: ReplicationController
        metadata:
          name: web
        spec:
          selector: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers: [{name: app, image: nginx}]
        """;

    private const string JobYaml = """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: batch
        spec:
          template:
            spec:
              restartPolicy: Never
              containers: [{name: app, image: busybox}]
        """;
}
