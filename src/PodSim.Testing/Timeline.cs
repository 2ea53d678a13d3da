using System.Text;

namespace PodSim.Testing;

/// <summary>
/// The merged record of a simulation: its transitions and event occurrences in order of time. The two logs carry no
/// common sequence, so at one instant the events come before the transitions.
/// </summary>
internal static class Timeline
{
    /// <summary>The default half-width of the excerpt a failure message prints.</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromSeconds(30);

    /// <summary>The most lines an excerpt prints; the ones nearest the instant are kept.</summary>
    public const int MaxLines = 40;

    /// <summary>Every entry about one object (or about any, when <paramref name="about"/> is null), in order.</summary>
    public static List<TimelineEntry> Of(Simulation sim, ObjectKey? about)
    {
        var text = about?.ToString();
        var events = sim.EventOccurrences.Where(e => about is null || Same(e.Object, about)).ToList();
        var transitions = sim.Transitions.Where(t => text is null || t.Object == text).ToList();
        return Merge(events, transitions);
    }

    /// <summary>Merges the two logs by offset, events first at the same instant; each keeps its own order.</summary>
    public static List<TimelineEntry> Merge(IReadOnlyList<RecordedEvent> events, IReadOnlyList<Transition> transitions)
    {
        var merged = new List<TimelineEntry>(events.Count + transitions.Count);
        int e = 0, t = 0;
        while (e < events.Count || t < transitions.Count)
        {
            if (t >= transitions.Count || (e < events.Count && events[e].Offset <= transitions[t].Offset))
            {
                merged.Add(new TimelineEntry(events[e].Offset, null, events[e]));
                e++;
            }
            else
            {
                merged.Add(new TimelineEntry(transitions[t].Offset, transitions[t], null));
                t++;
            }
        }

        return merged;
    }

    /// <summary>
    /// The lines within <paramref name="window"/> of <paramref name="center"/>, headed by what they are, with counts
    /// of the lines left out before and after.
    /// </summary>
    public static string Excerpt(string title, IReadOnlyList<TimelineEntry> entries, TimeSpan center, TimeSpan window)
    {
        var from = center - window < TimeSpan.Zero ? TimeSpan.Zero : center - window;
        var to = center + window;
        var first = 0;
        while (first < entries.Count && entries[first].Offset < from)
        {
            first++;
        }

        var end = first;
        while (end < entries.Count && entries[end].Offset <= to)
        {
            end++;
        }

        if (end - first > MaxLines)
        {
            // Keep the lines nearest the instant: half before it, the rest from it on.
            var at = first;
            while (at < end && entries[at].Offset < center)
            {
                at++;
            }

            var start = Math.Clamp(at - (MaxLines / 2), first, end - MaxLines);
            first = start;
            end = start + MaxLines;
        }

        var sb = new StringBuilder();
        sb.Append(title).Append(", ").Append(TimelineEntry.At(from)).Append(" to ").Append(TimelineEntry.At(to)).Append(':');
        if (entries.Count == 0)
        {
            return sb.Append(" nothing recorded").ToString();
        }

        if (first > 0)
        {
            sb.Append('\n').Append("    (").Append(Lines(first)).Append(" before)");
        }

        if (first == end)
        {
            sb.Append('\n').Append("    (nothing in this window)");
        }

        for (var i = first; i < end; i++)
        {
            sb.Append('\n').Append("    ").Append(entries[i].Line);
        }

        if (end < entries.Count)
        {
            sb.Append('\n').Append("    (").Append(Lines(entries.Count - end)).Append(" after)");
        }

        return sb.ToString();
    }

    private static string Lines(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture) + (count == 1 ? " line" : " lines");

    private static bool Same(ObjectKey a, ObjectKey b) => a.Kind == b.Kind && a.Name == b.Name && a.Namespace == b.Namespace;
}
