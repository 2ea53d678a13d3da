using PodSim.Model;

namespace PodSim.Printing;

/// <summary>The <c>Events:</c> table of kubectl describe (<c>DescribeEvents</c>).</summary>
internal static class EventDescription
{
    /// <summary>
    /// The events about <paramref name="pod"/>, as kubectl's field selector picks them: same involved-object
    /// namespace and name, and the same uid when both the event and the pod carry one (the kind is not compared).
    /// </summary>
    public static List<Event> About(Pod pod, IReadOnlyList<Event> events)
    {
        var result = new List<Event>();
        foreach (var e in events)
        {
            var involved = e.InvolvedObject;
            if (involved is null
                || !Same(involved.Name, pod.Metadata.Name)
                || !Same(involved.Namespace, pod.Metadata.Namespace)
                || (!string.IsNullOrEmpty(involved.Uid) && !string.IsNullOrEmpty(pod.Metadata.Uid) && involved.Uid != pod.Metadata.Uid))
            {
                continue;
            }

            result.Add(e);
        }

        return result;
    }

    /// <summary>Writes the table: oldest last-seen first; age as <c>2m (x3 over 10m)</c> for repeated events.</summary>
    public static void Write(DescribeWriter w, List<Event> events, DateTimeOffset now)
    {
        if (events.Count == 0)
        {
            w.Write(0, "Events:\t<none>\n");
            return;
        }

        w.Flush();

        // Stable, so events seen at the same time keep their given order.
        var sorted = events.OrderBy(e => e.LastTimestamp ?? DateTimeOffset.MinValue).ToList();
        w.Write(0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n");
        w.Write(1, "----\t------\t----\t----\t-------\n");
        foreach (var e in sorted)
        {
            var first = HumanDuration.Since(e.FirstTimestamp, now);
            var age = (e.Count ?? 0) > 1
                ? HumanDuration.Since(e.LastTimestamp, now) + " (x" + DescribeFormat.Int(e.Count ?? 0) + " over " + first + ")"
                : first;
            var source = string.IsNullOrEmpty(e.Source?.Component) ? e.ReportingComponent : e.Source.Component;
            var message = (e.Message ?? string.Empty).Trim();
            if (!string.IsNullOrEmpty(e.InvolvedObject?.FieldPath))
            {
                message = e.InvolvedObject.FieldPath + ": " + message;
            }

            w.Write(1, e.Type + "\t" + e.Reason + "\t" + age + "\t" + source + "\t" + message + "\n");
        }
    }

    private static bool Same(string? a, string? b) => string.Equals(a ?? string.Empty, b ?? string.Empty, StringComparison.Ordinal);
}
