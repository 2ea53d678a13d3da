using System.Globalization;
using System.Text;
using FluentAssertions;
using FluentAssertions.Primitives;
using PodSim.Model;

namespace PodSim.Testing;

/// <summary>Assertions on a pod object as it is now; from <c>pod.Should()</c>. A failure prints the pod's status.</summary>
public sealed class PodAssertions : ReferenceTypeAssertions<Pod, PodAssertions>
{
    internal PodAssertions(Pod subject)
        : base(subject)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "pod";

    private string Name => "pod " + Subject.Metadata?.Namespace + "/" + Subject.Metadata?.Name;

    /// <summary>Asserts the pod's phase.</summary>
    /// <param name="phase">The phase, such as <c>Running</c>.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The assertions, for more.</returns>
    public AndConstraint<PodAssertions> BeInPhase(string phase, string because = "", params object[] becauseArgs)
    {
        ArgumentException.ThrowIfNullOrEmpty(phase);
        if (NotNull(because, becauseArgs) && Subject.Status?.Phase != phase)
        {
            Fail(Name + " to be in phase " + phase, "it is in phase " + (Subject.Status?.Phase ?? "<none>"), because, becauseArgs);
        }

        return new AndConstraint<PodAssertions>(this);
    }

    /// <summary>Asserts the status of one of the pod's conditions: <c>HaveCondition("Ready", "True")</c>.</summary>
    /// <param name="type">The condition type.</param>
    /// <param name="status"><c>True</c>, <c>False</c> or <c>Unknown</c>.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The assertions, for more.</returns>
    public AndConstraint<PodAssertions> HaveCondition(string type, string status, string because = "", params object[] becauseArgs)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        ArgumentException.ThrowIfNullOrEmpty(status);
        if (NotNull(because, becauseArgs))
        {
            var condition = Subject.Status?.Conditions.FirstOrDefault(c => c.Type == type);
            if (condition?.Status != status)
            {
                var actual = condition is null ? "it has no " + type + " condition" : "it is " + type + "=" + condition.Status + Reason(condition);
                Fail(Name + " to have condition " + type + "=" + status, actual, because, becauseArgs);
            }
        }

        return new AndConstraint<PodAssertions>(this);
    }

    /// <summary>Asserts that the pod's Ready condition is True.</summary>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The assertions, for more.</returns>
    public AndConstraint<PodAssertions> BeReady(string because = "", params object[] becauseArgs) =>
        HaveCondition(PodConditionTypes.Ready, ConditionStatuses.True, because, becauseArgs);

    /// <summary>Asserts that the pod's Ready condition is not True.</summary>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The assertions, for more.</returns>
    public AndConstraint<PodAssertions> NotBeReady(string because = "", params object[] becauseArgs)
    {
        if (NotNull(because, becauseArgs) && Subject.Status?.Conditions.FirstOrDefault(c => c.Type == PodConditionTypes.Ready)?.Status == ConditionStatuses.True)
        {
            Fail(Name + " not to be Ready", "it is Ready", because, becauseArgs);
        }

        return new AndConstraint<PodAssertions>(this);
    }

    /// <summary>
    /// Asserts a container's state: <c>Running</c>, <c>Waiting(CrashLoopBackOff)</c>, <c>Terminated(Error, exitCode=1)</c>,
    /// or less of it (<c>Terminated(Error)</c>, <c>Waiting</c>).
    /// </summary>
    /// <param name="container">The container's (or init container's) name.</param>
    /// <param name="state">The state, as the transition log writes it, parts left out matching anything.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The assertions, for more.</returns>
    public AndConstraint<PodAssertions> HaveContainerState(string container, string state, string because = "", params object[] becauseArgs)
    {
        ArgumentException.ThrowIfNullOrEmpty(container);
        var pattern = StatePattern.Parse(state);
        if (NotNull(because, becauseArgs))
        {
            var status = Statuses().FirstOrDefault(s => s.Name == container);
            var actual = status is null ? null : ContainerStateValue.FromModel(status.State);
            if (!StatePattern.Matches(pattern, actual))
            {
                Fail("container " + container + " of " + Name + " to be " + StatePattern.Describe(pattern),
                    actual is null ? "it has no status for that container" : "it is " + actual, because, becauseArgs);
            }
        }

        return new AndConstraint<PodAssertions>(this);
    }

    /// <summary>Asserts a container's restart count.</summary>
    /// <param name="container">The container's (or init container's) name.</param>
    /// <param name="count">The restart count.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The assertions, for more.</returns>
    public AndConstraint<PodAssertions> HaveRestartCount(string container, int count, string because = "", params object[] becauseArgs)
    {
        ArgumentException.ThrowIfNullOrEmpty(container);
        if (NotNull(because, becauseArgs))
        {
            var status = Statuses().FirstOrDefault(s => s.Name == container);
            if (status is null || (status.RestartCount ?? 0) != count)
            {
                Fail("container " + container + " of " + Name + " to have restart count " + count.ToString(CultureInfo.InvariantCulture),
                    status is null ? "it has no status for that container" : "it has " + (status.RestartCount ?? 0).ToString(CultureInfo.InvariantCulture), because, becauseArgs);
            }
        }

        return new AndConstraint<PodAssertions>(this);
    }

    private static string Reason(PodCondition condition) =>
        string.IsNullOrEmpty(condition.Reason) ? string.Empty : " (" + condition.Reason + ")";

    private IEnumerable<ContainerStatus> Statuses() =>
        (Subject.Status?.InitContainerStatuses ?? []).Concat(Subject.Status?.ContainerStatuses ?? []);

    private bool NotNull(string because, object[] becauseArgs)
    {
        if (Subject is null)
        {
            Failure.Report("a pod", "it is <null>", because, becauseArgs, null);
            return false;
        }

        return true;
    }

    private void Fail(string expectation, string actual, string because, object[] becauseArgs) =>
        Failure.Report(expectation, actual, because, becauseArgs, StatusSummary());

    /// <summary>The pod's status in a few lines: phase, conditions, and each container's state, readiness and restarts.</summary>
    private string StatusSummary()
    {
        var status = Subject.Status;
        var sb = new StringBuilder("Status of ").Append(Name).Append(':');
        sb.Append("\n    phase: ").Append(status?.Phase ?? "<none>");
        var conditions = status?.Conditions ?? [];
        sb.Append("\n    conditions: ").Append(conditions.Count == 0 ? "<none>" : string.Join(", ", conditions.Select(c => c.Type + "=" + c.Status)));
        foreach (var (statuses, init) in new[] { (status?.InitContainerStatuses ?? [], true), (status?.ContainerStatuses ?? [], false) })
        {
            foreach (var c in statuses)
            {
                sb.Append("\n    ").Append(init ? "init container " : "container ").Append(c.Name).Append(": ")
                    .Append(ContainerStateValue.FromModel(c.State)).Append(", ready=").Append(c.Ready == true ? "true" : "false")
                    .Append(", restarts=").Append((c.RestartCount ?? 0).ToString(CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }
}
