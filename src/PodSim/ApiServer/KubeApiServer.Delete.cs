using PodSim.Model;
using PodSim.Scenarios;
using PodSim.Validation;

namespace PodSim.ApiServer;

/// <summary>The API server's DELETE: graceful deletion of pods, finalizers, and the propagation finalizers.</summary>
internal sealed partial class KubeApiServer
{
    /// <summary>The values a propagation policy may take, in upstream's order, as its error lists them.</summary>
    private static readonly string[] SupportedPropagation =
        [DeletionPropagation.Foreground, DeletionPropagation.Background, DeletionPropagation.Orphan, "nil"];

    /// <summary>
    /// Deletes an object as <c>DELETE</c> does (<c>staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go</c>
    /// Delete, <c>staging/src/k8s.io/apiserver/pkg/registry/rest/delete.go</c> BeforeDelete):
    /// <list type="bullet">
    /// <item>a pod is deleted gracefully (<c>pkg/registry/core/pod/strategy.go</c> CheckGracefulDelete): the grace is the
    /// request's, else the pod's <c>terminationGracePeriodSeconds</c>, and 0 for a pod that is not bound or already
    /// Succeeded or Failed; <c>deletionTimestamp</c> = now + grace and the pod stays while the grace is above 0 (the
    /// kubelet ends it with a delete of grace 0); a second delete may only shorten the grace, counted from the first
    /// request;</item>
    /// <item>the propagation policy (else the kind's default: Orphan for ReplicationController and Job, Background for
    /// the others) adds the <c>orphan</c> or <c>foregroundDeletion</c> finalizer or drops them;</item>
    /// <item>an object with finalizers stays, with <c>deletionTimestamp</c> = now and <c>deletionGracePeriodSeconds</c>
    /// = 0, until an update removes the last one; any other object is removed at once.</item>
    /// </list>
    /// </summary>
    /// <param name="kind">The kind.</param>
    /// <param name="ns">The namespace (ignored for cluster-scoped kinds).</param>
    /// <param name="name">The name.</param>
    /// <param name="options">The options; null is the empty options a client sends by default.</param>
    /// <returns>The object as it stands after the request, or its last state when the request removed it.</returns>
    /// <exception cref="ApiStatusException">NotFound, or Invalid for an unsupported propagation policy.</exception>
    public KubeObject Delete(string kind, string? ns, string name, DeleteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(name);
        var key = Key(kind, ns, name);
        var existing = Store.Get(key) ?? throw NotFound(kind, name);
        options ??= new DeleteOptions();
        ValidateDeleteOptions(options);

        var meta = existing.Metadata;
        var (graceful, grace, pending) = BeforeDelete(existing, options);
        if (pending)
        {
            // A graceful deletion is under way and the request does not shorten it: nothing changes.
            return existing;
        }

        if (graceful)
        {
            meta = GracefulMeta(existing, grace);
        }

        var (finalizersChange, finalizers) = DeletionFinalizers(kind, existing.Metadata.Finalizers, options.PropagationPolicy);
        if (!graceful && existing.Metadata.Finalizers.Count == 0 && !finalizersChange)
        {
            return Store.Remove(key)!;
        }

        if (finalizersChange)
        {
            meta = meta with { Finalizers = finalizers };
        }

        var pendingFinalizers = meta.Finalizers.Count > 0;
        if (!graceful)
        {
            // Finalizers hold an object that is not deleted gracefully: it is marked as deleting with a grace of 0.
            return pendingFinalizers ? Write(key, existing, MarkAsDeleting(meta)) : Store.Remove(key)!;
        }

        var updated = Write(key, existing, meta);
        return pendingFinalizers || grace > 0 ? updated : Store.Remove(key)!;
    }

    /// <summary>
    /// <c>ShouldDeleteDuringUpdate</c>: the update leaves no finalizers on an object whose deletion was requested with
    /// a grace period of 0 (or none).
    /// </summary>
    private static bool ShouldDeleteDuringUpdate(KubeObject updated, KubeObject old) =>
        updated.Metadata.Finalizers.Count == 0 && old.Metadata.DeletionTimestamp is not null &&
        old.Metadata.DeletionGracePeriodSeconds is null or 0;

    /// <summary>
    /// The API server's answer to a bad <see cref="DeleteOptions"/> (<c>ValidateDeleteOptions</c> in
    /// <c>staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go</c>).
    /// </summary>
    private static void ValidateDeleteOptions(DeleteOptions options)
    {
        if (options.PropagationPolicy is { } policy && Array.IndexOf(SupportedPropagation, policy, 0, 3) < 0)
        {
            var error = FieldError.NotSupported("propagationPolicy", policy, SupportedPropagation);
            throw new ApiStatusException(ApiStatusReason.Invalid, "DeleteOptions.meta.k8s.io \"\" is invalid: " + error)
            {
                Causes = [error],
            };
        }
    }

    /// <summary>
    /// <c>BeforeDelete</c> for the kinds the API server deletes gracefully (pods only): whether this request deletes
    /// gracefully and with which grace, or whether a graceful deletion is pending and the request changes nothing.
    /// </summary>
    private static (bool Graceful, long Grace, bool Pending) BeforeDelete(KubeObject existing, DeleteOptions options)
    {
        if (existing is not Pod pod)
        {
            return (false, 0, false);
        }

        // A negative grace counts as 1 s on the delete path.
        var requested = options.GracePeriodSeconds is < 0 ? 1 : options.GracePeriodSeconds;
        var meta = pod.Metadata;
        if (meta.DeletionTimestamp is not null)
        {
            var current = meta.DeletionGracePeriodSeconds is < 0 ? 1 : meta.DeletionGracePeriodSeconds;
            if (current is null or 0)
            {
                // The deletion was requested with a grace of 0 (finalizers hold the pod): delete without grace.
                return (false, 0, false);
            }

            return requested is { } shorter && shorter < current ? (true, shorter, false) : (false, 0, true);
        }

        var grace = requested ?? pod.Spec?.TerminationGracePeriodSeconds ?? 0;
        if (string.IsNullOrEmpty(pod.Spec?.NodeName) || pod.Status?.Phase is PodPhases.Succeeded or PodPhases.Failed)
        {
            // A pod that no kubelet runs, or that has finished, has nothing to wait for.
            grace = 0;
        }

        return (true, grace, false);
    }

    /// <summary>
    /// The metadata of a graceful deletion: <c>deletionTimestamp</c> = now + grace on the first request (which bumps
    /// a set generation), or the first request's time + the shorter grace on a later one.
    /// </summary>
    private ObjectMeta GracefulMeta(KubeObject existing, long grace)
    {
        var meta = existing.Metadata;
        if (meta.DeletionTimestamp is { } current)
        {
            var currentGrace = meta.DeletionGracePeriodSeconds is { } g and > 0 ? g : 1;
            return meta with { DeletionTimestamp = AddSeconds(AddSeconds(current, -currentGrace), grace), DeletionGracePeriodSeconds = grace };
        }

        return meta with
        {
            DeletionTimestamp = AddSeconds(Timestamp, grace),
            DeletionGracePeriodSeconds = grace,
            Generation = meta.Generation is > 0 ? meta.Generation + 1 : meta.Generation,
        };
    }

    /// <summary>
    /// <c>markAsDeleting</c>: <c>deletionTimestamp</c> = now unless an earlier one is set, a grace of 0, and the
    /// generation bumped on the first deletion request.
    /// </summary>
    private ObjectMeta MarkAsDeleting(ObjectMeta meta)
    {
        var now = Timestamp;
        return meta with
        {
            DeletionTimestamp = meta.DeletionTimestamp is { } current && current <= now ? current : now,
            DeletionGracePeriodSeconds = 0,
            Generation = meta.DeletionTimestamp is null && meta.Generation is > 0 ? meta.Generation + 1 : meta.Generation,
        };
    }

    /// <summary>
    /// <c>deletionFinalizersForGarbageCollection</c>: the object's finalizers with <c>orphan</c> and
    /// <c>foregroundDeletion</c> set as the policy says (else as the object's finalizers say, else as the kind's
    /// default), and whether that changes the set.
    /// </summary>
    private static (bool Changed, IReadOnlyList<string> Finalizers) DeletionFinalizers(string kind, IReadOnlyList<string> current, string? policy)
    {
        // The first propagation finalizer on the object stands for a policy the request does not give.
        string? existingPolicy = null;
        foreach (var f in current)
        {
            if (f is DeletionPropagation.OrphanFinalizer or DeletionPropagation.ForegroundFinalizer)
            {
                existingPolicy = f == DeletionPropagation.OrphanFinalizer ? DeletionPropagation.Orphan : DeletionPropagation.Foreground;
                break;
            }
        }

        // core/v1 ReplicationController and batch/v1 Job orphan by default, for backward compatibility
        // (pkg/registry/core/replicationcontroller/strategy.go, pkg/registry/batch/job/strategy.go
        // DefaultGarbageCollectionPolicy); every other kind deletes its dependents in the background.
        var defaultPolicy = kind is "ReplicationController" or "Job" ? DeletionPropagation.Orphan : DeletionPropagation.Background;
        var effective = policy ?? existingPolicy ?? defaultPolicy;
        var next = new List<string>(current.Count + 1);
        foreach (var f in current)
        {
            if (f is not (DeletionPropagation.OrphanFinalizer or DeletionPropagation.ForegroundFinalizer))
            {
                next.Add(f);
            }
        }

        if (effective == DeletionPropagation.Orphan)
        {
            next.Add(DeletionPropagation.OrphanFinalizer);
        }
        else if (effective == DeletionPropagation.Foreground)
        {
            next.Add(DeletionPropagation.ForegroundFinalizer);
        }

        var same = new HashSet<string>(current, StringComparer.Ordinal).SetEquals(next);
        return same ? (false, current) : (true, next);
    }

    /// <summary>Stores new metadata unless nothing changed (the storage skips a write that changes no byte).</summary>
    private KubeObject Write(string key, KubeObject existing, ObjectMeta meta) =>
        SameMetadata(existing.Metadata, meta) ? existing : Store.Update(key, existing with { Metadata = meta });

    /// <summary>Removes an object whose update emptied its finalizers; the caller gets the object as written.</summary>
    private KubeObject RemoveEmptied(string key, KubeObject updated)
    {
        var last = Store.Remove(key)!;
        return updated with { Metadata = updated.Metadata with { ResourceVersion = last.Metadata.ResourceVersion } };
    }

    private static bool SameMetadata(ObjectMeta a, ObjectMeta b) =>
        a.DeletionTimestamp == b.DeletionTimestamp && a.DeletionGracePeriodSeconds == b.DeletionGracePeriodSeconds &&
        a.Generation == b.Generation && a.Finalizers.SequenceEqual(b.Finalizers, StringComparer.Ordinal);

    /// <summary>A time plus whole seconds, held within what a timestamp can hold.</summary>
    private static DateTimeOffset AddSeconds(DateTimeOffset time, long seconds)
    {
        var latest = (long)(ScenarioSpec.LatestTime - time).TotalSeconds;
        var earliest = -(long)(time - DateTimeOffset.MinValue).TotalSeconds;
        return time.AddSeconds(Math.Clamp(seconds, earliest, latest));
    }
}
