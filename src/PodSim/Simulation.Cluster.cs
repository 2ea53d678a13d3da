using System.Globalization;
using Microsoft.Extensions.Logging;
using PodSim.Engine;
using PodSim.Defaulting;
using PodSim.Kubelet;
using PodSim.Manifests;
using PodSim.ApiServer;
using PodSim.Model;
using PodSim.Scenarios;
using PodSim.Validation;

namespace PodSim;

/// <summary>The cluster a simulation plays out: objects, nodes and the kubelet's pod workers.</summary>
public sealed partial class Simulation
{
    /// <summary>The node that runs pods when the input has no Node: <c>node-1</c> at <c>10.0.0.1</c>.</summary>
    public const string DefaultNodeName = KubeletFleet.DefaultNodeName;

    private readonly ILogger _logger;
    private readonly List<string> _warnings = [];
    private readonly List<Rejection> _rejections = [];
    private readonly List<ManifestLoadResult> _inlineManifests = [];
    private string? _actionPath;

    /// <summary>Gets the Kubernetes version whose kubelet rules and texts the simulation follows.</summary>
    internal KubeletProfile Profile { get; } = KubeletProfile.Kubernetes135;

    /// <summary>Gets problems met while playing the scenario (an action on a pod that does not exist, ...).</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>Gets the creates that admission refused, in order.</summary>
    public IReadOnlyList<Rejection> Rejections => _rejections;

    /// <summary>Gets the live pods now, in creation order.</summary>
    public IReadOnlyList<Pod> Pods => Cluster.Live<Pod>();

    internal ObjectStore Cluster => Api.Store;

    /// <summary>Gets the scheduler component.</summary>
    internal Scheduling.KubeScheduler Scheduler { get; }

    /// <summary>Gets the kubelets, one per node, with the pods bound to each.</summary>
    internal KubeletFleet Kubelets { get; }

    /// <summary>Adds a problem met while playing the scenario (<see cref="Warnings"/>).</summary>
    internal void AddWarning(string warning) => _warnings.Add(warning);

    /// <summary>Gets the API server every component writes through.</summary>
    internal KubeApiServer Api { get; }

    /// <summary>Gets the garbage collector, whose work runs in the controller-sync tier.</summary>
    internal Controllers.GarbageCollector GarbageCollector { get; }

    /// <summary>
    /// Gets or sets a value indicating whether passing probes are evaluated every period instead of skipping to the
    /// next scripted change: the reference the optimised prober is tested against.
    /// </summary>
    internal bool ProbeEveryPeriod { get; set; }

    internal IdentityGenerator Identities => Api.Identities;

    /// <summary>
    /// Creates a simulation from loaded manifests: the first Scenario object configures it, and every other object is
    /// created at the start time in document order.
    /// </summary>
    /// <param name="manifests">The loaded manifests; they must have no errors.</param>
    /// <param name="loggerFactory">Where to log; none by default.</param>
    /// <returns>The simulation, at offset zero.</returns>
    /// <exception cref="SimulationInputException">The manifests have errors, or an object is invalid.</exception>
    public static Simulation FromManifests(ManifestLoadResult manifests, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(manifests);
        if (manifests.HasErrors)
        {
            throw new SimulationInputException(manifests.Errors.Select(e => e.ToString()).ToList());
        }

        Scenario? scenario = null;
        var problems = new List<string>();
        foreach (var loaded in manifests.Objects)
        {
            if (loaded.Object is Scenario s)
            {
                if (scenario is not null)
                {
                    problems.Add(loaded.Location + ": " + loaded.Reference + ": only one Scenario may be given");
                    continue;
                }

                scenario = (Scenario)ApiDefaults.Apply(s);
                foreach (var error in ObjectValidator.ValidateDefaulted(scenario))
                {
                    problems.Add(Locate(loaded, error) + ": " + loaded.Reference + ": " + error);
                }
            }
        }

        // An invalid scenario cannot be played: report its located problems before building anything.
        if (problems.Count > 0)
        {
            throw new SimulationInputException(problems);
        }

        var simulation = new Simulation(scenario, loggerFactory, validated: true);
        foreach (var loaded in manifests.Objects)
        {
            if (loaded.Object is Scenario)
            {
                continue;
            }

            var errors = simulation.Admit(loaded.Object, out _);
            foreach (var error in errors)
            {
                problems.Add(Locate(loaded, error) + ": " + loaded.Reference + ": " + error);
            }
        }

        if (problems.Count > 0)
        {
            throw new SimulationInputException(problems);
        }

        simulation.LintScenario(manifests);
        return simulation;
    }

    /// <summary>
    /// Parts of the scenario that can have no effect are reported rather than ignored: a behaviour whose pod or
    /// container names nothing in the input, an image no container uses, an action after the horizon.
    /// </summary>
    private void LintScenario(ManifestLoadResult manifests)
    {
        var spec = Scenario.Spec ?? new ScenarioSpec();
        var pods = new List<Pod>();
        foreach (var loaded in manifests.Objects)
        {
            if (loaded.Object is Pod pod)
            {
                pods.Add(pod);
            }
        }

        foreach (var manifest in _inlineManifests)
        {
            foreach (var created in manifest.Objects)
            {
                if (created.Object is Pod pod)
                {
                    pods.Add(pod);
                }
            }
        }

        for (var i = 0; i < spec.Behaviors.Count; i++)
        {
            var behavior = spec.Behaviors[i];
            if (!pods.Exists(pod => BehaviorNames(behavior, pod)))
            {
                _warnings.Add("+0s spec.behaviors[" + i.ToString(CultureInfo.InvariantCulture) + "]: matches no container of the input's pods");
            }
        }

        for (var i = 0; i < spec.Images.Count; i++)
        {
            var image = spec.Images[i].Image;
            if (!pods.Exists(pod => UsesImage(pod, image)))
            {
                _warnings.Add("+0s spec.images[" + i.ToString(CultureInfo.InvariantCulture) + "]: no container of the input's pods uses image \"" + image + "\"");
            }
        }

        for (var i = 0; i < spec.Actions.Count; i++)
        {
            if (spec.Actions[i].At is { IsNever: false } at && at.Value > Horizon)
            {
                _warnings.Add("+0s spec.actions[" + i.ToString(CultureInfo.InvariantCulture) + "]: at " + at + " is after the scenario's until (" +
                    GoDuration.Format(Horizon) + "), so a run to the horizon does not reach it");
            }
        }
    }

    private static bool BehaviorNames(BehaviorSpec behavior, Pod pod)
    {
        var spec = pod.Spec ?? new PodSpec();
        return spec.Containers.Any(c => BehaviorResolver.Matches(behavior, pod, c.Name ?? string.Empty))
            || spec.InitContainers.Any(c => BehaviorResolver.Matches(behavior, pod, c.Name ?? string.Empty));
    }

    private static bool UsesImage(Pod pod, string? image)
    {
        var spec = pod.Spec ?? new PodSpec();
        return spec.Containers.Any(c => c.Image == image) || spec.InitContainers.Any(c => c.Image == image);
    }

    /// <summary>Creates an object now, as <c>kubectl create</c> would: defaults, validation, then it exists.</summary>
    /// <param name="obj">The object.</param>
    /// <returns>
    /// The stored object, with its UID and creation timestamp; <see langword="null"/> when admission refused it (see
    /// <see cref="Rejections"/>).
    /// </returns>
    /// <exception cref="SimulationInputException">The object is invalid or already exists.</exception>
    public KubeObject? Create(KubeObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var errors = Admit(obj, out var stored);
        return errors.Count > 0
            ? throw new SimulationInputException(errors.Select(e => ObjectReferences.Format(obj.Kind, obj.Metadata.Name) + ": " + e).ToList())
            : stored;
    }

    /// <summary>Finds a live pod.</summary>
    /// <param name="name">The pod's name.</param>
    /// <param name="ns">The pod's namespace.</param>
    /// <returns>The pod as it is now, or <see langword="null"/>.</returns>
    public Pod? GetPod(string name, string ns = "default") =>
        Cluster.Get(ObjectStore.Key("Pod", ns, name)) as Pod;

    /// <summary>Takes a snapshot of every live object at the current instant; <see cref="At"/> reads an earlier one.</summary>
    /// <returns>The snapshot.</returns>
    public ClusterSnapshot Snapshot() => new(Elapsed, Now, Cluster.Live());

    /// <summary>Deletes a pod now, as <c>kubectl delete pod</c> does.</summary>
    /// <param name="name">The pod's name.</param>
    /// <param name="ns">The pod's namespace.</param>
    /// <param name="gracePeriodSeconds">
    /// The grace period; default the pod's terminationGracePeriodSeconds (0 with <paramref name="force"/>). As kubectl
    /// does, 0 without <paramref name="force"/> is sent as 1.
    /// </param>
    /// <param name="force">
    /// Whether the delete is forced (<c>--force</c>): with a grace of 0 the object is removed at once and the kubelet
    /// still stops the containers with its minimum grace.
    /// </param>
    /// <returns>Whether the pod existed.</returns>
    public bool DeletePod(string name, string ns = "default", long? gracePeriodSeconds = null, bool force = false) =>
        DeletePod(name, ns, gracePeriodSeconds, force, DeletionPropagation.Background);

    private bool DeletePod(string name, string ns, long? gracePeriodSeconds, bool force, string propagationPolicy)
    {
        if (Cluster.Get(ObjectStore.Key("Pod", ns, name)) is not Pod)
        {
            return false;
        }

        // kubectl's delete (staging/src/k8s.io/kubectl/pkg/cmd/delete/delete.go): --force defaults the grace to 0, and
        // --grace-period=0 without --force becomes 1 so that a plain delete never skips the kubelet's confirmation.
        var grace = force ? gracePeriodSeconds ?? 0 : gracePeriodSeconds == 0 ? 1 : gracePeriodSeconds;
        Api.Delete("Pod", ns, name, new DeleteOptions(grace, propagationPolicy));
        return true;
    }

    /// <summary>
    /// Evicts a pod now through the eviction subresource, as <c>kubectl drain</c> does: the PodDisruptionBudget that
    /// selects it may refuse; else the pod gets <c>DisruptionTarget=True</c> (EvictionByEvictionAPI) and is deleted
    /// gracefully.
    /// </summary>
    /// <param name="name">The pod's name.</param>
    /// <param name="ns">The pod's namespace.</param>
    /// <param name="gracePeriodSeconds">The grace period; default the pod's terminationGracePeriodSeconds.</param>
    /// <exception cref="ApiStatusException">
    /// The API server refused: NotFound (unlike <see cref="DeletePod(string, string, long?, bool)"/>, which answers false,
    /// since an eviction's refusal is what a caller asks about), TooManyRequests (<c>Cannot evict pod as it would violate the pod's disruption
    /// budget.</c>, the budget's words in <see cref="ApiStatusException.OtherCauses"/>), InternalError when two
    /// budgets select the pod.
    /// </exception>
    public void EvictPod(string name, string ns = "default", long? gracePeriodSeconds = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        Api.Evict(ns, name, new DeleteOptions(gracePeriodSeconds));
    }

    /// <summary>Kills a container's process now as the kernel does (exit 137, no preStop, no grace).</summary>
    /// <param name="pod">The pod's name.</param>
    /// <param name="container">The container's name.</param>
    /// <param name="reason">The termination reason; default <c>OOMKilled</c>.</param>
    /// <param name="ns">The pod's namespace.</param>
    /// <returns>Whether the pod existed.</returns>
    public bool KillContainer(string pod, string container, string? reason = null, string ns = "default")
    {
        if (Cluster.Get(ObjectStore.Key("Pod", ns, pod)) is not Pod stored)
        {
            return false;
        }

        var problem = Kubelets.WorkerFor(ns, pod) is { } worker
            ? worker.KernelKill(container, reason ?? "OOMKilled")
            : "container \"" + container + "\" " + (HasContainer(stored, container) ? "is not running" : "not found in pod");
        if (problem is not null)
        {
            ActionProblem(_actionPath ?? "kill " + ns + "/" + pod, problem);
        }

        return true;
    }

    private static bool HasContainer(Pod pod, string name) =>
        pod.Spec!.Containers.Any(c => c.Name == name) || pod.Spec.InitContainers.Any(c => c.Name == name);

    private static SourceLocation Locate(LoadedObject loaded, FieldError error) =>
        error.Field.Length > 0 ? loaded.LocateField(error.Field) : loaded.Location;

    /// <summary>
    /// Creates an object through the API server, then starts what reacts to it at once: a pod's worker. Invalid
    /// objects come back as field errors (located by the caller); a create an admission plugin refuses is recorded in
    /// <see cref="Rejections"/>, as a cluster simply never has the object.
    /// </summary>
    private List<FieldError> Admit(KubeObject input, out KubeObject? stored)
    {
        stored = null;
        try
        {
            stored = CreateObject(input);
        }
        catch (ApiStatusException e) when (e.AdmissionPlugin is { } plugin)
        {
            var meta = input.Metadata;
            _rejections.Add(new Rejection(Elapsed, input.Kind ?? string.Empty, meta?.Namespace ?? "default", meta?.Name, plugin, e.Message));
            return [];
        }
        catch (ApiStatusException e) when (e.Causes.Count > 0)
        {
            return [.. e.Causes];
        }

        return [];
    }

    /// <summary>
    /// Creates an object through the API server; the components react from their watches. Refusals are the API
    /// server's <see cref="ApiStatusException"/>s.
    /// </summary>
    /// <returns>The object as stored now (outside a piece of work, the scheduler may have written its status already).</returns>
    internal KubeObject CreateObject(KubeObject input)
    {
        var stored = Api.Create(input);
        stored = Cluster.Get(ObjectStore.KeyOf(stored)) ?? stored;
        var created = stored.Metadata!;
        if (stored is Deployment or ReplicaSet or StatefulSet or DaemonSet or Job or CronJob or ReplicationController)
        {
            // Say so rather than leave the user wondering where the pods are.
            _warnings.Add("+" + GoDuration.Format(Elapsed) + " " + stored.Kind + "/" + created.Name +
                ": workload controllers are not simulated yet, so no pods are created from its template");
        }

        SimulationLog.ObjectCreated(_logger, Elapsed, stored.Kind, created.Namespace, created.Name, created.Uid);
        return stored;
    }

    /// <summary>
    /// The facade's own watches: a ConfigMap or Secret (added, changed or removed) may be what a container is waiting
    /// for, so the kubelets sync the pods of its namespace; and the deletion of a pod no kubelet runs yet (unbound) is
    /// recorded here, as a kubelet records it for its own pods.
    /// </summary>
    private void WatchCluster()
    {
        Cluster.Watch("Pod", Cluster.ResourceVersion, change =>
        {
            if (change.Object is not Pod { Spec.NodeName: null or "" } pod)
            {
                return;
            }

            var name = "Pod/" + pod.Metadata.Namespace + "/" + pod.Metadata.Name;
            if (change is { Type: WatchEventType.Modified, OldObject: Pod { Metadata: var was } }
                && pod.Metadata.DeletionTimestamp is { } deleted
                && was?.DeletionTimestamp != deleted)
            {
                RecordTransition(name, "metadata.deletionTimestamp", was?.DeletionTimestamp is { } before ? Stamp(before) : null, Stamp(deleted));
            }
            else if (change.Type == WatchEventType.Deleted)
            {
                RecordTransition(name, "metadata", "present", "deleted");
            }
        });
        Cluster.Watch("ConfigMap", Cluster.ResourceVersion, change => Kubelets.ConfigurationChanged(change.Object.Metadata.Namespace));
        Cluster.Watch("Secret", Cluster.ResourceVersion, change => Kubelets.ConfigurationChanged(change.Object.Metadata.Namespace));
    }

    private static string Stamp(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// What a pod's containers can read now, as the simulated kubelet reads it: the ConfigMaps, Secrets and Services
    /// of its namespace in creation order and the Node it is bound to (for downward-API defaults and host IPs).
    /// </summary>
    /// <param name="pod">The pod.</param>
    /// <returns>The sources for <see cref="Configuration.ContainerConfigurator"/>.</returns>
    public Configuration.ConfigurationSources ConfigurationSourcesFor(Pod pod)
    {
        ArgumentNullException.ThrowIfNull(pod);
        var ns = pod.Metadata.Namespace;
        return new Configuration.ConfigurationSources
        {
            ConfigMaps = InNamespace<ConfigMap>(ns),
            Secrets = InNamespace<Secret>(ns),
            Services = InNamespace<Service>(ns),
            Node = NodeObject(pod.Spec?.NodeName),
        };
    }

    /// <summary>
    /// The image configuration the scenario's <c>images[]</c> gives (entrypoint, cmd, user, working directory), or
    /// <see langword="null"/> when it gives none of them for the image.
    /// </summary>
    /// <param name="image">The image reference as the container names it.</param>
    /// <returns>The configuration, or null.</returns>
    public Configuration.ImageConfig? ImageConfigFor(string? image)
    {
        foreach (var spec in (Scenario.Spec ?? new ScenarioSpec()).Images)
        {
            if (spec.Image == image && (spec.Entrypoint.Count > 0 || spec.Cmd.Count > 0 || spec.User is not null || spec.WorkingDir is not null))
            {
                return spec.ToImageConfig();
            }
        }

        return null;
    }

    /// <summary>The kubelet's oom_score_adj for a container of a bound pod, from its QoS class and the node's memory capacity.</summary>
    /// <param name="pod">The pod.</param>
    /// <param name="container">The container.</param>
    /// <returns>The value, or null when the node or its memory capacity is unknown.</returns>
    public int? OomScoreAdjustFor(Pod pod, Container container)
    {
        ArgumentNullException.ThrowIfNull(pod);
        ArgumentNullException.ThrowIfNull(container);
        return NodeObject(pod.Spec?.NodeName)?.Status?.Capacity.TryGetValue(ResourceNames.Memory, out var memory) == true
            ? Qos.OomScoreRules.ContainerOomScoreAdjust(pod.Spec!, container, (long)memory.Value())
            : null;
    }

    private Node? NodeObject(string? name)
    {
        foreach (var n in Cluster.Live<Node>())
        {
            if (n.Metadata.Name == name)
            {
                return n;
            }
        }

        return null;
    }

    private List<T> InNamespace<T>(string? ns)
        where T : KubeObject
    {
        var all = Cluster.Live<T>();
        all.RemoveAll(o => o.Metadata.Namespace != ns);
        return all;
    }

    /// <summary>
    /// Queues the scenario's actions; the manifests of <c>create</c> and <c>apply</c> are parsed here, once, and the
    /// action uses the parsed objects when it runs.
    /// </summary>
    private void ScheduleActions(ScenarioSpec spec)
    {
        for (var i = 0; i < spec.Actions.Count; i++)
        {
            var action = spec.Actions[i];
            var path = "spec.actions[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            var at = action.At is { IsNever: false } a ? a.Value : TimeSpan.Zero;
            ManifestLoadResult? manifest = null;
            if ((action.Create?.Manifest ?? action.Apply?.Manifest) is { } text)
            {
                manifest = new ManifestLoader().LoadString(text, path + (action.Create is null ? ".apply" : ".create") + ".manifest");
                _inlineManifests.Add(manifest);
            }

            Enqueue(at, WorkTier.Action, () => RunAction(action, path, manifest));
        }
    }

    private void RunAction(ActionSpec action, string path, ManifestLoadResult? manifest)
    {
        if (action.Delete is { } delete)
        {
            RunDelete(delete, path + ".delete");
        }
        else if (action.Evict is { } evict)
        {
            try
            {
                EvictPod(evict.Pod ?? string.Empty, evict.Namespace ?? "default", evict.GracePeriodSeconds);
            }
            catch (ApiStatusException e)
            {
                ActionProblem(path + ".evict", "Error from server (" + e.Reason + "): " + e.Message +
                    (e.OtherCauses.Count > 0 ? " (" + string.Join("; ", e.OtherCauses) + ")" : string.Empty));
            }
        }
        else if (action.Kill is { } kill)
        {
            _actionPath = path + ".kill";
            var found = KillContainer(kill.Pod ?? string.Empty, kill.Container ?? string.Empty, kill.Reason, kill.Namespace ?? "default");
            _actionPath = null;
            if (!found)
            {
                ActionProblem(path + ".kill", "pod \"" + (kill.Namespace ?? "default") + "/" + kill.Pod + "\" not found");
            }
        }
        else if (manifest is not null)
        {
            var at = path + (action.Create is null ? ".apply" : ".create");
            foreach (var diagnostic in manifest.Diagnostics)
            {
                ActionProblem(at, diagnostic.ToString());
            }

            foreach (var item in manifest.Objects)
            {
                var errors = action.Create is null ? Apply(item.Object, at, item.Reference) : Admit(item.Object, out _);
                foreach (var error in errors)
                {
                    ActionProblem(at, item.Reference + ": " + error);
                }
            }
        }
    }

    /// <summary>
    /// <c>kubectl apply</c> of one object: created when it does not exist, else the manifest's fields laid over the
    /// live object and written as an update (whose validation may refuse it, as the API server would).
    /// </summary>
    private List<FieldError> Apply(KubeObject applied, string path, string reference)
    {
        var meta = applied.Metadata ?? new ObjectMeta();
        var ns = ApiResources.IsNamespaced(applied.Kind) ? meta.Namespace ?? "default" : null;
        if (Cluster.Get(ObjectStore.Key(applied.Kind ?? string.Empty, ns, meta.Name)) is not { } live)
        {
            return Admit(applied, out _);
        }

        try
        {
            Api.Update(Manifests.ApplyMerge.Merge(live, applied));
        }
        catch (ApiStatusException e)
        {
            ActionProblem(path, reference + ": " + e.Message);
        }
        catch (ArgumentException e)
        {
            ActionProblem(path, reference + ": " + e.Message);
        }

        return [];
    }

    /// <summary>
    /// The generalised delete: a pod as <c>kubectl delete pod</c> does it; any other kind through the API server's
    /// DELETE, with the propagation policy the garbage collector then follows for its dependents.
    /// </summary>
    private void RunDelete(DeleteActionSpec delete, string path)
    {
        var kind = string.IsNullOrEmpty(delete.Pod) ? delete.Kind ?? string.Empty : "Pod";
        var name = string.IsNullOrEmpty(delete.Pod) ? delete.Name ?? string.Empty : delete.Pod;
        var ns = delete.Namespace ?? "default";
        if (kind == "Pod")
        {
            if (!DeletePod(name, ns, delete.GracePeriodSeconds, delete.Force == true, delete.PropagationPolicy ?? DeletionPropagation.Background))
            {
                ActionProblem(path, "pod \"" + ns + "/" + name + "\" not found");
            }

            return;
        }

        try
        {
            // kubectl always sends a propagation policy: --cascade=background unless told otherwise.
            Api.Delete(kind, ns, name, new DeleteOptions(delete.GracePeriodSeconds, delete.PropagationPolicy ?? DeletionPropagation.Background));
        }
        catch (ApiStatusException e)
        {
            ActionProblem(path, e.Message);
        }
    }

    private void ActionProblem(string path, string problem)
    {
        var offset = GoDuration.Format(Elapsed);
        _warnings.Add("+" + offset + " " + path + ": " + problem);
        SimulationLog.ActionFailed(_logger, Elapsed, path, problem);
    }

}
