using PodSim.Model;
using PodSim.Scenarios;

namespace PodSim.Validation;

/// <summary>
/// Validation of PodSim <see cref="Scenario"/> objects, reporting errors with Kubernetes field paths and messages, such as
/// <c>spec.behaviors[0].exitAfter: Invalid value: "-5s": must be greater than or equal to 0</c>. Every error is
/// collected, in field order.
/// </summary>
internal static class ScenarioValidation
{
    private const string Success = "Success";
    private const string Failure = "Failure";
    private const string Always = "always";
    private const string NonNegative = "must be greater than or equal to 0";
    private const string Positive = "must be greater than 0";
    private const string NeverOnlyForStopAfter = "may only be used for stopAfter";

    /// <summary>
    /// Validates a scenario: the optional <c>metadata.name</c> (a DNS-1123 subdomain when set), durations (never negative;
    /// <c>never</c> only for <c>stopAfter</c>), <c>until</c>, kubelet back-off curves, images, behaviours with their probe
    /// windows, memory and runs, and actions.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The errors, empty when the scenario is valid.</returns>
    public static IReadOnlyList<FieldError> Validate(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var errs = new List<FieldError>();
        var name = scenario.Metadata.Name ?? string.Empty;
        if (name.Length != 0)
        {
            VolumeValidation.AddInvalid(errs, FieldPath.New("metadata").Child("name"), name, NameValidation.IsDns1123Subdomain(name));
        }

        if (scenario.Spec is not { } spec)
        {
            return errs;
        }

        var specPath = FieldPath.New("spec");
        if (spec.Until is { } until)
        {
            var untilPath = specPath.Child("until");
            if (until.IsNever)
            {
                errs.Add(FieldError.Invalid(untilPath, until.ToString(), NeverOnlyForStopAfter));
            }
            else if (until.Value <= TimeSpan.Zero)
            {
                errs.Add(FieldError.Invalid(untilPath, until.ToString(), Positive));
            }
        }

        ValidateReachable(errs, spec, specPath);
        if (spec.WorkBudget is <= 0)
        {
            errs.Add(FieldError.Invalid(specPath.Child("workBudget"), spec.WorkBudget.Value, Positive));
        }

        if (spec.Latency is { } latency)
        {
            var latencyPath = specPath.Child("latency");
            ValidateDuration(errs, latency.Scheduling, latencyPath.Child("scheduling"));
            ValidateDuration(errs, latency.Sandbox, latencyPath.Child("sandbox"));
            ValidateDuration(errs, latency.ContainerStart, latencyPath.Child("containerStart"));
        }

        if (spec.Kubelet is { } kubelet)
        {
            var kubeletPath = specPath.Child("kubelet");
            ValidateBackOff(errs, kubelet.CrashLoopBackOff, kubeletPath.Child("crashLoopBackOff"));
            ValidateBackOff(errs, kubelet.ImagePullBackOff, kubeletPath.Child("imagePullBackOff"));
        }

        ValidateImages(errs, spec.Images, specPath.Child("images"));
        for (var i = 0; i < spec.Behaviors.Count; i++)
        {
            ValidateBehavior(errs, spec.Behaviors[i], specPath.Child("behaviors").Index(i));
        }

        for (var i = 0; i < spec.Actions.Count; i++)
        {
            ValidateAction(errs, spec.Actions[i], specPath.Child("actions").Index(i));
        }

        return errs;
    }

    /// <summary>
    /// The run must end at a time a timestamp can hold: startTime plus until (10m when omitted) no later than
    /// 9999-12-31T23:59:59Z.
    /// </summary>
    private static void ValidateReachable(List<FieldError> errs, ScenarioSpec spec, FieldPath specPath)
    {
        var start = spec.StartTime ?? ScenarioSpec.DefaultStartTime;
        var until = spec.Until is { IsNever: false } u && u.Value > TimeSpan.Zero ? u.Value : ScenarioSpec.DefaultUntil;
        if (until <= ScenarioSpec.LatestTime - start)
        {
            return;
        }

        const string Detail = "the run would end after 9999-12-31T23:59:59Z, the latest time a timestamp can hold";
        errs.Add(spec.Until is { } given
            ? FieldError.Invalid(specPath.Child("until"), given.ToString(), Detail + " (startTime is " + Rfc3339(start) + ")")
            : FieldError.Invalid(specPath.Child("startTime"), Rfc3339(start), Detail + " (with the default until of 10m0s)"));
    }

    private static string Rfc3339(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static bool ValidateDuration(List<FieldError> errs, GoDuration? duration, FieldPath path, bool allowNever = false)
    {
        if (duration is not { } d)
        {
            return true;
        }

        if (d.IsNever)
        {
            if (allowNever)
            {
                return true;
            }

            errs.Add(FieldError.Invalid(path, d.ToString(), NeverOnlyForStopAfter));
            return false;
        }

        if (d.Value < TimeSpan.Zero)
        {
            errs.Add(FieldError.Invalid(path, d.ToString(), NonNegative));
            return false;
        }

        return true;
    }

    private static void ValidateBackOff(List<FieldError> errs, BackOffSpec? backOff, FieldPath path)
    {
        if (backOff is null)
        {
            return;
        }

        var initialOk = ValidatePositiveDuration(errs, backOff.Initial, path.Child("initial"));
        var maxOk = ValidatePositiveDuration(errs, backOff.Max, path.Child("max"));

        // Compare the effective values: an omitted side is the kubelet default (10s initial, 5m max).
        var initial = backOff.Initial is { IsNever: false } i ? i.Value : TimeSpan.FromSeconds(10);
        var max = backOff.Max is { IsNever: false } m ? m.Value : TimeSpan.FromMinutes(5);
        if (initialOk && maxOk && max < initial)
        {
            errs.Add(backOff.Max is { } given
                ? FieldError.Invalid(path.Child("max"), given.ToString(), "must be greater than or equal to initial (" + GoDuration.Format(initial) + ")")
                : FieldError.Invalid(path.Child("initial"), backOff.Initial!.Value.ToString(), "must be less than or equal to max (" + GoDuration.Format(max) + ")"));
        }
    }

    private static bool ValidatePositiveDuration(List<FieldError> errs, GoDuration? duration, FieldPath path)
    {
        if (duration is not { } d)
        {
            return true;
        }

        if (d.IsNever)
        {
            errs.Add(FieldError.Invalid(path, d.ToString(), NeverOnlyForStopAfter));
            return false;
        }

        if (d.Value <= TimeSpan.Zero)
        {
            errs.Add(FieldError.Invalid(path, d.ToString(), Positive));
            return false;
        }

        return true;
    }

    private static void ValidateImages(List<FieldError> errs, IReadOnlyList<ImageSpec> images, FieldPath path)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < images.Count; i++)
        {
            var image = images[i];
            var imagePath = path.Index(i);
            if (string.IsNullOrEmpty(image.Image))
            {
                errs.Add(FieldError.Required(imagePath.Child("image")));
            }
            else if (!seen.Add(image.Image))
            {
                errs.Add(FieldError.Duplicate(imagePath.Child("image"), image.Image));
            }

            ValidateDuration(errs, image.PullDuration, imagePath.Child("pullDuration"));
            if (image.FailPulls is { } failPulls)
            {
                if (failPulls.IsInt)
                {
                    if (failPulls.IntValue < 0)
                    {
                        errs.Add(FieldError.Invalid(imagePath.Child("failPulls"), failPulls.IntValue, NonNegative));
                    }
                }
                else if (failPulls.StringValue != Always)
                {
                    errs.Add(FieldError.NotSupported(imagePath.Child("failPulls"), failPulls.StringValue, Always));
                }
            }

            ValidateQuantity(errs, image.Size, imagePath.Child("size"));
        }
    }

    private static void ValidateQuantity(List<FieldError> errs, Quantity? quantity, FieldPath path)
    {
        if (quantity is { Sign: < 0 } q)
        {
            errs.Add(FieldError.Invalid(path, q.ToString(), NonNegative));
        }
    }

    private static void ValidateBehavior(List<FieldError> errs, BehaviorSpec behavior, FieldPath path)
    {
        if (behavior.Pod is not null && behavior.PodSelector is not null)
        {
            errs.Add(FieldError.Forbidden(path.Child("pod"), "may not be set together with podSelector"));
        }

        errs.AddRange(LabelValidation.ValidateLabelSelector(behavior.PodSelector, path.Child("podSelector")));
        ValidateProcess(
            errs,
            path,
            new RunSpec
            {
                ExitAfter = behavior.ExitAfter,
                ExitCode = behavior.ExitCode,
                ReadyAfter = behavior.ReadyAfter,
                StopAfter = behavior.StopAfter,
                SigtermExitCode = behavior.SigtermExitCode,
                PostStart = behavior.PostStart,
                PreStop = behavior.PreStop,
                Memory = behavior.Memory,
            });

        if (behavior.Probes is { } probes)
        {
            var probesPath = path.Child("probes");
            ValidateWindows(errs, probes.Liveness, probesPath.Child("liveness"));
            ValidateWindows(errs, probes.Readiness, probesPath.Child("readiness"));
            ValidateWindows(errs, probes.Startup, probesPath.Child("startup"));
        }

        for (var j = 0; j < behavior.Runs.Count; j++)
        {
            ValidateProcess(errs, path.Child("runs").Index(j), behavior.Runs[j]);
        }
    }

    /// <summary>Validates the fields a behaviour shares with its runs, in declaration order.</summary>
    private static void ValidateProcess(List<FieldError> errs, FieldPath path, RunSpec run)
    {
        ValidateDuration(errs, run.ExitAfter, path.Child("exitAfter"));
        ValidateExitCode(errs, run.ExitCode, path.Child("exitCode"));
        ValidateDuration(errs, run.ReadyAfter, path.Child("readyAfter"));
        ValidateDuration(errs, run.StopAfter, path.Child("stopAfter"), allowNever: true);
        ValidateExitCode(errs, run.SigtermExitCode, path.Child("sigtermExitCode"));
        ValidateHook(errs, run.PostStart, path.Child("postStart"));
        ValidateHook(errs, run.PreStop, path.Child("preStop"));
        ValidateMemory(errs, run.Memory, path.Child("memory"));
    }

    private static void ValidateExitCode(List<FieldError> errs, int? code, FieldPath path)
    {
        if (code is { } c && c is < 0 or > 255)
        {
            errs.Add(FieldError.Invalid(path, c, NameValidation.InclusiveRangeError(0, 255)));
        }
    }

    private static void ValidateHook(List<FieldError> errs, HookSpec? hook, FieldPath path)
    {
        if (hook is null)
        {
            return;
        }

        ValidateDuration(errs, hook.Duration, path.Child("duration"));
        if (hook.Result is { } result && result is not (Success or Failure))
        {
            errs.Add(FieldError.NotSupported(path.Child("result"), result, Success, Failure));
        }
    }

    private static void ValidateMemory(List<FieldError> errs, MemorySpec? memory, FieldPath path)
    {
        if (memory is null)
        {
            return;
        }

        ValidateQuantity(errs, memory.Initial, path.Child("initial"));
        ValidateQuantity(errs, memory.GrowthPerSecond, path.Child("growthPerSecond"));
        for (var k = 0; k < memory.Steps.Count; k++)
        {
            var stepPath = path.Child("steps").Index(k);
            if (memory.Steps[k].At is null)
            {
                errs.Add(FieldError.Required(stepPath.Child("at")));
            }

            if (memory.Steps[k].Usage is null)
            {
                errs.Add(FieldError.Required(stepPath.Child("usage")));
            }

            ValidateDuration(errs, memory.Steps[k].At, stepPath.Child("at"));
            ValidateQuantity(errs, memory.Steps[k].Usage, stepPath.Child("usage"));
        }
    }

    private static void ValidateWindows(List<FieldError> errs, IReadOnlyList<ProbeWindowSpec> windows, FieldPath path)
    {
        for (var w = 0; w < windows.Count; w++)
        {
            var window = windows[w];
            var windowPath = path.Index(w);
            var fromOk = ValidateDuration(errs, window.From, windowPath.Child("from"));
            var toOk = ValidateDuration(errs, window.To, windowPath.Child("to"));
            if (fromOk && toOk && window.From is { } from && window.To is { } to && to.Value <= from.Value)
            {
                errs.Add(FieldError.Invalid(windowPath.Child("to"), to.ToString(), "must be greater than from"));
            }

            if (string.IsNullOrEmpty(window.Result))
            {
                errs.Add(FieldError.Required(windowPath.Child("result")));
            }
            else if (window.Result is not (Success or Failure))
            {
                errs.Add(FieldError.NotSupported(windowPath.Child("result"), window.Result, Success, Failure));
            }

            ValidateDuration(errs, window.Latency, windowPath.Child("latency"));
        }
    }

    private static void ValidateAction(List<FieldError> errs, ActionSpec action, FieldPath path)
    {
        if (action.At is null)
        {
            errs.Add(FieldError.Required(path.Child("at")));
        }
        else
        {
            ValidateDuration(errs, action.At, path.Child("at"));
        }

        var count = (action.Delete is null ? 0 : 1) + (action.Kill is null ? 0 : 1) + (action.Create is null ? 0 : 1) + (action.Apply is null ? 0 : 1) + (action.Evict is null ? 0 : 1);
        if (count == 0)
        {
            errs.Add(FieldError.Required(path, "must specify one of: delete, kill, create, apply, evict"));
        }
        else if (count > 1)
        {
            errs.Add(FieldError.Forbidden(path, "may not specify more than one action"));
        }

        if (action.Delete is { } delete)
        {
            var deletePath = path.Child("delete");
            if (!string.IsNullOrEmpty(delete.Pod))
            {
                if (delete.Kind is not (null or "Pod"))
                {
                    errs.Add(FieldError.Forbidden(deletePath.Child("kind"), "may not be given with pod, which means kind Pod"));
                }

                if (delete.Name is not null)
                {
                    errs.Add(FieldError.Forbidden(deletePath.Child("name"), "may not be given with pod"));
                }
            }
            else
            {
                if (string.IsNullOrEmpty(delete.Kind))
                {
                    errs.Add(FieldError.Required(deletePath.Child("kind"), "or pod"));
                }
                else if (ApiResources.ForKind(delete.Kind) is null)
                {
                    errs.Add(FieldError.NotSupported(deletePath.Child("kind"), delete.Kind, ApiResources.All.Select(r => r.Kind).ToArray()));
                }

                if (string.IsNullOrEmpty(delete.Name))
                {
                    errs.Add(FieldError.Required(deletePath.Child("name")));
                }
            }

            if (delete.PropagationPolicy is not (null or "Background" or "Foreground" or "Orphan"))
            {
                errs.Add(FieldError.NotSupported(deletePath.Child("propagationPolicy"), delete.PropagationPolicy, ["Background", "Foreground", "Orphan"]));
            }

            if (delete.GracePeriodSeconds is < 0)
            {
                errs.Add(FieldError.Invalid(deletePath.Child("gracePeriodSeconds"), delete.GracePeriodSeconds.Value, NonNegative));
            }
        }

        if (action.Evict is { } evict)
        {
            var evictPath = path.Child("evict");
            if (string.IsNullOrEmpty(evict.Pod))
            {
                errs.Add(FieldError.Required(evictPath.Child("pod")));
            }

            if (evict.GracePeriodSeconds is < 0)
            {
                errs.Add(FieldError.Invalid(evictPath.Child("gracePeriodSeconds"), evict.GracePeriodSeconds.Value, NonNegative));
            }
        }

        if (action.Kill is { } kill)
        {
            var killPath = path.Child("kill");
            if (string.IsNullOrEmpty(kill.Pod))
            {
                errs.Add(FieldError.Required(killPath.Child("pod")));
            }

            if (string.IsNullOrEmpty(kill.Container))
            {
                errs.Add(FieldError.Required(killPath.Child("container")));
            }

            if (kill.Reason is { Length: 0 })
            {
                errs.Add(FieldError.Invalid(killPath.Child("reason"), kill.Reason, NameValidation.EmptyError));
            }
        }

        if (action.Create is { } create && string.IsNullOrWhiteSpace(create.Manifest))
        {
            errs.Add(FieldError.Required(path.Child("create", "manifest")));
        }
        else if (action.Create?.Manifest is { } manifest)
        {
            ValidateInlineManifest(errs, manifest, path.Child("create", "manifest"));
        }

        if (action.Apply is { } apply && string.IsNullOrWhiteSpace(apply.Manifest))
        {
            errs.Add(FieldError.Required(path.Child("apply", "manifest")));
        }
        else if (action.Apply?.Manifest is { } applied)
        {
            ValidateInlineManifest(errs, applied, path.Child("apply", "manifest"));
        }
    }

    /// <summary>
    /// An inline manifest is loaded, defaulted and validated now, so that its problems show at validation time and
    /// not only when the action runs.
    /// </summary>
    private static void ValidateInlineManifest(List<FieldError> errs, string manifest, FieldPath path)
    {
        var loaded = new Manifests.ManifestLoader().LoadString(manifest, path.ToString());
        foreach (var diagnostic in loaded.Errors)
        {
            errs.Add(FieldError.Invalid(path, "...", diagnostic.Message));
        }

        foreach (var item in loaded.Objects)
        {
            if (item.Object is Scenario)
            {
                errs.Add(FieldError.Invalid(path, "...", "a Scenario cannot be created by an action"));
                continue;
            }

            foreach (var error in ObjectValidator.ValidateDefaulted(Defaulting.ApiDefaults.Apply(item.Object)))
            {
                errs.Add(FieldError.Invalid(path, "...", item.Reference + ": " + error));
            }
        }
    }
}
