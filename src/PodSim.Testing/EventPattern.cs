namespace PodSim.Testing;

/// <summary>
/// An event occurrence to look for, written as the start of its line: <c>[+offset] [Type] Reason [Kind/name [fieldPath]][: message]</c>,
/// such as <c>Warning BackOff</c>, <c>+10s Normal Started Pod/web spec.containers{app}</c> or <c>Killing</c>. The
/// written part must end where a word of the line ends.
/// </summary>
internal sealed record EventPattern(string Text, TimeSpan? Offset, string Start)
{
    public static EventPattern Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rest = text.Trim();
        var offset = LineParts.TakeOffset(ref rest, text);
        if (rest.Length == 0)
        {
            throw new ArgumentException("not an event pattern: \"" + text + "\"; write [+offset] [Type] Reason [Kind/name [fieldPath]][: message], such as \"Warning BackOff\"", nameof(text));
        }

        return new EventPattern(text, offset, rest);
    }

    public bool Matches(RecordedEvent e)
    {
        if (Offset is not null && Offset != e.Offset)
        {
            return false;
        }

        // The line without its offset: "Warning BackOff Pod/web spec.containers{app}: message".
        var line = e.Type + " " + e.Reason + " " + e.Subject + ": " + e.Message;
        return StartsAtWord(line, Start) || StartsAtWord(line[(e.Type.Length + 1)..], Start);
    }

    public override string ToString() => Text;

    private static bool StartsAtWord(string line, string start) =>
        line.StartsWith(start, StringComparison.Ordinal)
        && (line.Length == start.Length || line[start.Length] is ' ' or ':' || start[^1] is ' ' or ':');
}
