using PodSim.Model;

namespace PodSim.Testing;

/// <summary>One line of a timeline: a transition or an event occurrence, as its <c>ToString</c> prints it.</summary>
/// <param name="Offset">When it happened.</param>
/// <param name="Transition">The transition, or null for an event.</param>
/// <param name="Event">The event occurrence, or null for a transition.</param>
internal sealed record TimelineEntry(TimeSpan Offset, Transition? Transition, RecordedEvent? Event)
{
    /// <summary>Gets the line: <see cref="PodSim.Transition.ToString"/> or <see cref="RecordedEvent.ToString"/>, on one line.</summary>
    public string Line => OneLine(Transition?.ToString() ?? Event!.ToString());

    /// <summary>Event messages may carry line breaks (a termination message); a timeline keeps one line per entry.</summary>
    private static string OneLine(string text) =>
        text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Formats an offset as the timelines do: <c>+1m30s</c>.</summary>
    public static string At(TimeSpan offset) => "+" + GoDuration.Format(offset);
}
