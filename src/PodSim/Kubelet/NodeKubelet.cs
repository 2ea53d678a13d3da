using PodSim.Engine;
using PodSim.ApiServer;
using PodSim.Model;
using PodSim.Scenarios;

namespace PodSim.Kubelet;

/// <summary>
/// The simulated kubelet of one node: its identity, the images on it, the back-off tables shared by the pods it runs,
/// and the pods bound to it, each driven by its own <see cref="PodWorker"/> (<c>pkg/kubelet/kubelet.go</c>
/// HandlePodAdditions, HandlePodUpdates, HandlePodRemoves; <c>pkg/kubelet/pod_workers.go</c>). The pods reach it
/// from the API server's watch of pods whose <c>spec.nodeName</c> is this node (<see cref="KubeletFleet"/>).
/// </summary>
internal sealed class NodeKubelet
{
    private readonly IKubeletHost _host;
    private readonly Dictionary<string, PodWorker> _workers = new(StringComparer.Ordinal);
    private readonly List<PodWorker> _workerList = [];
    private readonly Dictionary<string, ImageSpec> _imageSpecs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _present = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _pullAttempts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _normalized = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _imageIds = new(StringComparer.Ordinal);

    public NodeKubelet(IKubeletHost host, string name, string address, ScenarioSpec scenario, KubeletProfile profile)
    {
        _host = host;
        Name = name;
        Address = address;
        Profile = profile;
        Scenario = scenario;
        var crash = scenario.Kubelet?.CrashLoopBackOff;
        var image = scenario.Kubelet?.ImagePullBackOff;
        CrashLoopBackOff = new BackOff(Duration(crash?.Initial, 10), Duration(crash?.Max, 300));
        // The crash-loop curve expires after a fixed 600 s (1.32+); the image curve after twice its maximum.
        var imageMax = Duration(image?.Max, 300);
        ImagePullBackOff = new BackOff(Duration(image?.Initial, 10), imageMax, imageMax + imageMax);
        foreach (var spec in scenario.Images)
        {
            if (spec.Image is { } ref_)
            {
                _imageSpecs[ref_] = spec;
                if (spec.Present == true)
                {
                    _present.Add(ref_);
                }
            }
        }
    }

    public string Name { get; }

    /// <summary>Gets how many pods this kubelet runs now (workers not yet released).</summary>
    public int PodCount => _workers.Count;

    public string Address { get; }

    public KubeletProfile Profile { get; }

    public ScenarioSpec Scenario { get; }

    public BackOff CrashLoopBackOff { get; }

    public BackOff ImagePullBackOff { get; }

    public bool IsPresent(string image) => _present.Contains(image);

    /// <summary>The image ID (repo digest) of an image, derived once per image.</summary>
    public string ImageId(string fullImage)
    {
        if (!_imageIds.TryGetValue(fullImage, out var id))
        {
            id = IdentityGenerator.ImageId(fullImage);
            _imageIds[fullImage] = id;
        }

        return id;
    }

    /// <summary>The runtime's fully qualified name of an image reference, parsed once per reference.</summary>
    public bool TryNormalize(string image, out string fullImage)
    {
        if (!_normalized.TryGetValue(image, out var cached))
        {
            cached = Defaulting.ImageReference.TryNormalize(image, out var full) ? full : null;
            _normalized[image] = cached;
        }

        fullImage = cached ?? string.Empty;
        return cached is not null;
    }

    public ImageSpec? ImageSpec(string image) => _imageSpecs.GetValueOrDefault(image);


    /// <summary>Counts a pull attempt of an image and tells whether it fails (the scenario's <c>failPulls</c>).</summary>
    public bool NextPullFails(string image)
    {
        var attempt = _pullAttempts.GetValueOrDefault(image) + 1;
        _pullAttempts[image] = attempt;
        var failPulls = ImageSpec(image)?.FailPulls;
        if (failPulls is null)
        {
            return false;
        }

        return !failPulls.Value.IsInt || attempt <= failPulls.Value.IntValue;
    }

    /// <summary>Whether the image can never be pulled (<c>failPulls: always</c>).</summary>
    public bool NeverExists(string image) => ImageSpec(image)?.FailPulls is { IsInt: false };

    public void MarkPresent(string image) => _present.Add(image);

    /// <summary>The worker of a pod this kubelet runs, by the pod's store key.</summary>
    public PodWorker? Worker(string key) => _workers.GetValueOrDefault(key);

    /// <summary>
    /// A pod bound to this node reached the kubelet: its worker starts now. A pod bound by the scheduler is admitted
    /// at once; one that named its node when it was created is admitted after <c>latency.scheduling</c>
    /// (docs/timing-model.md).
    /// </summary>
    /// <param name="pod">The pod as delivered.</param>
    /// <param name="podIp">The IP its sandbox gets.</param>
    /// <param name="admitAfter">The delay before admission, or <see langword="null"/> to admit now.</param>
    public void PodAdded(Pod pod, string podIp, TimeSpan? admitAfter)
    {
        var key = ObjectStore.KeyOf(pod);
        if (_workers.ContainsKey(key))
        {
            return;
        }

        var worker = new PodWorker(_host, this, pod, podIp);
        _workers[key] = worker;
        _workerList.Add(worker);
        if (admitAfter is { } delay)
        {
            // A pod that names its node cannot carry scheduling gates (validation refuses it).
            _host.EnqueueAfter(delay, WorkTier.Timer, () => worker.Bound(pod));
            return;
        }

        worker.Bound(pod);
    }

    /// <summary>
    /// A pod of this node changed (<c>HandlePodUpdates</c>): a deletion reaches its worker as the update carrying
    /// <c>deletionTimestamp</c>, and a spec change (a new image) makes the worker restart what changed.
    /// </summary>
    public void PodUpdated(Pod old, Pod pod)
    {
        if (!_workers.TryGetValue(ObjectStore.KeyOf(pod), out var worker) || worker.Removed)
        {
            return;
        }

        var was = old.Metadata;
        var now = pod.Metadata!;
        if (now.DeletionTimestamp is not null
            && (was?.DeletionTimestamp != now.DeletionTimestamp || was?.DeletionGracePeriodSeconds != now.DeletionGracePeriodSeconds))
        {
            worker.DeletionObserved(pod, was?.DeletionTimestamp);
            return;
        }

        // Its own status writes keep the spec object, so only another writer's change gets here.
        if (!ReferenceEquals(old.Spec, pod.Spec))
        {
            worker.SpecChanged(pod);
        }
    }

    /// <summary>
    /// The pod object is gone (<c>HandlePodRemoves</c>): its worker is released (it may still be stopping containers
    /// after a force delete, which its own queued work finishes) and forgotten, so that churn does not grow the
    /// kubelet; a pod of the same name created later gets a worker of its own.
    /// </summary>
    public void PodRemoved(Pod pod)
    {
        var key = ObjectStore.KeyOf(pod);
        if (_workers.TryGetValue(key, out var worker) && worker.Pod.Metadata.Uid == pod.Metadata.Uid)
        {
            worker.Released();
            _workers.Remove(key);
            _workerList.Remove(worker);
        }
    }

    /// <summary>A ConfigMap or Secret of a namespace changed: the pods of that namespace retry what waited on it.</summary>
    public void ConfigurationChanged(string? ns)
    {
        foreach (var worker in _workerList)
        {
            if (worker.Pod.Metadata.Namespace == ns)
            {
                worker.ConfigurationChanged();
            }
        }
    }

    public static TimeSpan Duration(GoDuration? value, double defaultSeconds) =>
        value is { IsNever: false } d ? d.Value : TimeSpan.FromSeconds(defaultSeconds);
}
