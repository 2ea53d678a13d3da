using PodSim.Model;
using PodSim.Scenarios;

namespace PodSim.Kubelet;

/// <summary>
/// Resolves the scenario's behaviours for one container: every matching behaviour applies in list order (the last
/// one wins field by field), then the run's entry in <c>runs</c> (the last entry repeats) overrides them.
/// </summary>
internal static class BehaviorResolver
{
    /// <summary>Resolves the behaviour of run <paramref name="run"/> (1-based) of a container.</summary>
    public static ProcessBehavior Resolve(IReadOnlyList<BehaviorSpec> behaviors, Pod pod, string container, int run)
    {
        var result = ProcessBehavior.Default;
        IReadOnlyList<RunSpec>? runs = null;
        for (var i = 0; i < behaviors.Count; i++)
        {
            var b = behaviors[i];
            if (!Matches(b, pod, container))
            {
                continue;
            }

            result = Overlay(result, b.ExitAfter, b.ExitCode, b.ReadyAfter, b.StopAfter, b.SigtermExitCode, b.PostStart, b.PreStop, b.TerminationMessage, b.Memory) with
            {
                Probes = b.Probes ?? result.Probes,
            };
            if (b.Runs.Count > 0)
            {
                runs = b.Runs;
            }
        }

        if (runs is null)
        {
            return result;
        }

        var r = runs[Math.Min(run, runs.Count) - 1];
        return Overlay(result, r.ExitAfter, r.ExitCode, r.ReadyAfter, r.StopAfter, r.SigtermExitCode, r.PostStart, r.PreStop, r.TerminationMessage, r.Memory);
    }

    /// <summary>Overrides the fields a behaviour or run sets; <c>never</c> durations mean "no exit" / "ignores SIGTERM".</summary>
    private static ProcessBehavior Overlay(
        ProcessBehavior result,
        GoDuration? exitAfter,
        int? exitCode,
        GoDuration? readyAfter,
        GoDuration? stopAfter,
        int? sigtermExitCode,
        HookSpec? postStart,
        HookSpec? preStop,
        string? terminationMessage,
        MemorySpec? memory) => result with
        {
            ExitAfter = exitAfter is { } exit ? (exit.IsNever ? null : exit.Value) : result.ExitAfter,
            ExitCode = exitCode ?? result.ExitCode,
            ReadyAfter = readyAfter is { } ready ? (ready.IsNever ? TimeSpan.MaxValue : ready.Value) : result.ReadyAfter,
            StopAfter = stopAfter is { } stop ? (stop.IsNever ? null : stop.Value) : result.StopAfter,
            SigtermExitCode = sigtermExitCode ?? result.SigtermExitCode,
            PostStartDuration = postStart?.Duration is { IsNever: false } ps ? ps.Value : result.PostStartDuration,
            PostStartFails = postStart?.Result is { } postResult ? IsFailure(postResult) : result.PostStartFails,
            PreStopDuration = preStop?.Duration is { IsNever: false } pre ? pre.Value : result.PreStopDuration,
            PreStopFails = preStop?.Result is { } preResult ? IsFailure(preResult) : result.PreStopFails,
            TerminationMessage = terminationMessage ?? result.TerminationMessage,
            Memory = memory ?? result.Memory,
        };

    private static bool IsFailure(string? result) => string.Equals(result, "Failure", StringComparison.Ordinal);

    /// <summary>Whether a behaviour applies to a container of a pod (its pod name or selector, and container name).</summary>
    public static bool Matches(BehaviorSpec behavior, Pod pod, string container)
    {
        if (behavior.Container is not null && !string.Equals(behavior.Container, container, StringComparison.Ordinal))
        {
            return false;
        }

        if (behavior.Pod is not null && !string.Equals(behavior.Pod, pod.Metadata.Name, StringComparison.Ordinal))
        {
            return false;
        }

        return behavior.PodSelector is null || behavior.PodSelector.Matches(pod.Metadata.Labels ?? EmptyMap.Strings);
    }
}
