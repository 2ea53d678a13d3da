using PodSim.Model;

namespace PodSim.Testing;

/// <summary>What transition and event patterns share: a leading <c>+offset</c> and object names.</summary>
internal static class LineParts
{
    /// <summary>Takes a leading <c>+10s</c> (Go duration syntax) off the text, if there is one.</summary>
    public static TimeSpan? TakeOffset(ref string rest, string text)
    {
        if (!rest.StartsWith('+'))
        {
            return null;
        }

        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        var token = space < 0 ? rest[1..] : rest[1..space];
        if (!GoDuration.TryParse(token, out var duration, out var error) || duration.IsNever)
        {
            throw new ArgumentException("\"" + text + "\": the offset " + rest[..(space < 0 ? rest.Length : space)] + " is not a duration: " + error, nameof(text));
        }

        rest = space < 0 ? string.Empty : rest[(space + 1)..].TrimStart();
        return duration.Value;
    }

    /// <summary>Whether a written object names the actual one; a written name without namespace matches any namespace.</summary>
    public static bool SameObject(ObjectKey written, ObjectKey actual) =>
        written.Kind == actual.Kind && written.Name == actual.Name && (written.Namespace.Length == 0 || written.Namespace == actual.Namespace);
}
