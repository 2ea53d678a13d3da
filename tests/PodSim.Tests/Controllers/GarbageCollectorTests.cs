using System.Globalization;
using PodSim.ApiServer;
using PodSim.Controllers;
using PodSim.Manifests;
using PodSim.Model;

namespace PodSim.Tests.Controllers;

/// <summary>
/// The garbage collector against the bare API server (no kubelet): dangling references, owners that stay, pods as
/// dependents (deleted gracefully, so they wait for the kubelet's final delete), and objects that existed before the
/// collector started.
/// </summary>
public class GarbageCollectorTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private const string AbsentUid = "00000000-0000-4000-8000-000000000000";
    private readonly Queue<Action> _work = new();
    private TimeSpan _now;

    private KubeApiServer NewServer() => new(new ObjectStore(() => _now), new IdentityGenerator(0), Start, () => _now);

    private GarbageCollector Collect(KubeApiServer api) => new(api, _work.Enqueue);

    /// <summary>Runs the collector's queued work, as the simulation does at the instant; returns how many pieces ran.</summary>
    private int Settle()
    {
        var count = 0;
        while (_work.TryDequeue(out var work))
        {
            work();
            count++;
        }

        return count;
    }

    private static ConfigMap ConfigMap(string name, params OwnerReference[] owners) => new()
    {
        ApiVersion = "v1",
        Kind = "ConfigMap",
        Metadata = new ObjectMeta { Name = name, OwnerReferences = owners },
    };

    private static OwnerReference RefTo(KubeObject owner, bool block = true) => new()
    {
        ApiVersion = ApiResources.ForKind(owner.Kind)!.ApiVersion,
        Kind = owner.Kind,
        Name = owner.Metadata.Name,
        Uid = owner.Metadata.Uid,
        Controller = true,
        BlockOwnerDeletion = block,
    };

    private static List<string> Live(KubeApiServer api) => api.Store.Live().Select(o =>
    {
        var meta = o.Metadata;
        var text = o.Kind + "/" + meta.Name + string.Concat(meta.OwnerReferences.Select(r => "<-" + r.Name));
        return meta.DeletionTimestamp is { } t
            ? text + "(deletionTimestamp=+" + (t - Start).TotalSeconds.ToString(CultureInfo.InvariantCulture) + "s grace=" + meta.DeletionGracePeriodSeconds?.ToString(CultureInfo.InvariantCulture) + (meta.Finalizers.Count > 0 ? "; " + string.Join(",", meta.Finalizers) : string.Empty) + ")"
            : text;
    }).ToList();

    [Fact]
    public void A_dependent_whose_only_owner_does_not_exist_is_deleted()
    {
        var api = NewServer();
        Collect(api);
        api.Create(ConfigMap("keep"));
        api.Create(ConfigMap("orphaned", new OwnerReference { ApiVersion = "v1", Kind = "ConfigMap", Name = "gone", Uid = AbsentUid }));

        Settle();

        Live(api).Should().Equal("ConfigMap/keep");
    }

    [Fact]
    public void An_owner_reference_to_another_object_under_the_owners_name_is_dangling()
    {
        var api = NewServer();
        Collect(api);
        api.Create(ConfigMap("owner"));
        api.Create(ConfigMap("dependent", new OwnerReference { ApiVersion = "v1", Kind = "ConfigMap", Name = "owner", Uid = AbsentUid }));

        Settle();

        Live(api).Should().Equal("ConfigMap/owner");
    }

    [Fact]
    public void A_dependent_with_a_live_owner_keeps_living_and_loses_its_reference_to_an_absent_one()
    {
        var api = NewServer();
        Collect(api);
        var owner = api.Create(ConfigMap("owner"));
        api.Create(ConfigMap("dependent", RefTo(owner, block: false), new OwnerReference { ApiVersion = "v1", Kind = "ConfigMap", Name = "gone", Uid = AbsentUid }));

        Settle();

        Live(api).Should().Equal("ConfigMap/owner", "ConfigMap/dependent<-owner");
    }

    [Fact]
    public void A_reference_to_a_kind_the_api_server_does_not_serve_leaves_the_object_alone()
    {
        var api = NewServer();
        Collect(api);
        api.Create(ConfigMap("dependent", new OwnerReference { ApiVersion = "example.com/v1", Kind = "Widget", Name = "w", Uid = AbsentUid }));

        Settle();

        Live(api).Should().Equal("ConfigMap/dependent<-w");
    }

    [Fact]
    public void The_graph_forgets_an_owner_of_an_unserved_kind_when_its_last_dependent_goes()
    {
        var api = NewServer();
        var collector = Collect(api);
        for (var i = 0; i < 20; i++)
        {
            var name = "dependent-" + i.ToString(CultureInfo.InvariantCulture);
            api.Create(ConfigMap(name, new OwnerReference { ApiVersion = "example.com/v1", Kind = "Widget", Name = "w", Uid = "widget-" + i.ToString(CultureInfo.InvariantCulture) }));
            Settle();
            api.Delete("ConfigMap", "default", name);
            Settle();
        }

        collector.GraphSize.Should().Be(0);
    }

    [Fact]
    public void A_reference_without_a_uid_is_not_followed()
    {
        var api = NewServer();
        Collect(api);
        api.Create(ConfigMap("dependent", new OwnerReference { ApiVersion = "v1", Kind = "ConfigMap", Name = "gone" }));

        Settle().Should().Be(0);
        Live(api).Should().Equal("ConfigMap/dependent<-gone");
    }

    [Fact]
    public void Objects_stored_before_the_collector_started_are_collected()
    {
        var api = NewServer();
        var owner = api.Create(ConfigMap("owner"));
        api.Create(ConfigMap("a", RefTo(owner)));
        api.Create(ConfigMap("b", RefTo(owner)));
        api.Delete("ConfigMap", "default", "owner");

        Collect(api);
        Settle();

        Live(api).Should().BeEmpty();
    }

    [Fact]
    public void Objects_without_owners_or_dependents_give_the_collector_no_work()
    {
        var api = NewServer();
        Collect(api);
        api.Create(ConfigMap("a"));
        var b = api.Create(ConfigMap("b"));
        api.Update(b with { Metadata = b.Metadata with { Labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["x"] = "y" } } });
        api.Delete("ConfigMap", "default", "a");
        api.Delete("ConfigMap", "default", "b");

        Settle().Should().Be(0);
    }

    [Fact]
    public void A_chain_of_owners_is_collected_link_by_link()
    {
        var api = NewServer();
        Collect(api);
        var root = api.Create(ConfigMap("root"));
        var middle = api.Create(ConfigMap("middle", RefTo(root)));
        api.Create(ConfigMap("leaf", RefTo(middle)));

        api.Delete("ConfigMap", "default", "root");
        Settle();

        Live(api).Should().BeEmpty();
    }

    [Fact]
    public void Foreground_deletion_cascades_in_the_foreground_through_a_dependent_that_has_dependents()
    {
        var api = NewServer();
        Collect(api);
        var root = api.Create(ConfigMap("root"));
        var middle = api.Create(ConfigMap("middle", RefTo(root)));
        api.Create(ConfigMap("leaf", RefTo(middle)));
        var states = new List<string>();
        api.Store.Watch(null, api.Store.ResourceVersion, _ => states.Add(string.Join(", ", Live(api))));

        api.Delete("ConfigMap", "default", "root", new DeleteOptions(PropagationPolicy: DeletionPropagation.Foreground));
        Settle();

        states.Should().Equal(
            "ConfigMap/root(deletionTimestamp=+0s grace=0; foregroundDeletion), ConfigMap/middle<-root, ConfigMap/leaf<-middle",
            "ConfigMap/root(deletionTimestamp=+0s grace=0; foregroundDeletion), ConfigMap/middle<-root(deletionTimestamp=+0s grace=0; foregroundDeletion), ConfigMap/leaf<-middle",
            "ConfigMap/root(deletionTimestamp=+0s grace=0; foregroundDeletion), ConfigMap/middle<-root(deletionTimestamp=+0s grace=0; foregroundDeletion)",
            "ConfigMap/root(deletionTimestamp=+0s grace=0; foregroundDeletion)",
            string.Empty);
    }

    [Fact]
    public void Background_deletion_of_a_replica_set_deletes_its_pods_gracefully_and_the_kubelet_removes_them()
    {
        var api = NewServer();
        Collect(api);
        var rs = ReplicaSetWithThreePods(api);
        _now = TimeSpan.FromSeconds(10);

        api.Delete("ReplicaSet", "default", "web");
        Settle();
        var afterCollection = Live(api);
        _now = TimeSpan.FromSeconds(12);
        foreach (var pod in new[] { "web-1", "web-2", "web-3" })
        {
            api.Delete("Pod", "default", pod, new DeleteOptions(GracePeriodSeconds: 0));
        }

        Settle();

        rs.Metadata.Name.Should().Be("web");
        afterCollection.Should().Equal(
            "Pod/web-1<-web(deletionTimestamp=+40s grace=30)",
            "Pod/web-2<-web(deletionTimestamp=+40s grace=30)",
            "Pod/web-3<-web(deletionTimestamp=+40s grace=30)");
        Live(api).Should().BeEmpty();
    }

    [Fact]
    public void Foreground_deletion_of_a_replica_set_lasts_until_the_kubelet_has_removed_its_last_pod()
    {
        var api = NewServer();
        Collect(api);
        ReplicaSetWithThreePods(api);
        _now = TimeSpan.FromSeconds(10);

        api.Delete("ReplicaSet", "default", "web", new DeleteOptions(PropagationPolicy: DeletionPropagation.Foreground));
        Settle();
        var afterCollection = Live(api);
        _now = TimeSpan.FromSeconds(12);
        api.Delete("Pod", "default", "web-1", new DeleteOptions(GracePeriodSeconds: 0));
        api.Delete("Pod", "default", "web-2", new DeleteOptions(GracePeriodSeconds: 0));
        Settle();
        var withOnePod = Live(api);
        api.Delete("Pod", "default", "web-3", new DeleteOptions(GracePeriodSeconds: 0));
        Settle();

        afterCollection.Should().Equal(
            "ReplicaSet/web(deletionTimestamp=+10s grace=0; foregroundDeletion)",
            "Pod/web-1<-web(deletionTimestamp=+40s grace=30)",
            "Pod/web-2<-web(deletionTimestamp=+40s grace=30)",
            "Pod/web-3<-web(deletionTimestamp=+40s grace=30)");
        withOnePod.Should().Equal(
            "ReplicaSet/web(deletionTimestamp=+10s grace=0; foregroundDeletion)",
            "Pod/web-3<-web(deletionTimestamp=+40s grace=30)");
        Live(api).Should().BeEmpty();
    }

    [Fact]
    public void Orphan_deletion_of_a_replica_set_leaves_its_pods_running_without_the_reference()
    {
        var api = NewServer();
        Collect(api);
        ReplicaSetWithThreePods(api);

        api.Delete("ReplicaSet", "default", "web", new DeleteOptions(PropagationPolicy: DeletionPropagation.Orphan));
        Settle();

        Live(api).Should().Equal("Pod/web-1", "Pod/web-2", "Pod/web-3");
    }

    [Fact]
    public void The_graph_forgets_removed_objects()
    {
        var api = NewServer();
        var collector = Collect(api);
        for (var i = 0; i < 50; i++)
        {
            var owner = api.Create(ConfigMap("owner-" + i.ToString(CultureInfo.InvariantCulture)));
            api.Create(ConfigMap("dependent-" + i.ToString(CultureInfo.InvariantCulture), RefTo(owner)));
            api.Create(ConfigMap("dangling-" + i.ToString(CultureInfo.InvariantCulture), new OwnerReference { ApiVersion = "v1", Kind = "Secret", Name = "s", Uid = "uid-" + i.ToString(CultureInfo.InvariantCulture) }));
            api.Delete("ConfigMap", "default", "owner-" + i.ToString(CultureInfo.InvariantCulture));
            Settle();
        }

        api.Store.Live().Should().BeEmpty();
        collector.GraphSize.Should().Be(0);
    }

    /// <summary>ReplicaSet <c>web</c> with three bound pods that carry its controller reference, as its controller makes them.</summary>
    private static KubeObject ReplicaSetWithThreePods(KubeApiServer api)
    {
        var rs = api.Create(new ManifestLoader().LoadString(
            """
            apiVersion: apps/v1
            kind: ReplicaSet
            metadata:
              name: web
            spec:
              replicas: 3
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers: [{name: app, image: nginx}]
            """,
            "rs.yaml").Objects[0].Object);
        foreach (var name in new[] { "web-1", "web-2", "web-3" })
        {
            api.Create(new Pod
            {
                ApiVersion = "v1",
                Kind = "Pod",
                Metadata = new ObjectMeta { Name = name, Labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["app"] = "web" }, OwnerReferences = [RefTo(rs)] },
                Spec = new PodSpec { Containers = [new Container { Name = "app", Image = "nginx" }] },
            });
            api.Bind("default", name, "node-1");
        }

        return rs;
    }
}
