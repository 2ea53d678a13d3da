using FluentAssertions;

namespace PodSim.Testing;

/// <summary>What follows <see cref="PodHistoryAssertions.ThatRestarted"/>: when the restarts happened.</summary>
public sealed class RestartAssertions
{
    private readonly PodHistoryAssertions _pod;
    private readonly string? _container;
    private readonly int _times;

    internal RestartAssertions(PodHistoryAssertions pod, string? container, int times)
    {
        _pod = pod;
        _container = container;
        _times = times;
    }

    /// <summary>Gets the pod's assertions, for more.</summary>
    public PodHistoryAssertions And => _pod;

    /// <summary>
    /// Asserts that the restarts counted all happened within <paramref name="window"/> of the pod's first record (its
    /// creation, as the simulation saw it).
    /// </summary>
    /// <param name="window">The span from the pod's first record.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The pod's assertions, for more.</returns>
    public AndConstraint<PodHistoryAssertions> Within(TimeSpan window, string because = "", params object[] becauseArgs)
    {
        var entries = _pod.Entries();
        var restarts = _pod.RestartInstants(entries, _container);
        var start = PodHistoryAssertions.Start(entries);
        var expectation = _pod.SubjectOf(_container) + " to restart " + Failure.Times(_times) + " within " + Model.GoDuration.Format(window)
            + " of its first record at " + TimelineEntry.At(start);
        if (_times > 0 && restarts.Count < _times)
        {
            _pod.Fail(entries, expectation, "it restarted only " + Failure.Times(restarts.Count), start + window, because, becauseArgs);
        }
        else if (_times > 0 && restarts[_times - 1] - start > window)
        {
            var last = restarts[_times - 1];
            var actual = "its " + Failure.Ordinal(_times) + " restart came at " + TimelineEntry.At(last) + ", " + Model.GoDuration.Format(last - start) + " after it";
            _pod.Fail(entries, expectation, actual, start + window, because, becauseArgs);
        }

        return new AndConstraint<PodHistoryAssertions>(_pod);
    }
}
