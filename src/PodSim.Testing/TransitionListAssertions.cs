using FluentAssertions;
using FluentAssertions.Collections;

namespace PodSim.Testing;

/// <summary>
/// Assertions on a list of transitions, such as <c>sim.Transitions</c>; every FluentAssertions collection assertion,
/// plus ones that take transitions written as log lines with parts left out:
/// <c>[+offset] [Kind/namespace/name] field[: from -&gt; to]</c>, such as <c>+10s status.phase: Pending -&gt; Running</c>,
/// <c>Pod/web status.conditions[Ready]: * -&gt; True</c> (<c>*</c> matches any value, <c>&lt;none&gt;</c> no value).
/// </summary>
public sealed class TransitionListAssertions : GenericCollectionAssertions<IEnumerable<Transition>, Transition, TransitionListAssertions>
{
    internal TransitionListAssertions(IEnumerable<Transition> subject)
        : base(subject)
    {
    }

    /// <summary>Asserts that the transitions include, in this order (others may come between), one matching each line.</summary>
    /// <param name="lines">The transitions, as log lines with parts left out.</param>
    /// <returns>The assertions, for more.</returns>
    public AndConstraint<TransitionListAssertions> ContainInOrder(params string[] lines) => ContainInOrder(lines, string.Empty);

    /// <summary>Asserts that the transitions include, in this order (others may come between), one matching each line.</summary>
    /// <param name="lines">The transitions, as log lines with parts left out.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The assertions, for more.</returns>
    public AndConstraint<TransitionListAssertions> ContainInOrder(IEnumerable<string> lines, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var patterns = lines.Select(TransitionPattern.Parse).ToList();
        var list = Subject?.ToList() ?? [];
        var next = 0;
        for (var p = 0; p < patterns.Count; p++)
        {
            var found = list.FindIndex(next, t => patterns[p].Matches(t));
            if (found < 0)
            {
                var after = next > 0 ? list[next - 1] : null;
                var actual = "found no " + Quote(patterns[p]) + (after is null ? string.Empty : " after " + Quote(after.ToString()))
                    + EarlierMatch(list, patterns[p], next);
                Failure.ReportListing(
                    "the transitions to contain, in order",
                    patterns.Select(x => x.Text),
                    actual,
                    because,
                    becauseArgs,
                    Excerpt(list, patterns, patterns[p].Offset ?? after?.Offset ?? TimeSpan.Zero));
                break;
            }

            next = found + 1;
        }

        return new AndConstraint<TransitionListAssertions>(this);
    }

    /// <summary>Asserts that some transition matches the line, and gives it.</summary>
    /// <param name="line">The transition, as a log line with parts left out.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The assertions, and the first matching transition as <c>Which</c>.</returns>
    public AndWhichConstraint<TransitionListAssertions, Transition> Contain(string line, string because = "", params object[] becauseArgs)
    {
        var pattern = TransitionPattern.Parse(line);
        var list = Subject?.ToList() ?? [];
        var match = list.Find(pattern.Matches);
        if (match is null)
        {
            Failure.Report("the transitions to contain " + Quote(pattern), "found none", because, becauseArgs, Excerpt(list, [pattern], pattern.Offset ?? TimeSpan.Zero));
        }

        return new AndWhichConstraint<TransitionListAssertions, Transition>(this, match!);
    }

    /// <summary>Asserts that no transition matches the line.</summary>
    /// <param name="line">The transition, as a log line with parts left out.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">Values formatted into <paramref name="because"/>.</param>
    /// <returns>The assertions, for more.</returns>
    public AndConstraint<TransitionListAssertions> NotContain(string line, string because = "", params object[] becauseArgs)
    {
        var pattern = TransitionPattern.Parse(line);
        var list = Subject?.ToList() ?? [];
        var matches = list.Where(pattern.Matches).ToList();
        if (matches.Count > 0)
        {
            Failure.Report("the transitions not to contain " + Quote(pattern), "found " + Quote(matches[0].ToString()) + (matches.Count > 1 ? " and " + (matches.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " more" : string.Empty),
                because, becauseArgs, Excerpt(list, [pattern], matches[0].Offset));
        }

        return new AndConstraint<TransitionListAssertions>(this);
    }

    /// <inheritdoc />
    protected override string Identifier => "transitions";

    private static string Quote(object text) => "\"" + text + "\"";

    /// <summary>Says so when the missing line matches before the lines already found: an ordering problem, not a missing one.</summary>
    private static string EarlierMatch(List<Transition> list, TransitionPattern pattern, int next)
    {
        var earlier = list.FindIndex(0, next, pattern.Matches);
        return earlier < 0 ? string.Empty : " (it matches " + Quote(list[earlier].ToString()) + ", before the lines above it)";
    }

    /// <summary>The transitions around an instant, of the objects the patterns name (all, when none names one).</summary>
    private static string Excerpt(List<Transition> list, IReadOnlyList<TransitionPattern> patterns, TimeSpan center)
    {
        var objects = patterns.Where(p => p.Object is not null).Select(p => p.Object!).ToList();
        var shown = objects.Count == 0 ? list : list.Where(t => objects.Exists(o => LineParts.SameObject(o, t.ObjectKey))).ToList();
        var title = objects.Count == 0 ? "Transitions" : "Transitions of " + string.Join(", ", objects.Distinct());
        return Timeline.Excerpt(title, Timeline.Merge([], shown), center, Timeline.DefaultWindow);
    }
}
