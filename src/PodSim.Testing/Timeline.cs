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

    /// <summary>
    /// Every entry about one object (or about any, when <paramref name="about"/> is null), in order. A pod deleted and
    /// created again under its name has one history per incarnation: this is the live pod's, or, when none lives, the
    /// last one's.
    /// </summary>
    public static List<TimelineEntry> Of(Simulation sim, ObjectKey? about)
    {
        var text = about?.ToString();
        var events = sim.EventOccurrences.Where(e => about is null || Same(e.Object, about)).ToList();
        var transitions = sim.Transitions.Where(t => text is null || t.Object == text).ToList();
        if (about is { Kind: "Pod" })
        {
            (events, transitions) = LastIncarnation(sim, about, events, transitions);
        }

        return Merge(events, transitions);
    }

    /// <summary>
    /// The entries of the pod that lives under the name now, else of the last one that did: transitions after the
    /// previous removal (<c>metadata: present -> deleted</c>), events by the incarnation's UID.
    /// </summary>
    private static (List<RecordedEvent> Events, List<Transition> Transitions) LastIncarnation(
        Simulation sim, ObjectKey pod, List<RecordedEvent> events, List<Transition> transitions)
    {
        var removals = new List<int>();
        for (var i = 0; i < transitions.Count; i++)
        {
            if (transitions[i].FieldKey.Kind == FieldKind.Presence && transitions[i].To == "deleted")
            {
                removals.Add(i);
            }
        }

        var live = sim.GetPod(pod.Name, pod.Namespace);
        var (from, to) = live is not null
            ? (removals.Count > 0 ? removals[^1] + 1 : 0, transitions.Count)
            : (removals.Count > 1 ? removals[^2] + 1 : 0, removals.Count > 0 ? removals[^1] + 1 : transitions.Count);
        var uid = live?.Metadata.Uid ?? (events.Count > 0 ? events[^1].Event.InvolvedObject?.Uid : null);
        var kept = uid is null ? events : events.Where(e => e.Event.InvolvedObject?.Uid == uid).ToList();
        return (kept, transitions.GetRange(from, to - from));
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
