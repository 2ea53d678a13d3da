using System.Globalization;
using FluentAssertions.Execution;

namespace PodSim.Testing;

/// <summary>
/// Reports a failure as FluentAssertions does (thrown at once, or collected by an enclosing <c>AssertionScope</c>).
/// The message is passed pre-formatted: FluentAssertions reads <c>{name}</c> in a message as a placeholder, and the
/// timelines print container field paths such as <c>spec.containers{app}</c>.
/// </summary>
internal static class Failure
{
    /// <summary>Reports <c>Expected {expectation}{because}, but {actual}.</c>, then the details after a blank line.</summary>
    public static void Report(string expectation, string actual, string because, object[] becauseArgs, string? details)
    {
        var message = "Expected " + expectation + Because(because, becauseArgs) + ", but " + actual + ".";
        if (!string.IsNullOrEmpty(details))
        {
            message += "\n\n" + details;
        }

        Execute.Assertion.AddPreFormattedFailure(message);
    }

    /// <summary>Reports <c>Expected {expectation}{because}:</c>, the lines, <c>but {actual}.</c>, then the details after a blank line.</summary>
    public static void ReportListing(string expectation, IEnumerable<string> lines, string actual, string because, object[] becauseArgs, string? details)
    {
        var message = "Expected " + expectation + Because(because, becauseArgs) + ":" + string.Concat(lines.Select(l => "\n    " + l)) + "\nbut " + actual + ".";
        if (!string.IsNullOrEmpty(details))
        {
            message += "\n\n" + details;
        }

        Execute.Assertion.AddPreFormattedFailure(message);
    }

    /// <summary>The reason as FluentAssertions words it: <c> because …</c>, with its arguments formatted in.</summary>
    public static string Because(string because, object[] becauseArgs)
    {
        var text = becauseArgs is { Length: > 0 } ? string.Format(CultureInfo.InvariantCulture, because ?? string.Empty, becauseArgs) : because ?? string.Empty;
        text = text.Trim();
        if (text.Length == 0)
        {
            return string.Empty;
        }

        return text.StartsWith("because", StringComparison.OrdinalIgnoreCase) ? " " + text : " because " + text;
    }

    /// <summary>Lists offsets: <c>+10s, +25s and +55s</c>; the first few and a count when there are many.</summary>
    public static string Instants(IReadOnlyList<TimeSpan> offsets)
    {
        const int Shown = 8;
        var parts = offsets.Take(Shown).Select(TimelineEntry.At).ToList();
        if (offsets.Count > Shown)
        {
            return string.Join(", ", parts) + " and " + (offsets.Count - Shown).ToString(CultureInfo.InvariantCulture) + " more";
        }

        return parts.Count <= 1 ? string.Join(string.Empty, parts) : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];
    }

    /// <summary>An English ordinal: 1st, 2nd, 3rd, 4th, 11th, 21st.</summary>
    public static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>A count of times: <c>once</c>, <c>twice</c>, <c>3 times</c>.</summary>
    public static string Times(int n) => n switch
    {
        0 => "0 times",
        1 => "once",
        2 => "twice",
        _ => n.ToString(CultureInfo.InvariantCulture) + " times",
    };
}
