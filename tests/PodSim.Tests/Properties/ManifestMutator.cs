using System.Text;
using System.Text.RegularExpressions;

namespace PodSim.Tests.Properties;

/// <summary>
/// Seeded mutations of manifest text: line edits (delete, duplicate, swap, re-indent), type swaps (a scalar
/// becomes a list or a map and the other way round), huge and odd numbers, unicode (RTL marks, NUL, lone surrogates
/// raw and as YAML escapes), YAML features (anchors, aliases, tags, document markers) and truncation.
/// </summary>
internal static partial class ManifestMutator
{
    private static readonly string[] Numbers =
    [
        "99999999999999999999999999", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
        "2147483647", "2147483648", "-2147483649", "4294967296", "1e400", "-1e400", "1e-400", "-1", "0", "-0", "1.5", ".inf", "-.inf",
        ".nan", "0x7FFFFFFF", "0o777", "1_000", "+5", "00012", "1e3", "12345678901234567890.5", "2562047h47m16.854775807s",
        "2562047h47m16.854775808s", "9999999999h", "-5s", "1ns", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "100000000Ei",
        "1e18Ki", "0.000000001m", "-1Gi", "1Ee", "9223372036854775807m",
    ];

    private static readonly string[] Scalars = ["~", "null", "true", "\"\"", "''", "[]", "{}", "0", "yes", "\"x\"", "-", "[1, [2, {a: b}]]", "{a: [1, 2], b: {c: d}}"];

    private static readonly string[] RawUnicode =
    [
        "\u202E", "\u200F", "\u200B", "\0", "\uFEFF", "\u0301", "\U0001F600", "\uD800", "\uDFFF", "\u2028", "\u0085", "\u00A0",
        "\u3000", "\u0007", "\u001B[31m", "\uFFFE", "\uFFFF", "ﬃ", "İ", "\r", "\t",
    ];

    private static readonly string[] EscapedUnicode =
    [
        "\"\\uD800\"", "\"\\uDC00x\"", "\"a\\uD83D\"", "\"\\0\"", "\"\\x00\"", "\"\\U0010FFFF\"", "\"\\u202Eevil\"", "\"a\\u0000b\"",
        "\"\\U0001F600\"", "\"\\N\\_\\L\\P\"", "\"\\e[1m\"", "\"\\uFFFF\"", "\"\\UFFFFFFFF\"",
    ];

    private static readonly string[] YamlTokens =
    [
        "&a", "*a", "!!binary", "!!str", "!!int", "!!map", "!foo", "<<: *a", "? ", "---", "...", "%YAML 1.1", "|", ">-", "#", "@", "`",
        "%", "&a [*a, *a]", "{", "[", "}", "]", ": :", "- - -", "\"", "'",
    ];

    /// <summary>Applies one to three mutations chosen by <paramref name="rng"/> (one half of the time).</summary>
    /// <param name="text">The original text.</param>
    /// <param name="rng">The seeded source of choices.</param>
    /// <param name="applied">Names of the mutations, in order.</param>
    /// <returns>The mutated text.</returns>
    public static string Mutate(string text, Random rng, List<string> applied)
    {
        // Mostly one mutation, so that many inputs still load and reach the simulation.
        var count = rng.Next(4) switch
        {
            0 or 1 => 1,
            2 => 2,
            _ => 3,
        };
        for (var i = 0; i < count; i++)
        {
            var kind = rng.Next(10);
            applied.Add(Names[kind]);
            text = kind switch
            {
                0 => EditLines(text, rng, (lines, at) => lines.RemoveAt(at)),
                1 => EditLines(text, rng, (lines, at) => lines.Insert(at, lines[at])),
                2 => EditLines(text, rng, (lines, at) => Swap(lines, at, rng.Next(lines.Count))),
                3 => EditLines(text, rng, (lines, at) => lines[at] = rng.Next(2) == 0 || !lines[at].StartsWith(' ') ? "  " + lines[at] : lines[at][1..]),
                4 => EditValue(text, rng, value => TypeSwap(value, rng)),
                5 => HugeNumber(text, rng),
                6 => InsertAt(text, rng, RawUnicode[rng.Next(RawUnicode.Length)]),
                7 => EditValue(text, rng, _ => EscapedUnicode[rng.Next(EscapedUnicode.Length)]),
                8 => InsertAt(text, rng, YamlTokens[rng.Next(YamlTokens.Length)]),
                _ => text.Length == 0 ? text : text[..rng.Next(text.Length)],
            };
        }

        return text;
    }

    private static readonly string[] Names =
        ["delete line", "duplicate line", "swap lines", "re-indent line", "type swap", "huge number", "raw unicode", "escaped unicode", "yaml token", "truncate"];

    private static string EditLines(string text, Random rng, Action<List<string>, int> edit)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count == 0)
        {
            return text;
        }

        edit(lines, rng.Next(lines.Count));
        return string.Join('\n', lines);
    }

    private static void Swap(List<string> lines, int a, int b) => (lines[a], lines[b]) = (lines[b], lines[a]);

    /// <summary>Replaces the value of a random <c>key: value</c> line (or gives a value to a <c>key:</c> line).</summary>
    private static string EditValue(string text, Random rng, Func<string, string> replace)
    {
        var lines = text.Split('\n');
        var candidates = Enumerable.Range(0, lines.Length).Where(i => KeyValue().IsMatch(lines[i])).ToList();
        if (candidates.Count == 0)
        {
            return text;
        }

        var at = candidates[rng.Next(candidates.Count)];
        var m = KeyValue().Match(lines[at]);
        lines[at] = m.Groups[1].Value + " " + replace(m.Groups[2].Value);
        return string.Join('\n', lines);
    }

    private static string TypeSwap(string value, Random rng)
    {
        var v = value.Trim();
        if (v.Length == 0)
        {
            // A key that held a map or a list gets a scalar (its children then hang under nothing or fail to parse).
            return Scalars[rng.Next(Scalars.Length)];
        }

        return rng.Next(4) switch
        {
            0 => "[" + v + "]",
            1 => "{k: " + v + "}",
            2 => "\n" + "  - " + v,
            _ => Scalars[rng.Next(Scalars.Length)],
        };
    }

    private static string HugeNumber(string text, Random rng)
    {
        var number = Numbers[rng.Next(Numbers.Length)];
        var matches = NumberToken().Matches(text);
        if (matches.Count > 0 && rng.Next(4) != 0)
        {
            var m = matches[rng.Next(matches.Count)];
            return text[..m.Index] + number + text[(m.Index + m.Length)..];
        }

        return EditValue(text, rng, _ => number);
    }

    private static string InsertAt(string text, Random rng, string insert)
    {
        var at = rng.Next(text.Length + 1);
        return new StringBuilder(text).Insert(at, insert).ToString();
    }

    [GeneratedRegex(@"^(\s*(?:-\s+)?[A-Za-z0-9_.\-/]+:)(.*)$")]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"-?\d+(?:\.\d+)?")]
    private static partial Regex NumberToken();
}
