using PodSim.Controllers.Runtime;
using PodSim.Engine;
using PodSim.Model;
using PodSim.Tests.Support;

namespace PodSim.Tests.Controllers;

/// <summary>
/// Informers on the virtual clock: each change is delivered at its own instant at the watch-delivery tier, after the
/// work that made it, in the API server's order; the initial list and late handlers get adds; the cache behind the
/// lister reflects the deliveries.
/// </summary>
public class InformerTests
{
    private static string Rv(KubeObject obj) => obj.Metadata.ResourceVersion ?? "?";

    private static Action<ControllerContext> Logging<T>(List<string> log, Simulation sim)
        where T : KubeObject => ctx => ctx.Informer<T>().AddEventHandler(
            o => log.Add(Sim.Offset(sim.Elapsed) + " add " + o.Kind + "/" + o.Metadata.Name + " rv=" + Rv(o)),
            (o, n) => log.Add(Sim.Offset(sim.Elapsed) + " update " + n.Kind + "/" + n.Metadata.Name + " rv=" + Rv(o) + "->" + Rv(n)),
            o => log.Add(Sim.Offset(sim.Elapsed) + " delete " + o.Kind + "/" + o.Metadata.Name + " rv=" + Rv(o)));

    [Fact]
    public void A_handler_sees_a_create_at_the_same_instant_after_the_action_that_made_it()
    {
        var sim = new Simulation();
        var log = new List<string>();
        Pod? seen = null;
        sim.AddController(new TestController("watcher", ctx => ctx.Informer<Pod>().AddEventHandler(onAdd: p =>
        {
            seen = p;
            log.Add(Sim.Offset(sim.Elapsed) + " handler sees " + p.Metadata.Name);
        })));
        sim.Enqueue(TimeSpan.FromSeconds(10), WorkTier.KubeletSync, () => log.Add("10s kubelet-sync tier"));
        sim.Enqueue(TimeSpan.FromSeconds(10), WorkTier.ControllerSync, () => log.Add("10s controller-sync tier"));
        sim.Enqueue(TimeSpan.FromSeconds(10), WorkTier.Action, () =>
        {
            log.Add("10s action creates web");
            sim.Create(Objects.Pod("web"));
            log.Add("10s action done");
        });

        sim.RunUntil(TimeSpan.FromSeconds(20));

        log.Should().Equal("10s action creates web", "10s action done", "10s handler sees web", "10s controller-sync tier", "10s kubelet-sync tier");

        // The add carries the pod as created; the binding that followed at the same instant arrives as an update.
        seen!.Spec!.NodeName.Should().BeNull();
        seen.Status!.Phase.Should().Be(PodPhases.Pending);
    }

    [Fact]
    public void Changes_of_several_kinds_are_delivered_in_the_api_servers_order_as_adds_updates_and_deletes()
    {
        var sim = new Simulation();
        var log = new List<string>();
        sim.AddController(new TestController("cm", Logging<ConfigMap>(log, sim)));
        sim.AddController(new TestController("secret", Logging<Secret>(log, sim)));

        sim.Enqueue(TimeSpan.FromSeconds(1), WorkTier.Action, () =>
        {
            var a = (ConfigMap)sim.Create(Objects.ConfigMap("a"))!;
            sim.Create(Objects.Secret("s"));
            sim.Api.Update(a.WithValue("2"));
        });
        sim.Enqueue(TimeSpan.FromSeconds(2), WorkTier.Action, () =>
        {
            sim.Api.Remove("Secret", "default", "s");
            sim.Api.Remove("ConfigMap", "default", "a");
        });
        sim.RunUntil(TimeSpan.FromSeconds(5));

        log.Should().Equal(
            "1s add ConfigMap/a rv=1",
            "1s add Secret/s rv=2",
            "1s update ConfigMap/a rv=1->3",
            "2s delete Secret/s rv=4",
            "2s delete ConfigMap/a rv=5");
    }

    [Fact]
    public void Objects_that_exist_when_the_controller_is_added_are_delivered_as_adds_then_only_later_changes()
    {
        var sim = new Simulation();
        sim.Create(Objects.ConfigMap("a"));
        sim.Create(Objects.ConfigMap("b"));
        sim.RunUntil(TimeSpan.FromSeconds(5));
        sim.Api.Update(sim.Api.Get("ConfigMap", "default", "a") with { });

        var log = new List<string>();
        Informer<ConfigMap>? informer = null;
        sim.AddController(new TestController("late", ctx =>
        {
            informer = ctx.Informer<ConfigMap>();
            Logging<ConfigMap>(log, sim)(ctx);
        }));
        informer!.HasSynced.Should().BeFalse();
        informer.Lister.Count.Should().Be(0, "the cache fills as the initial list is delivered");
        sim.Enqueue(TimeSpan.FromSeconds(6), WorkTier.Action, () => sim.Create(Objects.ConfigMap("c")));
        sim.RunUntil(TimeSpan.FromSeconds(10));

        informer.HasSynced.Should().BeTrue();
        // The initial list is in creation order, with each object as it is at the list's resourceVersion.
        log.Should().Equal("5s add ConfigMap/a rv=3", "5s add ConfigMap/b rv=2", "6s add ConfigMap/c rv=4");
    }

    [Fact]
    public void A_handler_added_to_a_started_informer_first_gets_the_cache_as_adds_and_each_object_once()
    {
        var sim = new Simulation();
        var first = new List<string>();
        var second = new List<string>();
        sim.AddController(new TestController("first", Logging<ConfigMap>(first, sim)));
        sim.Create(Objects.ConfigMap("a"));
        sim.Enqueue(TimeSpan.FromSeconds(5), WorkTier.Action, () =>
        {
            // b's delivery is queued before the second handler's replay, which covers it.
            sim.Create(Objects.ConfigMap("b"));
            sim.AddController(new TestController("second", Logging<ConfigMap>(second, sim)));
            sim.Create(Objects.ConfigMap("c"));
        });
        sim.RunUntil(TimeSpan.FromSeconds(10));

        first.Should().Equal("0s add ConfigMap/a rv=1", "5s add ConfigMap/b rv=2", "5s add ConfigMap/c rv=3");
        second.Should().Equal("5s add ConfigMap/a rv=1", "5s add ConfigMap/b rv=2", "5s add ConfigMap/c rv=3");
    }

    [Fact]
    public void Controllers_watching_one_kind_share_its_informer()
    {
        var sim = new Simulation();
        var informers = new List<Informer<Pod>>();
        sim.AddController(new TestController("one", ctx => informers.Add(ctx.Informer<Pod>())));
        sim.AddController(new TestController("two", ctx => informers.Add(ctx.Informer<Pod>())));

        informers.Should().HaveCount(2);
        informers[0].Should().BeSameAs(informers[1]);
        informers[0].Kind.Should().Be("Pod");
    }

    [Fact]
    public void The_lister_shows_what_was_delivered_not_yet_what_was_written()
    {
        var sim = new Simulation();
        Lister<ConfigMap>? lister = null;
        sim.AddController(new TestController("reader", ctx => lister = ctx.Lister<ConfigMap>()));
        sim.Create(Objects.ConfigMap("a", value: "1"));
        var seen = new List<string>();
        sim.Enqueue(TimeSpan.FromSeconds(1), WorkTier.Action, () =>
        {
            seen.Add("before write: " + lister!.Get("default", "a").Value());
            sim.Api.Update(sim.Api.Get("ConfigMap", "default", "a") is ConfigMap cm ? cm.WithValue("2") : null!);
            seen.Add("after write: " + lister.Get("default", "a").Value());
            sim.Enqueue(sim.Elapsed, WorkTier.ControllerSync, () => seen.Add("at controller sync: " + lister.Get("default", "a").Value()));
        });
        sim.RunUntil(TimeSpan.FromSeconds(2));

        seen.Should().Equal("before write: 1", "after write: 1", "at controller sync: 2");
    }

    [Fact]
    public void The_lister_gets_by_name_and_key_and_lists_in_creation_order_by_namespace_and_label_selector()
    {
        var sim = new Simulation();
        Lister<ConfigMap>? configMaps = null;
        Lister<Node>? nodes = null;
        sim.AddController(new TestController("reader", ctx =>
        {
            configMaps = ctx.Lister<ConfigMap>();
            nodes = ctx.Lister<Node>();
        }));
        sim.Create(Objects.ConfigMap("zeta", app: "web"));
        sim.Create(Objects.ConfigMap("alpha", "other", app: "web"));
        sim.Create(Objects.ConfigMap("mid", app: "db"));
        sim.Create(Objects.ConfigMap("gone"));
        sim.Create(Objects.Node("node-a"));
        sim.Enqueue(TimeSpan.FromSeconds(1), WorkTier.Action, () =>
        {
            sim.Api.Update(((ConfigMap)sim.Api.Get("ConfigMap", "default", "zeta")).WithValue("2"));
            sim.Api.Remove("ConfigMap", "default", "gone");
        });
        sim.RunUntil(TimeSpan.FromSeconds(2));

        static IEnumerable<string> Names(IReadOnlyList<ConfigMap> list) => list.Select(c => ObjectKeys.Of(c));
        Names(configMaps!.List()).Should().Equal("default/zeta", "other/alpha", "default/mid");
        Names(configMaps.List("default")).Should().Equal("default/zeta", "default/mid");
        Names(configMaps.List("nowhere")).Should().BeEmpty();
        var web = new LabelSelector { MatchLabels = new Dictionary<string, string>(StringComparer.Ordinal) { ["app"] = "web" } };
        Names(configMaps.List(selector: web)).Should().Equal("default/zeta", "other/alpha");
        Names(configMaps.List("other", web)).Should().Equal("other/alpha");
        Names(configMaps.List(selector: new LabelSelector())).Should().HaveCount(3, "an empty selector matches everything");
        var notWeb = new LabelSelector { MatchExpressions = [new LabelSelectorRequirement { Key = "app", Operator = "NotIn", Values = ["web"] }] };
        Names(configMaps.List(selector: notWeb)).Should().Equal("default/mid");

        configMaps.Get("default", "zeta").Value().Should().Be("2");
        configMaps.GetByKey("other/alpha")!.Metadata.Name.Should().Be("alpha");
        configMaps.Get("default", "gone").Should().BeNull();
        configMaps.Get("default", "alpha").Should().BeNull();
        configMaps.Count.Should().Be(3);
        nodes!.Get(null, "node-a")!.Metadata.Name.Should().Be("node-a");
        nodes.GetByKey("node-a").Should().NotBeNull();
    }

    [Fact]
    public void An_informer_of_a_type_that_is_not_a_kind_is_refused()
    {
        var sim = new Simulation();
        var act = () => sim.AddController(new TestController("bad", ctx => ctx.Informer<Event>()));

        act.Should().NotThrow("Event is a kind the API server serves");
        var bad = () => sim.AddController(new TestController("worse", ctx => ctx.Informer<PodSim.Scenarios.Scenario>()));
        bad.Should().Throw<NotSupportedException>().WithMessage("Scenario is not a kind the API server serves");
    }
}
