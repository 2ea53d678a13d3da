using System.Globalization;
using FluentAssertions;
using FluentAssertions.Collections;

namespace PodSim.Testing;

/// <summary>
/// Assertions on event occurrences, such as <c>sim.EventOccurrences</c>; every FluentAssertions collection assertion, plus
/// ones that take occurrences written as the start of their log line: <c>[+offset] [Type] Reason [Kind/name [fieldPath]][: message]</c>,
/// such as <c>Warning BackOff</c> or <c>+10s Normal Started Pod/web spec.containers{app}</c>.
/// </summary>
public sealed class EventLogAssertions : GenericCollectionAssertions<IEnumerable<RecordedEvent>, RecordedEvent, EventLogAssertions>
{
    internal EventLogAssertions(IEnumerable<RecordedEvent> subject)
        : base(subject)
    {
    }

    /// <summary>Asserts that the occurrences include, in this order (others may come between), one matching each line.</summary>
    /// <param name="lines">The occurrences, as the start of their log lines.</param>
    /// <returns>The assertions, for more.</returns>
    public AndConstraint<EventLogAssertions> ContainInOrder(params string[] lines) => ContainInOrder(lines, string.Empty);

    /// <summary>Asserts that the occurrences include, in this order (others may come between), one matching each line.</summary>
    /// <param name="lines">The occurrences, as the start of their log lines.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The assertions, for more.</returns>
    public AndConstraint<EventLogAssertions> ContainInOrder(IEnumerable<string> lines, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var patterns = lines.Select(EventPattern.Parse).ToList();
        var list = Subject?.ToList() ?? [];
        var next = 0;
        foreach (var pattern in patterns)
        {
            var found = list.FindIndex(next, pattern.Matches);
            if (found < 0)
            {
                var after = next > 0 ? list[next - 1] : null;
                var earlier = list.FindIndex(0, next, pattern.Matches);
                var actual = "found no \"" + pattern + "\"" + (after is null ? string.Empty : " after \"" + after + "\"")
                    + (earlier < 0 ? string.Empty : " (it matches \"" + list[earlier] + "\", before the lines above it)");
                Failure.ReportListing("the events to contain, in order", patterns.Select(p => p.Text), actual, because, becauseArgs,
                    Excerpt(list, pattern.Offset ?? after?.Offset ?? TimeSpan.Zero));
                break;
            }

            next = found + 1;
        }

        return new AndConstraint<EventLogAssertions>(this);
    }

    /// <summary>Asserts that some occurrence matches the line, and gives it.</summary>
    /// <param name="line">The occurrence, as the start of its log line.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The assertions, and the first matching occurrence as <c>Which</c>.</returns>
    public AndWhichConstraint<EventLogAssertions, RecordedEvent> Contain(string line, string because = "", params object[] becauseArgs)
    {
        var pattern = EventPattern.Parse(line);
        var list = Subject?.ToList() ?? [];
        var match = list.Find(pattern.Matches);
        if (match is null)
        {
            Failure.Report("the events to contain \"" + pattern + "\"", "found none", because, becauseArgs, Excerpt(list, pattern.Offset ?? TimeSpan.Zero));
        }

        return new AndWhichConstraint<EventLogAssertions, RecordedEvent>(this, match!);
    }

    /// <summary>Asserts that no occurrence matches the line.</summary>
    /// <param name="line">The occurrence, as the start of its log line.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The assertions, for more.</returns>
    public AndConstraint<EventLogAssertions> NotContain(string line, string because = "", params object[] becauseArgs)
    {
        var pattern = EventPattern.Parse(line);
        var list = Subject?.ToList() ?? [];
        var matches = list.Where(pattern.Matches).ToList();
        if (matches.Count > 0)
        {
            Failure.Report("the events not to contain \"" + pattern + "\"",
                "found \"" + matches[0] + "\"" + (matches.Count > 1 ? " and " + (matches.Count - 1).ToString(CultureInfo.InvariantCulture) + " more" : string.Empty),
                because, becauseArgs, Excerpt(list, matches[0].Offset));
        }

        return new AndConstraint<EventLogAssertions>(this);
    }

    /// <inheritdoc />
    protected override string Identifier => "events";

    private static string Excerpt(List<RecordedEvent> list, TimeSpan center) =>
        Timeline.Excerpt("Events", Timeline.Merge(list, []), center, Timeline.DefaultWindow);
}
