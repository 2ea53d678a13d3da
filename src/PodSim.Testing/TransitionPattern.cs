using PodSim.Model;

namespace PodSim.Testing;

/// <summary>
/// A transition to look for, written as a line of the transition log with parts left out:
/// <c>[+offset] [Kind/namespace/name] field[: from -&gt; to]</c>. <c>*</c> for a value matches any,
/// <c>&lt;none&gt;</c> matches no value; <c>Pod/web</c> matches a pod of that name in any namespace.
/// </summary>
internal sealed record TransitionPattern(string Text, TimeSpan? Offset, ObjectKey? Object, string Field, bool HasValues, string? From, string? To)
{
    private const string Any = "*";

    public static TransitionPattern Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rest = text.Trim();
        var offset = LineParts.TakeOffset(ref rest, text);
        ObjectKey? obj = null;
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        var token = space < 0 ? rest : rest[..space];
        if (token.Length > 0 && char.IsAsciiLetterUpper(token[0]) && token.Contains('/', StringComparison.Ordinal) && !token.EndsWith(':'))
        {
            obj = ObjectKey.Parse(token);
            rest = space < 0 ? string.Empty : rest[(space + 1)..].TrimStart();
        }

        var colon = rest.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0)
        {
            var field = rest.TrimEnd(':');
            Require(field.Length > 0 && !field.Contains(' ', StringComparison.Ordinal), text);
            return new TransitionPattern(text, offset, obj, field, false, null, null);
        }

        var values = rest[(colon + 2)..];
        var arrow = values.IndexOf(" -> ", StringComparison.Ordinal);
        Require(colon > 0 && arrow >= 0 && !rest[..colon].Contains(' ', StringComparison.Ordinal), text);
        return new TransitionPattern(text, offset, obj, rest[..colon], true, Value(values[..arrow]), Value(values[(arrow + 4)..]));
    }

    public bool Matches(Transition t) =>
        (Offset is null || Offset == t.Offset)
        && (Object is null || LineParts.SameObject(Object, t.ObjectKey))
        && Field == t.Field
        && (!HasValues || (ValueMatches(From, t.From) && ValueMatches(To, t.To)));

    public override string ToString() => Text;

    private static bool ValueMatches(string? pattern, string? actual) => pattern == Any || pattern == actual;

    private static string? Value(string text) => text.Trim() switch
    {
        "<none>" => null,
        var v => v,
    };

    private static void Require(bool ok, string text)
    {
        if (!ok)
        {
            throw new ArgumentException("not a transition pattern: \"" + text + "\"; write [+offset] [Kind/namespace/name] field[: from -> to], such as \"+10s status.phase: Pending -> Running\"", nameof(text));
        }
    }
}
