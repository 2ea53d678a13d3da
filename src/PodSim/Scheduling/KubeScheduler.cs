using System.Globalization;
using PodSim.Engine;
using PodSim.Kubelet;
using PodSim.Model;
using PodSim.Scheduling.Framework;

namespace PodSim.Scheduling;

/// <summary>
/// The simulated kube-scheduler: for each new pod it runs the filter plugins over the nodes (in creation order), the
/// score plugins over the feasible ones, and binds the pod through the API server's binding; when no node fits, the
/// post-filter plugins explain why, the pod gets <c>PodScheduled=False</c> (Unschedulable) and a FailedScheduling
/// event, and it waits until a node is added or changed (<c>pkg/scheduler/schedule_one.go</c>). The decision is taken
/// when the pod is created and takes effect after the scenario's scheduling latency (docs/timing-model.md).
/// </summary>
internal sealed class KubeScheduler
{
    /// <summary>The component name on the scheduler's events.</summary>
    public const string Component = "default-scheduler";

    private readonly Simulation _sim;
    private readonly List<IFilterPlugin> _filters = [new NodeAffinityPlugin()];
    private readonly List<IScorePlugin> _scores = [];
    private readonly List<IPostFilterPlugin> _postFilters = [new DefaultPreemptionPlugin()];
    private readonly List<(PodWorker Worker, Pod Pod)> _unschedulable = [];

    public KubeScheduler(Simulation sim) => _sim = sim;

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
    /// A pod was created: one held by scheduling gates gets <c>PodScheduled=False</c> (SchedulingGated); one that names
    /// its node goes to that node's kubelet; any other is scheduled.
    /// </summary>
    public void PodCreated(PodWorker worker, Pod pod, KubeletNode provisional)
    {
        var spec = pod.Spec!;
        var assigned = !string.IsNullOrEmpty(spec.NodeName);
        var (node, failure) = assigned ? (null, null) : Schedule(pod);
        WarnAboutScheduling(pod, node?.Metadata?.Name ?? provisional.Name);
        if (spec.SchedulingGates.Count > 0)
        {
            WriteScheduled(worker, "SchedulingGated", "Scheduling is blocked due to non-empty scheduling gates");
            return;
        }

        Queue(worker, pod, provisional, assigned, node, failure);
    }

    /// <summary>
    /// The pod's last scheduling gate was removed (an update): it enters the scheduling queue now
    /// (<c>pkg/scheduler/framework/plugins/schedulinggates</c> PreEnqueue).
    /// </summary>
    public void GatesRemoved(PodWorker worker, Pod pod, KubeletNode provisional)
    {
        if (worker.Removed || worker.IsBound)
        {
            return;
        }

        var assigned = !string.IsNullOrEmpty(pod.Spec!.NodeName);
        var (node, failure) = assigned ? (null, null) : Schedule(pod);
        Queue(worker, pod, provisional, assigned, node, failure);
    }

    private void Queue(PodWorker worker, Pod pod, KubeletNode provisional, bool assigned, Node? node, string? failure)
    {
        var latency = KubeletNode.Duration(_sim.Scenario.Spec?.Latency?.Scheduling, 0);
        if (assigned)
        {
            // A pod that names its node is not scheduled: that node's kubelet takes it.
            _sim.EnqueueAfter(latency, WorkTier.Timer, () => worker.Bound(provisional, pod));
            return;
        }

        if (node is null)
        {
            _unschedulable.RemoveAll(p => p.Worker.Removed);
            _unschedulable.Add((worker, pod));
            _sim.EnqueueAfter(latency, WorkTier.Timer, () => MarkUnschedulable(worker, failure!));
            return;
        }

        var target = _sim.NodeFor(node.Metadata!.Name);
        _sim.EnqueueAfter(latency, WorkTier.Timer, () => Bind(worker, pod, target));
    }

    /// <summary>A node was added or changed: pods that did not fit are tried again, in the order they failed.</summary>
    public void NodeChanged()
    {
        for (var i = 0; i < _unschedulable.Count; i++)
        {
            var (worker, pod) = _unschedulable[i];
            if (worker.Removed || worker.IsBound)
            {
                _unschedulable.RemoveAt(i--);
                continue;
            }

            if (Schedule(pod).Node is not { } node)
            {
                continue;
            }

            _unschedulable.RemoveAt(i--);
            Bind(worker, pod, _sim.NodeFor(node.Metadata!.Name));
        }
    }

    /// <summary>One scheduling cycle: filters, scores, and the failure message when nothing fits.</summary>
    private (Node? Node, string? Failure) Schedule(Pod pod)
    {
        var nodes = _sim.NodesOrDefault();
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

    /// <summary>The pods/binding write, the Scheduled event, then the node's kubelet takes the pod.</summary>
    private void Bind(PodWorker worker, Pod pod, KubeletNode node)
    {
        if (worker.Removed || worker.IsBound)
        {
            return;
        }

        var meta = pod.Metadata!;
        var bound = _sim.Api.Bind(meta.Namespace, meta.Name!, node.Name);
        _sim.RecordEvent(worker.Reference, EventTypes.Normal, "Scheduled", _sim.Profile.Scheduled(meta.Namespace!, meta.Name!, node.Name), Component);
        worker.Bound(node, bound);
    }

    private void MarkUnschedulable(PodWorker worker, string message)
    {
        if (worker.Removed || worker.IsBound)
        {
            return;
        }

        WriteScheduled(worker, "Unschedulable", message);
        _sim.RecordEvent(worker.Reference, EventTypes.Warning, "FailedScheduling", message, Component);
    }

    /// <summary>The scheduler's status write: <c>PodScheduled=False</c> with its reason and message.</summary>
    private void WriteScheduled(PodWorker worker, string reason, string message)
    {
        var pod = worker.Pod;
        var condition = new PodCondition
        {
            Type = PodConditionTypes.PodScheduled,
            Status = ConditionStatuses.False,
            LastTransitionTime = _sim.Api.Timestamp,
            Reason = reason,
            Message = message,
        };
        worker.Refresh(_sim.Api.UpdateStatus(pod with { Status = pod.Status! with { Conditions = [condition] }, Metadata = pod.Metadata! with { ResourceVersion = null } }));
        _sim.RecordTransition("Pod/" + pod.Metadata.Namespace + "/" + pod.Metadata.Name, "status.conditions[PodScheduled]", null, ConditionStatuses.False);
    }

    /// <summary>
    /// Only nodeSelector is evaluated so far: say so when a pod carries other constraints that a real scheduler
    /// would evaluate, or names a node the input does not have, instead of binding it without a word.
    /// </summary>
    private void WarnAboutScheduling(Pod pod, string nodeName)
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

        var prefix = "+" + GoDuration.Format(_sim.Elapsed) + " Pod/" + pod.Metadata!.Name + ": ";
        if (constraints.Count > 0 && string.IsNullOrEmpty(spec.NodeName))
        {
            _sim.AddWarning(prefix + "scheduling constraints are not evaluated yet (" + string.Join(", ", constraints) + "); the pod is bound to " + nodeName);
        }

        if (!string.IsNullOrEmpty(spec.NodeName) && !_sim.NodesOrDefault().Exists(n => n.Metadata?.Name == spec.NodeName))
        {
            _sim.AddWarning(prefix + "node \"" + spec.NodeName + "\" is not in the input; PodSim runs the pod on a simulated node of that name");
        }
    }
}
