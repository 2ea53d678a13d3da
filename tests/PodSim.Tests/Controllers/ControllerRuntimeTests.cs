using PodSim.ApiServer;
using PodSim.Controllers.Runtime;
using PodSim.Engine;
using PodSim.Model;
using PodSim.Tests.Support;

namespace PodSim.Tests.Controllers;

/// <summary>
/// Controllers in a simulation: Reconcile per queued key at the controller-sync tier, what each result does to the
/// key, errors reported and retried after the back-off, events signed with the controller's name, and the API client.
/// </summary>
public class ControllerRuntimeTests
{
    private static Dictionary<string, string> Labels(params string[] pairs)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < pairs.Length; i += 2)
        {
            labels[pairs[i]] = pairs[i + 1];
        }

        return labels;
    }

    [Fact]
    public void Each_result_decides_when_the_key_comes_back()
    {
        var sim = new Simulation();
        var results = new Queue<ReconcileResult>([
            ReconcileResult.Requeue,
            ReconcileResult.Requeue,
            ReconcileResult.RequeueAfter(TimeSpan.FromSeconds(1)),
            ReconcileResult.Requeue,
            ReconcileResult.RequeueAfter(TimeSpan.Zero),
            ReconcileResult.Done,
        ]);
        var times = new List<string>();
        sim.AddController(new TestController(
            "stepper",
            ctx => ctx.Watch<ConfigMap>(),
            (key, ctx) =>
            {
                times.Add(Sim.Offset(ctx.Elapsed) + " " + key);
                return results.Dequeue();
            }));
        sim.Create(Objects.ConfigMap("a"));
        sim.RunUntil(TimeSpan.FromMinutes(1));

        // Requeue backs off 5ms, 10ms; RequeueAfter forgets the back-off, so the next Requeue waits 5ms again.
        times.Should().Equal("0s default/a", "0.005s default/a", "0.015s default/a", "1.015s default/a", "1.02s default/a", "1.02s default/a");
    }

    [Fact]
    public void An_exception_from_reconcile_is_a_warning_and_the_key_is_retried_after_its_back_off()
    {
        var sim = new Simulation();
        var attempts = new List<string>();
        sim.AddController(new TestController(
            "flaky",
            ctx => ctx.Watch<ConfigMap>(),
            (key, ctx) =>
            {
                attempts.Add(Sim.Offset(ctx.Elapsed));
                return attempts.Count <= 3 ? throw new InvalidOperationException("backend unavailable") : ReconcileResult.Done;
            }));
        sim.Enqueue(TimeSpan.FromSeconds(2), WorkTier.Action, () => sim.Create(Objects.ConfigMap("a")));
        sim.RunUntil(TimeSpan.FromMinutes(1));

        attempts.Should().Equal("2s", "2.005s", "2.015s", "2.035s");

        // The same error again on the same key is not repeated, so that a controller failing for ever stays bounded.
        sim.Warnings.Should().Equal("+2s controller flaky: error syncing \"default/a\": backend unavailable, requeuing");
    }

    [Fact]
    public void A_write_from_a_stale_copy_is_a_conflict_and_the_retry_reads_the_newer_delivered_object()
    {
        var sim = new Simulation();
        var attempts = new List<string>();
        sim.AddController(new TestController(
            "labeler",
            ctx => ctx.Watch<ConfigMap>(),
            (key, ctx) =>
            {
                var cm = ctx.Lister<ConfigMap>().GetByKey(key);
                if (cm is null || cm.Metadata.Labels.ContainsKey("seen"))
                {
                    return ReconcileResult.Done;
                }

                attempts.Add(Sim.Offset(ctx.Elapsed) + " rv=" + cm.Metadata.ResourceVersion);
                if (attempts.Count == 1)
                {
                    // Someone else writes first: the cached copy is now stale.
                    ctx.Client.Update(ctx.Client.Get<ConfigMap>("default", "a").WithValue("other"));
                }

                ctx.Client.Update(cm with { Metadata = cm.Metadata with { Labels = Labels("seen", "true") } });
                return ReconcileResult.Done;
            }));
        sim.Create(Objects.ConfigMap("a"));
        sim.RunUntil(TimeSpan.FromSeconds(1));

        // The other write's delivery queued the key again while it was processed, so the retry comes at once; the
        // rate-limited retry 5ms later finds the label in place.
        attempts.Should().Equal("0s rv=1", "0s rv=2");
        sim.Warnings.Should().Equal(
            "+0s controller labeler: error syncing \"default/a\": Operation cannot be fulfilled on configmaps \"a\": the object has been modified; please apply your changes to the latest version and try again, requeuing");
        var stored = (ConfigMap)sim.Api.Get("ConfigMap", "default", "a");
        stored.Metadata.Labels.Should().Equal(Labels("seen", "true"));
        stored.Value().Should().Be("other");
    }

    [Fact]
    public void A_label_written_by_a_controller_survives_the_kubelets_status_writes()
    {
        var sim = new Simulation();
        Pod? labeled = null;
        sim.AddController(new TestController(
            "labeler",
            ctx => ctx.Watch<Pod>(),
            (key, ctx) =>
            {
                var pod = ctx.Lister<Pod>().GetByKey(key);
                if (pod is not null && !pod.Metadata.Labels.ContainsKey("seen"))
                {
                    labeled = ctx.Client.Update(pod with { Metadata = pod.Metadata with { Labels = Labels("seen", "true") } });
                }

                return ReconcileResult.Done;
            }));
        sim.Enqueue(TimeSpan.FromSeconds(1), WorkTier.Action, () => sim.Create(Objects.Pod("web")));
        sim.RunUntil(TimeSpan.FromMinutes(1));

        labeled!.Status!.Phase.Should().Be(PodPhases.Pending, "the label was written before the kubelet started the container");
        var pod = sim.GetPod("web")!;
        pod.Metadata.Labels.Should().Equal(Labels("seen", "true"));
        pod.Status!.Phase.Should().Be(PodPhases.Running);
        pod.Status.ContainerStatuses.Should().ContainSingle(c => c.Ready == true);
    }

    [Fact]
    public void Events_are_recorded_with_the_controllers_name_as_source_component()
    {
        var sim = new Simulation();
        sim.AddController(new TestController(
            "announcer",
            ctx => ctx.Watch<ConfigMap>(),
            (key, ctx) =>
            {
                var cm = ctx.Lister<ConfigMap>().GetByKey(key)!;
                ctx.Recorder.Event(cm, EventTypes.Normal, "Seen", "Saw " + key);
                return ReconcileResult.Done;
            }));
        sim.Enqueue(TimeSpan.FromSeconds(3), WorkTier.Action, () => sim.Create(Objects.ConfigMap("a")));
        sim.RunUntil(TimeSpan.FromSeconds(5));

        var occurrence = sim.EventOccurrences.Should().ContainSingle().Subject;
        occurrence.Offset.Should().Be(TimeSpan.FromSeconds(3));
        occurrence.ToString().Should().Be("+3s Normal Seen ConfigMap/a: Saw default/a");
        var e = occurrence.Event;
        e.Source!.Component.Should().Be("announcer");
        e.ReportingComponent.Should().Be("announcer");
        e.Source.Host.Should().BeNull();
        e.InvolvedObject.Should().Be(new ObjectReference
        {
            Kind = "ConfigMap",
            Namespace = "default",
            Name = "a",
            Uid = sim.Api.Get("ConfigMap", "default", "a").Metadata.Uid,
            ApiVersion = "v1",
        });
    }

    [Theory]
    [InlineData("Info", "Seen", "unsupported event type: \"Info\" (Normal or Warning)*")]
    [InlineData("Warning", "", "The value cannot be an empty string*")]
    public void An_event_with_an_unsupported_type_or_no_reason_is_refused(string type, string reason, string message)
    {
        var sim = new Simulation();
        ComponentEventRecorder? recorder = null;
        sim.AddController(new TestController("c", ctx => recorder = ctx.Recorder));

        var act = () => recorder!.Event(Objects.ConfigMap("a"), type, reason, "m");

        act.Should().Throw<ArgumentException>().WithMessage(message);
        recorder!.Component.Should().Be("c");
    }

    [Fact]
    public void A_pod_a_controller_creates_is_run_by_the_kubelet()
    {
        var sim = new Simulation();
        sim.AddController(new TestController(
            "spawner",
            ctx => ctx.Watch<ConfigMap>(),
            (key, ctx) =>
            {
                var (_, name) = ObjectKeys.Split(key);
                ctx.Client.Create(Objects.Pod(name + "-pod"));
                return ReconcileResult.Done;
            }));
        sim.Enqueue(TimeSpan.FromSeconds(5), WorkTier.Action, () => sim.Create(Objects.ConfigMap("job")));
        sim.RunUntil(TimeSpan.FromSeconds(30));

        var pod = sim.GetPod("job-pod")!;
        pod.Metadata.CreationTimestamp.Should().Be(sim.StartTime + TimeSpan.FromSeconds(5));
        pod.Status!.Phase.Should().Be(PodPhases.Running);
        Sim.EventLines(sim).Should().StartWith("5s Normal Scheduled job-pod: Successfully assigned default/job-pod to node-1");
    }

    [Fact]
    public void The_client_reads_the_store_now_and_answers_with_the_api_servers_errors()
    {
        var sim = new Simulation();
        ApiClient? client = null;
        sim.AddController(new TestController("c", ctx => client = ctx.Client));
        sim.Create(Objects.ConfigMap("a", app: "web"));
        sim.Create(Objects.ConfigMap("b", "other", app: "web"));
        sim.Create(Objects.ConfigMap("c", app: "db"));

        client!.Get<ConfigMap>(null, "a").Metadata.Namespace.Should().Be("default");
        client.List<ConfigMap>().Select(ObjectKeys.Of).Should().Equal("default/a", "other/b", "default/c");
        client.List<ConfigMap>("default").Select(ObjectKeys.Of).Should().Equal("default/a", "default/c");
        var web = new LabelSelector { MatchLabels = Labels("app", "web") };
        client.List<ConfigMap>(selector: web).Select(ObjectKeys.Of).Should().Equal("default/a", "other/b");

        var missing = () => client.Get<ConfigMap>("default", "nope");
        missing.Should().Throw<ApiStatusException>().Where(e => e.Reason == ApiStatusReason.NotFound).WithMessage("configmaps \"nope\" not found");
        var duplicate = () => client.Create(Objects.ConfigMap("a"));
        duplicate.Should().Throw<ApiStatusException>().Where(e => e.Reason == ApiStatusReason.AlreadyExists);

        var pod = client.Create(Objects.Pod("web"));
        var running = client.UpdateStatus(pod with { Status = pod.Status! with { Message = "set by a controller" } });
        running.Status!.Message.Should().Be("set by a controller");
        running.Metadata.ResourceVersion.Should().NotBe(pod.Metadata.ResourceVersion);
    }

    [Fact]
    public void Watch_can_map_an_object_to_another_key_or_to_none()
    {
        var sim = new Simulation();
        var keys = new List<string>();
        sim.AddController(new TestController(
            "mapper",
            ctx => ctx.Watch<ConfigMap>(cm => cm.Metadata.Labels.TryGetValue("app", out var app) ? "apps/" + app : null),
            (key, _) =>
            {
                keys.Add(key);
                return ReconcileResult.Done;
            }));
        sim.Create(Objects.ConfigMap("a", app: "web"));
        sim.Create(Objects.ConfigMap("b", app: "web"));
        sim.Create(Objects.ConfigMap("c"));
        sim.Create(Objects.ConfigMap("d", app: "db"));
        sim.RunUntil(TimeSpan.FromSeconds(1));

        keys.Should().Equal("apps/web", "apps/db");
    }

    [Fact]
    public void Controllers_need_a_unique_name()
    {
        var sim = new Simulation();
        sim.AddController(new TestController("one", _ => { }));

        var unnamed = () => sim.AddController(new TestController(string.Empty, _ => { }));
        var twice = () => sim.AddController(new TestController("one", _ => { }));

        unnamed.Should().Throw<ArgumentException>().WithMessage("a controller needs a name*");
        twice.Should().Throw<ArgumentException>().WithMessage("a controller named \"one\" was added already*");
        sim.Controllers.Select(c => c.Name).Should().Equal("one");
    }
}
