using System.Globalization;
using PodSim.ApiServer;
using PodSim.Model;
using PodSim.Scenarios;

namespace PodSim.Kubelet;

/// <summary>
/// The kubelets of the cluster, one per Node object (and one for a node a pod names that the input lacks), and the
/// one watch of pods that hands each pod to the kubelet of its <c>spec.nodeName</c>, as each real kubelet watches the
/// pods with a field selector on its node name (<c>pkg/kubelet/config/apiserver.go</c>). Also the default node:
/// when the input has no Node, the default kubelet registers <c>node-1</c> with the first pod.
/// </summary>
internal sealed class KubeletFleet
{
    /// <summary>The node that runs pods when the input has no Node.</summary>
    public const string DefaultNodeName = "node-1";

    private readonly IKubeletHost _host;
    private readonly ObjectStore _store;
    private readonly ScenarioSpec _scenario;
    private readonly KubeletProfile _profile;
    private readonly Dictionary<string, NodeKubelet> _kubelets = new(StringComparer.Ordinal);
    private readonly List<NodeKubelet> _kubeletList = [];
    private readonly Dictionary<string, string> _podIps = new(StringComparer.Ordinal);
    private long _podOrdinal;
    private bool _nodeRegistered;

    public KubeletFleet(IKubeletHost host, ScenarioSpec scenario, KubeletProfile profile)
    {
        _host = host;
        _store = host.Api.Store;
        _scenario = scenario;
        _profile = profile;
        _store.Watch("Node", _store.ResourceVersion, change =>
        {
            if (change is { Type: WatchEventType.Added, Object: Node node })
            {
                _nodeRegistered = true;
                KubeletFor(node.Metadata.Name);
            }
        });
        _store.Watch("Pod", _store.ResourceVersion, PodChanged);
    }

    /// <summary>Gets the kubelets in the order they started.</summary>
    public IReadOnlyList<NodeKubelet> All => _kubeletList;

    /// <summary>Gets how many pods the kubelets run now.</summary>
    public int PodCount
    {
        get
        {
            var count = 0;
            foreach (var kubelet in _kubeletList)
            {
                count += kubelet.PodCount;
            }

            return count;
        }
    }

    /// <summary>The worker of a live pod, if a kubelet runs it.</summary>
    public PodWorker? WorkerFor(string ns, string name)
    {
        var key = ObjectStore.Key("Pod", ns, name);
        return _store.Get(key) is Pod { Spec.NodeName: { Length: > 0 } node } && _kubelets.TryGetValue(node, out var kubelet)
            ? kubelet.Worker(key)
            : null;
    }

    /// <summary>
    /// A ConfigMap or Secret was added, changed or removed: the pods of its namespace retry what waited on it, node by
    /// node in the order the kubelets started, each kubelet's pods in the order it took them.
    /// </summary>
    public void ConfigurationChanged(string? ns)
    {
        foreach (var kubelet in _kubeletList)
        {
            kubelet.ConfigurationChanged(ns);
        }
    }

    private void PodChanged(WatchEvent change)
    {
        var pod = (Pod)change.Object;
        var nodeName = pod.Spec?.NodeName;
        switch (change.Type)
        {
            case WatchEventType.Added:
                // The default node registers with the first pod when the input has no Node; pod IPs come from one
                // range in creation order (see PodIp).
                if (!_nodeRegistered)
                {
                    NodesOrDefault();
                }

                _podIps[pod.Metadata.Uid!] = PodIp(_podOrdinal++);
                if (!string.IsNullOrEmpty(nodeName))
                {
                    KubeletFor(nodeName).PodAdded(pod, _podIps[pod.Metadata.Uid!], SchedulingLatency);
                }

                break;
            case WatchEventType.Modified when !string.IsNullOrEmpty(nodeName):
                var old = (Pod)change.OldObject!;
                if (string.IsNullOrEmpty(old.Spec?.NodeName))
                {
                    // The scheduler's binding: the node's kubelet takes the pod now.
                    KubeletFor(nodeName).PodAdded(pod, _podIps[pod.Metadata.Uid!], admitAfter: null);
                }
                else if (!ReferenceEquals(old.Spec, pod.Spec)
                    || old.Metadata.DeletionTimestamp != pod.Metadata.DeletionTimestamp
                    || old.Metadata.DeletionGracePeriodSeconds != pod.Metadata.DeletionGracePeriodSeconds)
                {
                    // Most changes are the kubelet's own status writes, which keep the spec and the deletion fields.
                    KubeletFor(nodeName).PodUpdated(old, pod);
                }

                break;
            case WatchEventType.Deleted:
                _podIps.Remove(pod.Metadata.Uid!);
                if (!string.IsNullOrEmpty(nodeName) && _kubelets.TryGetValue(nodeName, out var kubelet))
                {
                    kubelet.PodRemoved(pod);
                }

                break;
        }
    }

    private TimeSpan SchedulingLatency => NodeKubelet.Duration(_scenario.Latency?.Scheduling, 0);

    /// <summary>
    /// The kubelet of a node: its own, started when the Node was added, or one started now for a node the input lacks
    /// (the default node registering itself when the input has no Node at all).
    /// </summary>
    public NodeKubelet KubeletFor(string? nodeName)
    {
        // The hot path: every status write of a pod comes back through the watch to its node's kubelet.
        if (!string.IsNullOrEmpty(nodeName) && _kubelets.TryGetValue(nodeName, out var known))
        {
            return known;
        }

        var name = nodeName;
        if (string.IsNullOrEmpty(name) || name == DefaultNodeName)
        {
            var nodes = NodesOrDefault();
            name = string.IsNullOrEmpty(name) && nodes.Count > 0 ? nodes[0].Metadata.Name! : DefaultNodeName;
        }

        if (_kubelets.TryGetValue(name, out var existing))
        {
            return existing;
        }

        string? address = null;
        if (_store.Get(ObjectStore.Key("Node", null, name)) is Node node)
        {
            foreach (var a in node.Status?.Addresses ?? [])
            {
                if (a.Type == "InternalIP")
                {
                    address = a.Address;
                }
            }
        }

        address ??= "10.0.0." + (_kubeletList.Count + 1).ToString(CultureInfo.InvariantCulture);
        var kubelet = new NodeKubelet(_host, name, address, _scenario, _profile);
        _kubelets[name] = kubelet;
        _kubeletList.Add(kubelet);
        return kubelet;
    }

    /// <summary>
    /// The live nodes in creation order; the default node registers first when no Node was ever added. A cluster
    /// whose Nodes were all deleted has none (its pods stay Pending).
    /// </summary>
    public List<Node> NodesOrDefault()
    {
        var nodes = _store.Live<Node>();
        if (nodes.Count == 0 && !_nodeRegistered)
        {
            nodes.Add(_store.Add(DefaultNode()));
            _nodeRegistered = true;
        }

        return nodes;
    }

    /// <summary>
    /// Pod IPs come from 10.244.0.0/16 in pod creation order, starting at 10.244.0.2, whatever the node (one range for
    /// the cluster rather than a podCIDR per node).
    /// </summary>
    private static string PodIp(long ordinal)
    {
        var n = ordinal + 2;
        return "10.244." + ((n >> 8) & 0xFF).ToString(CultureInfo.InvariantCulture) + "." + (n & 0xFF).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The node that exists when the input has none: <c>node-1</c> at <c>10.0.0.1</c> with ample capacity (64 CPUs,
    /// 256Gi of memory, 110 pods), registered with the first pod so that downward-API defaults and oom_score_adj have
    /// a node to read.
    /// </summary>
    private Node DefaultNode()
    {
        var resources = new Dictionary<string, Quantity>(StringComparer.Ordinal)
        {
            [ResourceNames.Cpu] = Quantity.Parse("64"),
            [ResourceNames.Memory] = Quantity.Parse("256Gi"),
            ["ephemeral-storage"] = Quantity.Parse("1Ti"),
            ["pods"] = Quantity.Parse("110"),
        };
        return new Node
        {
            ApiVersion = "v1",
            Kind = "Node",
            Metadata = new ObjectMeta
            {
                Name = DefaultNodeName,
                Uid = _host.Api.Identities.Uid("Node", null, DefaultNodeName, _store.CreatedCount),
                CreationTimestamp = _host.StartTime + TimeSpan.FromSeconds(Math.Floor(_host.Elapsed.TotalSeconds)),
                Labels = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["kubernetes.io/arch"] = "amd64",
                    ["kubernetes.io/hostname"] = DefaultNodeName,
                    ["kubernetes.io/os"] = "linux",
                },
            },
            Status = new NodeStatus
            {
                Capacity = resources,
                Allocatable = resources,
                Addresses = [new NodeAddress { Type = "InternalIP", Address = "10.0.0.1" }, new NodeAddress { Type = "Hostname", Address = DefaultNodeName }],
                Conditions = [new NodeCondition { Type = "Ready", Status = ConditionStatuses.True, Reason = "KubeletReady", Message = "kubelet is posting ready status" }],
            },
        };
    }
}
