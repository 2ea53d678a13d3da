using System.Globalization;
using PodSim.Engine;
using PodSim.ApiServer;
using PodSim.Model;
using PodSim.Scheduling.Framework;

namespace PodSim.Scheduling;

/// <summary>
/// The simulated kube-scheduler: for each new pod it runs the filter plugins over the nodes (in creation order), the
/// score plugins over the feasible ones, and binds the pod through the API server's binding; when no node fits, the
/// post-filter plugins explain why, the pod gets <c>PodScheduled=False</c> (Unschedulable) and a FailedScheduling
/// event, and it waits until a node is added or changed (<c>pkg/scheduler/schedule_one.go</c>). The decision is taken
/// when the pod enters its queue (its watch delivers the new pod, or the removal of its last scheduling gate) and takes
/// effect after the scenario's scheduling latency (docs/timing-model.md).
/// </summary>
internal sealed class KubeScheduler
{
    /// <summary>The component name on the scheduler's events.</summary>
    public const string Component = "default-scheduler";

    private readonly ISchedulerHost _host;
    private readonly List<IFilterPlugin> _filters = [new NodeAffinityPlugin()];
    private readonly List<IScorePlugin> _scores = [];
    private readonly List<IPostFilterPlugin> _postFilters = [new DefaultPreemptionPlugin()];
    private readonly List<(string Key, string Uid)> _unschedulable = [];

    /// <summary>Gets how many pods wait among the unschedulable ones.</summary>
    public int UnschedulableCount => _unschedulable.Count;

    public KubeScheduler(ISchedulerHost host)
    {
        _host = host;
        var store = host.Api.Store;
        store.Watch("Node", store.ResourceVersion, change =>
        {
            if (change.Type != WatchEventType.Deleted)
            {
                NodeChanged();
            }
        });
        store.Watch("Pod", store.ResourceVersion, PodChanged);
    }

    /// <summary>Adds a plugin at each extension point it implements, after the built-in ones.</summary>
    public void AddPlugin(object plugin)
    {
        var used = false;
        if (plugin is IFilterPlugin filter)
        {
            _filters.Add(filter);
            used = true;
        }

        if (plugin is IScorePlugin score)
        {
            _scores.Add(score);
            used = true;
        }

        if (plugin is IPostFilterPlugin postFilter)
        {
            _postFilters.Insert(_postFilters.Count - 1, postFilter);
            used = true;
        }

        if (!used)
        {
            throw new ArgumentException("a scheduler plugin implements IFilterPlugin, IScorePlugin or IPostFilterPlugin", nameof(plugin));
        }
    }

    /// <summary>
    /// The scheduler's watch of pods: a new pod that names no node enters the scheduling queue (or, held by scheduling
    /// gates, gets <c>PodScheduled=False</c> SchedulingGated); a pod whose last gate is removed enters it then
    /// (<c>pkg/scheduler/framework/plugins/schedulinggates</c> PreEnqueue). A pod that names its node is not scheduled:
    /// its kubelet takes it.
    /// </summary>
    private void PodChanged(WatchEvent change)
    {
        var pod = (Pod)change.Object;
        var spec = pod.Spec!;
        if (change.Type == WatchEventType.Added)
        {
            WarnAboutScheduling(pod);
            if (spec.SchedulingGates.Count > 0)
            {
                WriteScheduled(pod, "SchedulingGated", "Scheduling is blocked due to non-empty scheduling gates");
                return;
            }

            if (string.IsNullOrEmpty(spec.NodeName))
            {
                Enqueue(pod, _host.SchedulingLatency);
            }
        }
        else if (change.Type == WatchEventType.Deleted)
        {
            // A pod that is gone leaves the unschedulable pods at once, so that churn does not grow them.
            var uid = pod.Metadata.Uid;
            _unschedulable.RemoveAll(p => p.Uid == uid);
        }
        else if (change is { Type: WatchEventType.Modified, OldObject: Pod { Spec.SchedulingGates.Count: > 0 } }
            && spec.SchedulingGates.Count == 0
            && string.IsNullOrEmpty(spec.NodeName))
        {
            Enqueue(pod, _host.SchedulingLatency);
        }
    }

    /// <summary>
    /// Puts a pod in the active queue: its scheduling cycle runs after the delay, in the timer tier
    /// (docs/timing-model.md).
    /// </summary>
    private void Enqueue(Pod pod, TimeSpan delay)
    {
        var key = ObjectStore.KeyOf(pod);
        var uid = pod.Metadata.Uid!;
        _host.EnqueueAfter(delay, WorkTier.Timer, () => ScheduleOne(key, uid));
    }

    /// <summary>
    /// One scheduling cycle (<c>pkg/scheduler/schedule_one.go</c> ScheduleOne): the pod as stored now is filtered and
    /// scored over the nodes that exist now and bound to the best; when no node fits it gets the Unschedulable
    /// condition and a FailedScheduling event and waits among the unschedulable pods.
    /// </summary>
    private void ScheduleOne(string key, string uid)
    {
        if (Pending(key, uid) is not { } pod)
        {
            return;
        }

        if (pod.Metadata.DeletionTimestamp is not null)
        {
            // A pod being deleted (held by a finalizer) is not scheduled (schedule_one.go skipPodSchedule).
            _host.RecordEvent(Reference(pod), EventTypes.Warning, "FailedScheduling", "skip schedule deleting pod: " + pod.Metadata.Namespace + "/" + pod.Metadata.Name, Component);
            return;
        }

        var (node, failure) = Schedule(pod);
        if (node is not null)
        {
            Bind(pod, node.Metadata.Name!);
            return;
        }

        _unschedulable.Add((key, uid));
        WriteScheduled(pod, "Unschedulable", failure!);
        _host.RecordEvent(Reference(pod), EventTypes.Warning, "FailedScheduling", failure!, Component);
    }

    /// <summary>
    /// A node was added or changed: an unschedulable pod that fits now goes back to the active queue, its cycle at
    /// once; one that still does not fit stays, without another FailedScheduling (upstream's queueing hints).
    /// </summary>
    private void NodeChanged()
    {
        for (var i = 0; i < _unschedulable.Count; i++)
        {
            var (key, uid) = _unschedulable[i];
            if (Pending(key, uid) is not { } pod)
            {
                _unschedulable.RemoveAt(i--);
                continue;
            }

            if (pod.Metadata.DeletionTimestamp is not null || Schedule(pod).Node is null)
            {
                continue;
            }

            _unschedulable.RemoveAt(i--);
            Enqueue(pod, TimeSpan.Zero);
        }
    }

    /// <summary>The pod as stored, if it still exists (the same one) and is not bound yet.</summary>
    private Pod? Pending(string key, string uid) =>
        _host.Api.Store.Get(key) is Pod { Spec.NodeName: null or "" } pod && pod.Metadata.Uid == uid ? pod : null;

    /// <summary>One scheduling cycle: filters, scores, and the failure message when nothing fits.</summary>
    private (Node? Node, string? Failure) Schedule(Pod pod)
    {
        var nodes = _host.NodesOrDefault();
        if (nodes.Count == 0)
        {
            // schedule_one.go ErrNoNodesAvailable.
            return (null, "no nodes available to schedule pods");
        }

        var statuses = new List<(Node Node, PluginStatus Status)>(nodes.Count);
        Node? best = null;
        long bestScore = long.MinValue;
        foreach (var node in nodes)
        {
            var status = PluginStatus.Success;
            foreach (var filter in _filters)
            {
                status = filter.Filter(pod, node);
                if (!status.IsSuccess)
                {
                    break;
                }
            }

            statuses.Add((node, status));
            if (!status.IsSuccess)
            {
                continue;
            }

            long score = 0;
            foreach (var scorer in _scores)
            {
                score += scorer.Score(pod, node);
            }

            if (score > bestScore)
            {
                (best, bestScore) = (node, score);
            }
        }

        return best is not null ? (best, null) : (null, FailureMessage(pod, statuses));
    }

    /// <summary>
    /// <c>0/N nodes are available: 2 reason-a, 1 reason-b.</c> (reasons counted and sorted, as upstream's FitError)
    /// followed by the post-filter plugins' words.
    /// </summary>
    private string FailureMessage(Pod pod, List<(Node Node, PluginStatus Status)> statuses)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, status) in statuses)
        {
            var reason = status.Reason ?? "node(s) were unschedulable";
            counts[reason] = counts.TryGetValue(reason, out var n) ? n + 1 : 1;
        }

        var parts = new List<string>(counts.Count);
        foreach (var (reason, count) in counts)
        {
            parts.Add(count.ToString(CultureInfo.InvariantCulture) + " " + reason);
        }

        var message = "0/" + statuses.Count.ToString(CultureInfo.InvariantCulture) + " nodes are available: " + string.Join(", ", parts) + ".";
        foreach (var postFilter in _postFilters)
        {
            message += " " + postFilter.PostFilter(pod, statuses);
        }

        return message;
    }

    /// <summary>The pods/binding write and the Scheduled event; the node's kubelet then takes the pod from its watch.</summary>
    private void Bind(Pod pod, string nodeName)
    {
        var meta = pod.Metadata!;
        _host.Api.Bind(meta.Namespace, meta.Name!, nodeName);
        _host.RecordEvent(Reference(pod), EventTypes.Normal, "Scheduled", _host.ScheduledMessage(meta.Namespace!, meta.Name!, nodeName), Component);
    }

    /// <summary>The scheduler's status write: <c>PodScheduled=False</c> with its reason and message.</summary>
    private void WriteScheduled(Pod pod, string reason, string message)
    {
        var condition = new PodCondition
        {
            Type = PodConditionTypes.PodScheduled,
            Status = ConditionStatuses.False,
            LastTransitionTime = _host.Api.Timestamp,
            Reason = reason,
            Message = message,
        };
        _host.Api.UpdateStatus(pod with { Status = (pod.Status ?? new PodStatus()) with { Conditions = [condition] }, Metadata = pod.Metadata! with { ResourceVersion = null } });
        _host.RecordTransition("Pod/" + pod.Metadata.Namespace + "/" + pod.Metadata.Name, "status.conditions[PodScheduled]", null, ConditionStatuses.False);
    }

    private static ObjectReference Reference(Pod pod) =>
        new() { Kind = "Pod", Namespace = pod.Metadata.Namespace, Name = pod.Metadata.Name, Uid = pod.Metadata.Uid, ApiVersion = "v1" };

    /// <summary>
    /// Only nodeSelector is evaluated so far: say so when a pod carries other constraints that a real scheduler
    /// would evaluate, or names a node the input does not have, instead of binding it without a word.
    /// </summary>
    private void WarnAboutScheduling(Pod pod)
    {
        var spec = pod.Spec!;
        var constraints = new List<string>();
        if (spec.Affinity is { } affinity && (affinity.NodeAffinity is not null || affinity.PodAffinity is not null || affinity.PodAntiAffinity is not null))
        {
            constraints.Add("affinity");
        }

        if (spec.TopologySpreadConstraints.Count > 0)
        {
            constraints.Add("topologySpreadConstraints");
        }

        var prefix = "+" + GoDuration.Format(_host.Elapsed) + " Pod/" + pod.Metadata.Name + ": ";
        if (constraints.Count > 0 && string.IsNullOrEmpty(spec.NodeName))
        {
            var nodeName = Schedule(pod).Node?.Metadata.Name ?? _host.NodesOrDefault()[0].Metadata.Name!;
            _host.AddWarning(prefix + "scheduling constraints are not evaluated yet (" + string.Join(", ", constraints) + "); the pod is bound to " + nodeName);
        }

        if (!string.IsNullOrEmpty(spec.NodeName) && !_host.NodesOrDefault().Exists(n => n.Metadata.Name == spec.NodeName))
        {
            _host.AddWarning(prefix + "node \"" + spec.NodeName + "\" is not in the input; PodSim runs the pod on a simulated node of that name");
        }
    }
}
