using System.Globalization;
using PodSim.ApiServer;
using PodSim.Model;

namespace PodSim.Tests.ApiServer;

/// <summary>
/// The simulated API server's store and write path: resource versions, watches from a version, optimistic
/// concurrency, status-only writes and update validation, with the API server's own answers.
/// </summary>
public class KubeApiServerTests
{
    private TimeSpan _now;

    private KubeApiServer NewServer() =>
        new(new ObjectStore(() => _now), new IdentityGenerator(0), new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), () => _now);

    private static Pod NewPod(string name, string image = "nginx:1.25") => new()
    {
        ApiVersion = "v1",
        Kind = "Pod",
        Metadata = new ObjectMeta { Name = name },
        Spec = new PodSpec { Containers = [new Container { Name = "app", Image = image }] },
    };

    private static ConfigMap NewConfigMap(string name) => new()
    {
        ApiVersion = "v1",
        Kind = "ConfigMap",
        Metadata = new ObjectMeta { Name = name },
        Data = new Dictionary<string, string>(StringComparer.Ordinal) { ["k"] = "v" },
    };

    private static long Version(KubeObject obj) => long.Parse(obj.Metadata!.ResourceVersion!, CultureInfo.InvariantCulture);

    [Fact]
    public void Resource_version_strictly_increases_across_create_update_and_delete()
    {
        var api = NewServer();
        var versions = new List<long>();

        versions.Add(Version(api.Create(NewConfigMap("a"))));
        versions.Add(Version(api.Create(NewPod("web"))));
        var stored = (ConfigMap)api.Get("ConfigMap", "default", "a");
        versions.Add(Version(api.Update(stored with { Data = new Dictionary<string, string>(StringComparer.Ordinal) { ["k"] = "w" } })));
        var pod = (Pod)api.Get("Pod", "default", "web");
        versions.Add(Version(api.UpdateStatus(pod with { Status = pod.Status! with { Phase = PodPhases.Running } })));
        versions.Add(Version(api.Remove("ConfigMap", "default", "a")));
        versions.Add(Version(api.Remove("Pod", "default", "web")));

        versions.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        api.Store.ResourceVersion.Should().Be(versions[^1]);
    }

    [Fact]
    public void A_watch_opened_at_a_version_receives_exactly_the_later_changes_in_order()
    {
        var api = NewServer();
        api.Create(NewConfigMap("a"));
        var from = api.Store.ResourceVersion;
        api.Create(NewConfigMap("b"));
        api.Create(NewPod("web"));
        var b = (ConfigMap)api.Get("ConfigMap", "default", "b");
        api.Update(b with { Data = new Dictionary<string, string>(StringComparer.Ordinal) { ["k"] = "changed" } });

        var seen = new List<string>();
        using var watch = api.Store.Watch(null, from, e => seen.Add(e.Type + " " + e.Object.Kind + "/" + e.Object.Metadata!.Name + " rv=" + e.ResourceVersion.ToString(CultureInfo.InvariantCulture)));
        api.Remove("ConfigMap", "default", "a");

        seen.Should().Equal(
            "Added ConfigMap/b rv=2",
            "Added Pod/web rv=3",
            "Modified ConfigMap/b rv=4",
            "Deleted ConfigMap/a rv=5");
    }

    [Fact]
    public void A_watch_of_one_kind_sees_old_and_new_objects_and_stops_when_disposed()
    {
        var api = NewServer();
        var seen = new List<WatchEvent>();
        var watch = api.Store.Watch("ConfigMap", api.Store.ResourceVersion, seen.Add);
        api.Create(NewPod("web"));
        var created = api.Create(NewConfigMap("a"));
        var updated = api.Update((ConfigMap)created with { Data = new Dictionary<string, string>(StringComparer.Ordinal) { ["k"] = "w" } });
        watch.Dispose();
        api.Remove("ConfigMap", "default", "a");

        seen.Should().HaveCount(2);
        seen[0].Should().Match<WatchEvent>(e => e.Type == WatchEventType.Added && e.OldObject == null && e.Object == created);
        seen[1].Should().Match<WatchEvent>(e => e.Type == WatchEventType.Modified && e.OldObject == created && e.Object == updated);
    }

    [Fact]
    public void A_watch_from_a_version_older_than_the_kept_history_is_gone()
    {
        var api = NewServer();
        api.Create(NewConfigMap("a"));
        _now = TimeSpan.FromMinutes(6);
        api.Create(NewConfigMap("b"));

        var act = () => api.Store.Watch(null, 0, _ => { });

        act.Should().Throw<ApiStatusException>().Where(e => e.Reason == ApiStatusReason.Expired && e.Code == 410)
            .WithMessage("too old resource version: 0 (1)");
    }

    [Fact]
    public void Update_with_a_stale_resource_version_is_a_conflict()
    {
        var api = NewServer();
        var first = (Pod)api.Create(NewPod("web"));
        api.UpdateStatus(first with { Status = first.Status! with { Phase = PodPhases.Running } });

        var act = () => api.Update(first with { Metadata = first.Metadata! with { Labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["app"] = "web" } } });

        act.Should().Throw<ApiStatusException>().Where(e => e.Reason == ApiStatusReason.Conflict && e.Code == 409)
            .Which.Message.Should().Be("Operation cannot be fulfilled on pods \"web\": the object has been modified; please apply your changes to the latest version and try again");
    }

    [Fact]
    public void A_pod_spec_change_outside_the_mutable_fields_is_forbidden_with_its_field_path()
    {
        var api = NewServer();
        var pod = (Pod)api.Create(NewPod("web"));

        var act = () => api.Update(pod with { Spec = pod.Spec! with { RestartPolicy = "Never" } });

        var error = act.Should().Throw<ApiStatusException>().Where(e => e.Reason == ApiStatusReason.Invalid && e.Code == 422).Which;
        error.Message.Should().StartWith("Pod \"web\" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,");
        error.Causes.Should().ContainSingle().Which.Field.Should().Be("spec");
    }

    [Fact]
    public void An_image_change_is_a_valid_update_and_keeps_the_status_as_stored()
    {
        var api = NewServer();
        var pod = (Pod)api.Create(NewPod("web"));
        pod = api.UpdateStatus(pod with { Status = pod.Status! with { Phase = PodPhases.Running } });

        var updated = (Pod)api.Update(pod with
        {
            Spec = pod.Spec! with { Containers = [pod.Spec.Containers[0] with { Image = "nginx:1.26" }] },
            Status = pod.Status! with { Phase = PodPhases.Failed },
        });

        updated.Spec!.Containers[0].Image.Should().Be("nginx:1.26");
        updated.Status!.Phase.Should().Be(PodPhases.Running, "a PUT of the pod does not write its status");
    }

    [Fact]
    public void A_status_write_keeps_labels_that_someone_else_wrote()
    {
        var api = NewServer();
        var asRead = (Pod)api.Create(NewPod("web"));
        var labelled = (Pod)api.Update(asRead with { Metadata = asRead.Metadata! with { Labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["team"] = "a" } } });

        var written = api.WriteKubeletStatus(asRead with { Status = asRead.Status! with { Phase = PodPhases.Running } });

        written.Metadata!.Labels.Should().Contain("team", "a");
        written.Status!.Phase.Should().Be(PodPhases.Running);
        Version(written).Should().BeGreaterThan(Version(labelled));
    }

    [Fact]
    public void Creating_an_existing_object_is_already_exists_and_an_unknown_one_is_not_found()
    {
        var api = NewServer();
        api.Create(NewPod("web"));

        var again = () => api.Create(NewPod("web"));
        var missing = () => api.Get("Pod", "default", "ghost");

        again.Should().Throw<ApiStatusException>().Where(e => e.Reason == ApiStatusReason.AlreadyExists).WithMessage("pods \"web\" already exists");
        missing.Should().Throw<ApiStatusException>().Where(e => e.Reason == ApiStatusReason.NotFound).WithMessage("pods \"ghost\" not found");
    }

    [Fact]
    public void An_invalid_object_is_refused_with_the_api_servers_message_and_its_causes()
    {
        var api = NewServer();

        var act = () => api.Create(NewPod("web", image: ""));

        var error = act.Should().Throw<ApiStatusException>().Where(e => e.Reason == ApiStatusReason.Invalid).Which;
        error.Message.Should().Be("Pod \"web\" is invalid: spec.containers[0].image: Required value");
        error.Causes.Select(c => c.ToString()).Should().Equal("spec.containers[0].image: Required value");
    }

    [Fact]
    public void Binding_a_pod_bound_to_another_node_is_a_conflict()
    {
        var api = NewServer();
        api.Create(NewPod("web"));
        api.Bind("default", "web", "node-1").Spec!.NodeName.Should().Be("node-1");

        var act = () => api.Bind("default", "web", "node-2");

        act.Should().Throw<ApiStatusException>().Where(e => e.Reason == ApiStatusReason.Conflict).WithMessage("pod web is already assigned to node \"node-1\"");
    }

    [Fact]
    public void Churn_leaves_no_holes_behind_in_the_store()
    {
        var api = NewServer();
        for (var i = 0; i < 5000; i++)
        {
            api.Create(NewConfigMap("c" + i.ToString(CultureInfo.InvariantCulture)));
            api.Remove("ConfigMap", "default", "c" + i.ToString(CultureInfo.InvariantCulture));
        }

        api.Create(NewConfigMap("last"));

        api.Store.Live().Should().ContainSingle().Which.Metadata!.Name.Should().Be("last");
        api.Store.Live<ConfigMap>().Should().ContainSingle();
        api.Get("ConfigMap", "default", "last").Metadata!.Name.Should().Be("last");
    }
}
