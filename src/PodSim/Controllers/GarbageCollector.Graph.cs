using PodSim.ApiServer;
using PodSim.Model;

namespace PodSim.Controllers;

/// <summary>
/// The garbage collector's dependency graph (<c>pkg/controller/garbagecollector/graph_builder.go</c>): one node per
/// object, its owners as its references list them, its dependents, and "virtual" nodes for owners referred to but
/// not (yet) seen. Every change of the store updates the graph as it happens and queues the objects to look at.
/// </summary>
internal sealed partial class GarbageCollector
{
    private readonly Dictionary<string, Node> _nodes = new(StringComparer.Ordinal);

    /// <summary>Gets how many objects (real and virtual) the graph holds.</summary>
    public int GraphSize => _nodes.Count;

    /// <summary>A store change, as the graph builder's <c>processGraphChanges</c> takes it.</summary>
    private void OnChange(WatchEvent change)
    {
        if (change.Type == WatchEventType.Deleted)
        {
            Deleted(change.Object);
        }
        else
        {
            AddedOrUpdated(change.Object, change.OldObject);
        }
    }

    private void AddedOrUpdated(KubeObject obj, KubeObject? old)
    {
        var meta = obj.Metadata;
        if (obj.Kind == "Event" || string.IsNullOrEmpty(meta.Uid))
        {
            // Events are never collected (the default ignored resources); every stored object has a UID.
            return;
        }

        if (!_nodes.TryGetValue(meta.Uid, out var node))
        {
            node = new Node(IdentityOf(obj))
            {
                Owners = OwnersOf(meta),
                BeingDeleted = meta.DeletionTimestamp is not null,
                DeletingDependents = meta.DeletionTimestamp is not null && meta.Finalizers.Contains(DeletionPropagation.ForegroundFinalizer),
            };
            _nodes[meta.Uid] = node;
            AddDependentToOwners(node, node.Owners);
            ProcessTransitions(old, obj, node);
            return;
        }

        if (node.Virtual)
        {
            // The owner a dependent referred to is seen at last; dependents that named it differently are checked.
            var observed = IdentityOf(obj);
            if (observed != node.Identity)
            {
                foreach (var dependent in Partition(node.SortedDependents(), observed).Mismatching)
                {
                    QueueDelete(dependent);
                }

                node.Identity = observed;
            }

            node.Virtual = false;
        }

        var owners = OwnersOf(meta);
        if (!ReferenceEquals(owners, node.Owners) && (owners.Count > 0 || node.Owners.Count > 0))
        {
            var (added, removed, changed) = ReferenceDiffs(node.Owners, owners);
            if (added.Count > 0 || removed.Count > 0 || changed.Count > 0)
            {
                // An owner waiting for its blocking dependents may be free now.
                QueueUnblockedOwners(removed, changed);
                node.Owners = owners;
                AddDependentToOwners(node, added);
                RemoveDependentFromOwners(node, removed);
            }
        }

        if (meta.DeletionTimestamp is not null)
        {
            node.BeingDeleted = true;
            ProcessTransitions(old, obj, node);
        }
    }

    /// <summary>An object was removed: its dependents are looked at, and so are its owners that wait for it.</summary>
    private void Deleted(KubeObject obj)
    {
        if (obj.Metadata.Uid is { Length: > 0 } uid && _nodes.TryGetValue(uid, out var node))
        {
            RemoveNode(node);
        }
    }

    /// <summary>
    /// The collector found that an object it looked for does not exist (<c>enqueueVirtualDeleteEvent</c>): a virtual
    /// owner goes from the graph and its dependents are looked at; dependents that name the owner otherwise keep it.
    /// </summary>
    private void VirtualDeleted(Identity identity)
    {
        if (!_nodes.TryGetValue(identity.Uid, out var node))
        {
            return;
        }

        if (node.Virtual)
        {
            var (matching, mismatching) = Partition(node.SortedDependents(), identity);
            if (mismatching.Count > 0)
            {
                // Some dependents disagree on the owner's coordinates: the node stays for them.
                foreach (var dependent in matching)
                {
                    QueueDelete(dependent);
                }

                if (node.Identity == identity && AlternateIdentity(mismatching, identity) is { } replacement)
                {
                    node.Identity = replacement;
                    QueueDelete(node);
                }

                return;
            }
        }
        else if (node.Identity != identity)
        {
            // A real object is never removed by a lookup under other coordinates.
            foreach (var dependent in Partition(node.SortedDependents(), identity).Matching)
            {
                QueueDelete(dependent);
            }

            return;
        }

        RemoveNode(node);
    }

    private void RemoveNode(Node node)
    {
        _nodes.Remove(node.Identity.Uid);
        RemoveDependentFromOwners(node, node.Owners);
        foreach (var dependent in node.SortedDependents())
        {
            QueueDelete(dependent);
        }

        foreach (var owner in node.Owners)
        {
            if (_nodes.TryGetValue(owner.Uid!, out var ownerNode) && ownerNode.DeletingDependents)
            {
                // The owner may have been waiting for this dependent only.
                QueueDelete(ownerNode);
            }
        }
    }

    /// <summary>
    /// <c>addDependentToOwners</c>: an owner not in the graph gets a virtual node, queued so that the collector asks
    /// whether it exists; a dependent whose reference disagrees with the owner it names is queued to be checked.
    /// </summary>
    private void AddDependentToOwners(Node node, IReadOnlyList<OwnerReference> owners)
    {
        var potentiallyInvalid = false;
        foreach (var owner in owners)
        {
            if (!_nodes.TryGetValue(owner.Uid!, out var ownerNode))
            {
                ownerNode = new Node(new Identity(owner.ApiVersion ?? string.Empty, owner.Kind ?? string.Empty, node.Identity.Namespace, owner.Name ?? string.Empty, owner.Uid!))
                {
                    Virtual = true,
                };
                _nodes[owner.Uid!] = ownerNode;
                ownerNode.Dependents.Add(node);
                QueueDelete(ownerNode);
                continue;
            }

            ownerNode.Dependents.Add(node);
            if (potentiallyInvalid)
            {
                continue;
            }

            var ownerNamespaced = ownerNode.Identity.Namespace.Length > 0;
            potentiallyInvalid =
                (ownerNamespaced && ownerNode.Identity.Namespace != node.Identity.Namespace) ||
                !Matches(owner, ownerNode.Identity) ||
                (!ownerNamespaced && ownerNode.Identity.Namespace != node.Identity.Namespace && ownerNode.Virtual);
        }

        if (potentiallyInvalid)
        {
            QueueDelete(node);
        }
    }

    private void RemoveDependentFromOwners(Node node, IReadOnlyList<OwnerReference> owners)
    {
        foreach (var owner in owners)
        {
            if (_nodes.TryGetValue(owner.Uid!, out var ownerNode))
            {
                ownerNode.Dependents.Remove(node);

                // A virtual owner (never seen in the store) exists in the graph only for its dependents.
                if (ownerNode.Virtual && ownerNode.Dependents.Count == 0)
                {
                    _nodes.Remove(owner.Uid!);
                }
            }
        }
    }

    /// <summary><c>addUnblockedOwnersToDeleteQueue</c>: references that stopped blocking free their owners.</summary>
    private void QueueUnblockedOwners(List<OwnerReference> removed, List<(OwnerReference Old, OwnerReference New)> changed)
    {
        foreach (var r in removed)
        {
            if (r.BlockOwnerDeletion == true && _nodes.TryGetValue(r.Uid!, out var owner))
            {
                QueueDelete(owner);
            }
        }

        foreach (var (oldRef, newRef) in changed)
        {
            if (oldRef.BlockOwnerDeletion == true && newRef.BlockOwnerDeletion != true && _nodes.TryGetValue(newRef.Uid!, out var owner))
            {
                QueueDelete(owner);
            }
        }
    }

    /// <summary>
    /// <c>processTransitions</c>: a deletion that has just started with the <c>orphan</c> finalizer queues the owner to
    /// orphan its dependents; one with <c>foregroundDeletion</c> queues every dependent, then the owner.
    /// </summary>
    private void ProcessTransitions(KubeObject? old, KubeObject obj, Node node)
    {
        if (StartsDeletionWith(old, obj, DeletionPropagation.OrphanFinalizer))
        {
            QueueOrphan(node);
            return;
        }

        if (StartsDeletionWith(old, obj, DeletionPropagation.ForegroundFinalizer))
        {
            node.DeletingDependents = true;
            foreach (var dependent in node.SortedDependents())
            {
                QueueDelete(dependent);
            }

            QueueDelete(node);
        }
    }

    private static bool StartsDeletionWith(KubeObject? old, KubeObject obj, string finalizer) =>
        obj.Metadata.DeletionTimestamp is not null && obj.Metadata.Finalizers.Contains(finalizer) &&
        (old is null || old.Metadata.DeletionTimestamp is null || !old.Metadata.Finalizers.Contains(finalizer));

    /// <summary>The owner references the collector follows: those with a UID (the API server requires one).</summary>
    private static IReadOnlyList<OwnerReference> OwnersOf(ObjectMeta meta)
    {
        var refs = meta.OwnerReferences;
        foreach (var r in refs)
        {
            if (string.IsNullOrEmpty(r.Uid))
            {
                return refs.Where(o => !string.IsNullOrEmpty(o.Uid)).ToList();
            }
        }

        return refs;
    }

    /// <summary><c>referencesDiffs</c>, keyed by UID, in the order of the lists.</summary>
    private static (List<OwnerReference> Added, List<OwnerReference> Removed, List<(OwnerReference Old, OwnerReference New)> Changed) ReferenceDiffs(
        IReadOnlyList<OwnerReference> old, IReadOnlyList<OwnerReference> current)
    {
        var added = new List<OwnerReference>();
        var changed = new List<(OwnerReference, OwnerReference)>();
        var remaining = new List<OwnerReference>(old);
        foreach (var r in current)
        {
            var i = remaining.FindIndex(o => o.Uid == r.Uid);
            if (i < 0)
            {
                added.Add(r);
                continue;
            }

            if (remaining[i] != r)
            {
                changed.Add((remaining[i], r));
            }

            remaining.RemoveAt(i);
        }

        return (added, remaining, changed);
    }

    /// <summary>
    /// <c>partitionDependents</c>: the dependents whose reference to the owner's UID matches the identity, and those
    /// with one that does not (a dependent may be in both).
    /// </summary>
    private static (List<Node> Matching, List<Node> Mismatching) Partition(List<Node> dependents, Identity owner)
    {
        var matching = new List<Node>();
        var mismatching = new List<Node>();
        var ownerNamespaced = owner.Namespace.Length > 0;
        foreach (var dependent in dependents)
        {
            var match = false;
            var mismatch = false;
            if (ownerNamespaced && owner.Namespace != dependent.Identity.Namespace)
            {
                mismatch = true;
            }
            else
            {
                foreach (var r in dependent.Owners)
                {
                    if (r.Uid == owner.Uid)
                    {
                        match |= Matches(r, owner);
                        mismatch |= !Matches(r, owner);
                    }
                }
            }

            if (match)
            {
                matching.Add(dependent);
            }

            if (mismatch)
            {
                mismatching.Add(dependent);
            }
        }

        return (matching, mismatching);
    }

    /// <summary>
    /// <c>getAlternateOwnerIdentity</c>: another identity the dependents give the owner's UID, the first after the
    /// absent one in (kind, apiVersion, namespace, name) order, else the first.
    /// </summary>
    private static Identity? AlternateIdentity(List<Node> dependents, Identity absent)
    {
        var absentClusterScoped = absent.Namespace.Length == 0;
        Identity? first = null;
        Identity? firstFollowing = null;
        foreach (var dependent in dependents)
        {
            foreach (var r in dependent.Owners)
            {
                if (r.Uid != absent.Uid || (Matches(r, absent) && (absentClusterScoped || absent.Namespace == dependent.Identity.Namespace)))
                {
                    continue;
                }

                var candidate = new Identity(r.ApiVersion ?? string.Empty, r.Kind ?? string.Empty, dependent.Identity.Namespace, r.Name ?? string.Empty, r.Uid!);
                if (absentClusterScoped && candidate.ApiVersion == absent.ApiVersion && candidate.Kind == absent.Kind)
                {
                    candidate = candidate with { Namespace = string.Empty };
                }

                if (candidate == absent)
                {
                    continue;
                }

                if (first is null || Identity.Compare(candidate, first) < 0)
                {
                    first = candidate;
                }

                if (Identity.Compare(absent, candidate) < 0 && (firstFollowing is null || Identity.Compare(candidate, firstFollowing) < 0))
                {
                    firstFollowing = candidate;
                }
            }
        }

        return firstFollowing ?? first;
    }

    /// <summary><c>ownerReferenceMatchesCoordinates</c>: UID, name, kind and apiVersion agree.</summary>
    private static bool Matches(OwnerReference r, Identity identity) =>
        r.Uid == identity.Uid && (r.Name ?? string.Empty) == identity.Name && (r.Kind ?? string.Empty) == identity.Kind &&
        (r.ApiVersion ?? string.Empty) == identity.ApiVersion;

    /// <summary>An object's coordinates, with the apiVersion the API server serves its kind in.</summary>
    private static Identity IdentityOf(KubeObject obj) => new(
        ApiResources.ForKind(obj.Kind)?.ApiVersion ?? obj.ApiVersion ?? string.Empty,
        obj.Kind ?? string.Empty,
        obj.Metadata.Namespace ?? string.Empty,
        obj.Metadata.Name ?? string.Empty,
        obj.Metadata.Uid!);

    /// <summary>Where an object is, as an owner reference names it (the namespace empty for cluster-scoped objects).</summary>
    private sealed record Identity(string ApiVersion, string Kind, string Namespace, string Name, string Uid)
    {
        /// <summary><c>referenceLessThan</c>: kind, apiVersion, namespace, name, UID.</summary>
        public static int Compare(Identity a, Identity b)
        {
            var c = string.CompareOrdinal(a.Kind, b.Kind);
            c = c != 0 ? c : string.CompareOrdinal(a.ApiVersion, b.ApiVersion);
            c = c != 0 ? c : string.CompareOrdinal(a.Namespace, b.Namespace);
            c = c != 0 ? c : string.CompareOrdinal(a.Name, b.Name);
            return c != 0 ? c : string.CompareOrdinal(a.Uid, b.Uid);
        }
    }

    /// <summary>One object in the graph (<c>pkg/controller/garbagecollector/graph.go</c> node).</summary>
    private sealed class Node(Identity identity)
    {
        public Identity Identity { get; set; } = identity;

        public IReadOnlyList<OwnerReference> Owners { get; set; } = [];

        public HashSet<Node> Dependents { get; } = [];

        /// <summary>Gets or sets a value indicating whether the node stands for an owner not seen in the store.</summary>
        public bool Virtual { get; set; }

        public bool BeingDeleted { get; set; }

        /// <summary>Gets or sets a value indicating whether the object waits, with <c>foregroundDeletion</c>, for its dependents.</summary>
        public bool DeletingDependents { get; set; }

        /// <summary>The dependents in a fixed order (upstream walks a Go map): kind, namespace, name, UID.</summary>
        public List<Node> SortedDependents()
        {
            var list = new List<Node>(Dependents);
            list.Sort((a, b) => Identity.Compare(a.Identity, b.Identity));
            return list;
        }

        /// <summary><c>blockingDependents</c>: the dependents whose reference to this node has <c>blockOwnerDeletion</c>.</summary>
        public List<Node> BlockingDependents()
        {
            var list = SortedDependents();
            list.RemoveAll(d => !d.Owners.Any(r => r.Uid == Identity.Uid && r.BlockOwnerDeletion == true));
            return list;
        }
    }
}
