using System.Globalization;
using PodSim.ApiServer;
using PodSim.Engine;
using PodSim.Model;

namespace PodSim.Tests.Controllers;

/// <summary>
/// Background, Foreground and Orphan deletion of an owner with three dependents in a simulation: the exact set of
/// live objects after every write, with the collector's writes in the controller-sync tier of the deletion's instant
/// (after the instant's actions, before its scheduling cycles and kubelet syncs).
/// </summary>
public class GarbageCollectionTimelineTests
{
    private static readonly TimeSpan DeleteAt = TimeSpan.FromSeconds(10);

    [Fact]
    public void Background_deletion_removes_the_owner_then_the_collector_deletes_its_dependents()
    {
        var (sim, timeline) = OwnerWithThreeDependents();
        DeleteOwnerAt(sim, timeline, DeleteAt, DeletionPropagation.Background);

        sim.RunUntil(TimeSpan.FromMinutes(1));

        timeline.Should().Equal(
            "+0s [ConfigMap/owner]",
            "+0s [ConfigMap/owner, ConfigMap/a<-owner]",
            "+0s [ConfigMap/owner, ConfigMap/a<-owner, ConfigMap/b<-owner]",
            "+0s [ConfigMap/owner, ConfigMap/a<-owner, ConfigMap/b<-owner, ConfigMap/c<-owner]",
            "+10s [ConfigMap/a<-owner, ConfigMap/b<-owner, ConfigMap/c<-owner]",
            "+10s action tier done",
            "+10s [ConfigMap/b<-owner, ConfigMap/c<-owner]",
            "+10s [ConfigMap/c<-owner]",
            "+10s []",
            "+10s scheduling tier");
    }

    [Fact]
    public void Foreground_deletion_keeps_the_owner_with_its_finalizer_until_the_dependents_are_gone()
    {
        var (sim, timeline) = OwnerWithThreeDependents();
        DeleteOwnerAt(sim, timeline, DeleteAt, DeletionPropagation.Foreground);

        sim.RunUntil(TimeSpan.FromMinutes(1));

        timeline.Skip(4).Should().Equal(
            "+10s [ConfigMap/owner(deleting since +10s; foregroundDeletion), ConfigMap/a<-owner, ConfigMap/b<-owner, ConfigMap/c<-owner]",
            "+10s action tier done",
            "+10s [ConfigMap/owner(deleting since +10s; foregroundDeletion), ConfigMap/b<-owner, ConfigMap/c<-owner]",
            "+10s [ConfigMap/owner(deleting since +10s; foregroundDeletion), ConfigMap/c<-owner]",
            "+10s [ConfigMap/owner(deleting since +10s; foregroundDeletion)]",
            "+10s []",
            "+10s scheduling tier");
    }

    [Fact]
    public void Orphan_deletion_removes_the_references_to_the_owner_then_the_owner_and_the_dependents_live_on()
    {
        var (sim, timeline) = OwnerWithThreeDependents();
        DeleteOwnerAt(sim, timeline, DeleteAt, DeletionPropagation.Orphan);

        sim.RunUntil(TimeSpan.FromMinutes(1));

        timeline.Skip(4).Should().Equal(
            "+10s [ConfigMap/owner(deleting since +10s; orphan), ConfigMap/a<-owner, ConfigMap/b<-owner, ConfigMap/c<-owner]",
            "+10s action tier done",
            "+10s [ConfigMap/owner(deleting since +10s; orphan), ConfigMap/a, ConfigMap/b<-owner, ConfigMap/c<-owner]",
            "+10s [ConfigMap/owner(deleting since +10s; orphan), ConfigMap/a, ConfigMap/b, ConfigMap/c<-owner]",
            "+10s [ConfigMap/owner(deleting since +10s; orphan), ConfigMap/a, ConfigMap/b, ConfigMap/c]",
            "+10s [ConfigMap/a, ConfigMap/b, ConfigMap/c]",
            "+10s scheduling tier");
    }

    [Fact]
    public void A_foreground_owner_waits_for_a_blocking_dependent_that_a_finalizer_holds()
    {
        var (sim, timeline) = OwnerWithThreeDependents(heldDependent: "b", blocking: true);
        DeleteOwnerAt(sim, timeline, DeleteAt, DeletionPropagation.Foreground);
        ReleaseAt(sim, TimeSpan.FromSeconds(25), "b");

        sim.RunUntil(TimeSpan.FromMinutes(1));

        timeline.Skip(4).Should().Equal(
            "+10s [ConfigMap/owner(deleting since +10s; foregroundDeletion), ConfigMap/a<-owner, ConfigMap/b<-owner(example.com/hold), ConfigMap/c<-owner]",
            "+10s action tier done",
            "+10s [ConfigMap/owner(deleting since +10s; foregroundDeletion), ConfigMap/b<-owner(example.com/hold), ConfigMap/c<-owner]",
            "+10s [ConfigMap/owner(deleting since +10s; foregroundDeletion), ConfigMap/b<-owner(deleting since +10s; example.com/hold), ConfigMap/c<-owner]",
            "+10s [ConfigMap/owner(deleting since +10s; foregroundDeletion), ConfigMap/b<-owner(deleting since +10s; example.com/hold)]",
            "+10s scheduling tier",
            "+25s [ConfigMap/owner(deleting since +10s; foregroundDeletion)]",
            "+25s []");
    }

    [Fact]
    public void A_foreground_owner_does_not_wait_for_a_dependent_that_does_not_block_it()
    {
        var (sim, timeline) = OwnerWithThreeDependents(heldDependent: "b", blocking: false);
        DeleteOwnerAt(sim, timeline, DeleteAt, DeletionPropagation.Foreground);
        ReleaseAt(sim, TimeSpan.FromSeconds(25), "b");

        sim.RunUntil(TimeSpan.FromMinutes(1));

        timeline.Skip(4).Should().Equal(
            "+10s [ConfigMap/owner(deleting since +10s; foregroundDeletion), ConfigMap/a<-owner, ConfigMap/b<-owner(example.com/hold), ConfigMap/c<-owner]",
            "+10s action tier done",
            "+10s [ConfigMap/owner(deleting since +10s; foregroundDeletion), ConfigMap/b<-owner(example.com/hold), ConfigMap/c<-owner]",
            "+10s [ConfigMap/owner(deleting since +10s; foregroundDeletion), ConfigMap/b<-owner(deleting since +10s; example.com/hold), ConfigMap/c<-owner]",
            "+10s [ConfigMap/owner(deleting since +10s; foregroundDeletion), ConfigMap/b<-owner(deleting since +10s; example.com/hold)]",
            "+10s [ConfigMap/b<-owner(deleting since +10s; example.com/hold)]",
            "+10s scheduling tier",
            "+25s []");
    }

    /// <summary>
    /// A simulation holding ConfigMap <c>owner</c> and its dependents <c>a</c>, <c>b</c>, <c>c</c>, and a timeline that
    /// gets the set of live objects after every write, plus markers from the action and scheduling tiers.
    /// </summary>
    private static (Simulation Sim, List<string> Timeline) OwnerWithThreeDependents(string? heldDependent = null, bool blocking = true)
    {
        var sim = new Simulation();
        var timeline = new List<string>();
        // The live set after each write, rebuilt from the watch's changes (they arrive after the work that made them,
        // so the store itself may already be further on).
        var live = new List<KubeObject>();
        sim.Api.Store.Watch(null, sim.Api.Store.ResourceVersion, change =>
        {
            var at = live.FindIndex(o => o.Metadata!.Uid == change.Object.Metadata!.Uid);
            if (change.Type == WatchEventType.Deleted)
            {
                live.RemoveAt(at);
            }
            else if (at >= 0)
            {
                live[at] = change.Object;
            }
            else
            {
                live.Add(change.Object);
            }

            timeline.Add(Offset(sim) + " [" + string.Join(", ", live.Select(Describe)) + "]");
        });
        var owner = sim.Api.Create(ConfigMap("owner"));
        foreach (var name in new[] { "a", "b", "c" })
        {
            var reference = new OwnerReference { ApiVersion = "v1", Kind = "ConfigMap", Name = "owner", Uid = owner.Metadata.Uid, BlockOwnerDeletion = blocking };
            sim.Api.Create(ConfigMap(name, reference, name == heldDependent ? "example.com/hold" : null));
        }

        sim.Enqueue(DeleteAt, WorkTier.SchedulingCycle, () => timeline.Add(Offset(sim) + " scheduling tier"));
        return (sim, timeline);
    }

    /// <summary>Deletes the owner at an instant, then marks the end of that instant's actions in the timeline.</summary>
    private static void DeleteOwnerAt(Simulation sim, List<string> timeline, TimeSpan at, string policy)
    {
        sim.Enqueue(at, WorkTier.Action, () => sim.Api.Delete("ConfigMap", "default", "owner", new DeleteOptions(PropagationPolicy: policy)));
        sim.Enqueue(at, WorkTier.Action, () => timeline.Add(Offset(sim) + " action tier done"));
    }

    private static void ReleaseAt(Simulation sim, TimeSpan at, string name) =>
        sim.Enqueue(at, WorkTier.Action, () =>
        {
            var held = sim.Api.Get("ConfigMap", "default", name);
            sim.Api.Update(held with { Metadata = held.Metadata with { Finalizers = [] } });
        });

    private static ConfigMap ConfigMap(string name, OwnerReference? owner = null, string? finalizer = null) => new()
    {
        ApiVersion = "v1",
        Kind = "ConfigMap",
        Metadata = new ObjectMeta
        {
            Name = name,
            OwnerReferences = owner is null ? [] : [owner],
            Finalizers = finalizer is null ? [] : [finalizer],
        },
    };

    private static string Offset(Simulation sim) => "+" + sim.Elapsed.TotalSeconds.ToString(CultureInfo.InvariantCulture) + "s";

    /// <summary><c>Kind/name</c>, <c>&lt;-owner</c> for each owner reference, and the deletion state and finalizers.</summary>
    private static string Describe(KubeObject obj)
    {
        var meta = obj.Metadata;
        var text = obj.Kind + "/" + meta.Name + string.Concat(meta.OwnerReferences.Select(r => "<-" + r.Name));
        var notes = new List<string>();
        if (meta.DeletionTimestamp is { } t)
        {
            notes.Add("deleting since +" + (t - Simulation.DefaultStartTime).TotalSeconds.ToString(CultureInfo.InvariantCulture) + "s");
        }

        notes.AddRange(meta.Finalizers);
        return notes.Count == 0 ? text : text + "(" + string.Join("; ", notes) + ")";
    }
}
