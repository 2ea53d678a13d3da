using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PodSim.Manifests;

/// <summary>Writes <see cref="ManifestNode"/> trees as block YAML (as kubectl prints it) or indented JSON.</summary>
internal static class NodeEmitter
{
    public static string ToYaml(IEnumerable<ManifestNode> documents)
    {
        var list = documents.ToList();
        var placeholders = Placeholders.For(list, json: false);
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(writer, new EmitterSettings(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024, indentSequences: false));
        emitter.Emit(new StreamStart());
        foreach (var document in list)
        {
            emitter.Emit(new DocumentStart(null, null, isImplicit: true));
            EmitYaml(emitter, document, placeholders);
            emitter.Emit(new DocumentEnd(isImplicit: true));
        }

        emitter.Emit(new StreamEnd());
        return placeholders?.Restore(writer.ToString()) ?? writer.ToString();
    }

    public static string ToJson(ManifestNode node)
    {
        var placeholders = Placeholders.For([node], json: true);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, IndentSize = 4, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            EmitJson(json, node, placeholders);
        }

        var text = Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal);
        return placeholders?.Restore(text) ?? text;
    }

    private static void EmitYaml(IEmitter emitter, ManifestNode node, Placeholders? placeholders)
    {
        switch (node)
        {
            case ManifestScalar s when placeholders?.Take(s.Value) is { } token:
                emitter.Emit(new Scalar(null, null, token, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: true));
                break;
            case ManifestScalar s:
                emitter.Emit(new Scalar(null, null, s.Value, ChooseStyle(s), isPlainImplicit: true, isQuotedImplicit: true));
                break;
            case ManifestSequence seq:
                emitter.Emit(new SequenceStart(null, null, isImplicit: true, seq.Items.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in seq.Items)
                {
                    EmitYaml(emitter, item, placeholders);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case ManifestMapping map:
                emitter.Emit(new MappingStart(null, null, isImplicit: true, map.Entries.Count == 0 ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var (key, value) in map.Entries)
                {
                    EmitYaml(emitter, key, placeholders);
                    EmitYaml(emitter, value, placeholders);
                }

                emitter.Emit(new MappingEnd());
                break;
        }
    }

    private static ScalarStyle ChooseStyle(ManifestScalar scalar)
    {
        if (scalar.Kind != ScalarKind.String)
        {
            return ScalarStyle.Plain;
        }

        var text = scalar.Value;
        if (text.AsSpan().IndexOfAny("\r\u0085\u2028\u2029") >= 0 || text.AsSpan().IsWhiteSpace() && text.Length > 0
            || text.EndsWith(' ') || text.EndsWith('\t') || text.StartsWith('\t'))
        {
            // Characters that plain, literal and single-quoted styles would fold or drop: only escapes keep them.
            return ScalarStyle.DoubleQuoted;
        }

        if (text.Contains('\n', StringComparison.Ordinal))
        {
            // Literal blocks cannot keep trailing spaces on a line or a leading space; quote those.
            return scalar.Value.Contains(" \n", StringComparison.Ordinal) || scalar.Value.StartsWith(' ') ? ScalarStyle.DoubleQuoted : ScalarStyle.Literal;
        }

        // A string that would read back as a number, boolean or null must be quoted; the emitter quotes other unsafe text itself.
        return ScalarResolver.NeedsQuotes(scalar.Value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Plain;
    }

    private static void EmitJson(Utf8JsonWriter json, ManifestNode node, Placeholders? placeholders)
    {
        switch (node)
        {
            case ManifestScalar s when placeholders?.Take(s.Value) is { } token:
                json.WriteStringValue(token);
                break;
            case ManifestScalar { Kind: ScalarKind.Null }:
                json.WriteNullValue();
                break;
            case ManifestScalar { Kind: ScalarKind.Boolean } b:
                json.WriteBooleanValue(b.Value is "true" or "True" or "TRUE" or "yes" or "Yes" or "YES" or "on" or "On" or "ON" or "y" or "Y");
                break;
            case ManifestScalar { Kind: ScalarKind.Integer } i when long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
                && string.Equals(whole.ToString(CultureInfo.InvariantCulture), i.Value, StringComparison.Ordinal):
                // A typed number, not a raw value: the writer indents raw values inside arrays wrongly ("[1,2\n]").
                json.WriteNumberValue(whole);
                break;
            case ManifestScalar { Kind: ScalarKind.Integer or ScalarKind.Float } n when IsJsonNumber(n.Value):
                json.WriteRawValue(n.Value, skipInputValidation: true);
                break;
            case ManifestScalar s:
                json.WriteStringValue(s.Value);
                break;
            case ManifestSequence seq:
                json.WriteStartArray();
                foreach (var item in seq.Items)
                {
                    EmitJson(json, item, placeholders);
                }

                json.WriteEndArray();
                break;
            case ManifestMapping map:
                json.WriteStartObject();
                foreach (var (key, value) in map.Entries)
                {
                    json.WritePropertyName(placeholders?.Take(key.Value) ?? key.Value);
                    EmitJson(json, value, placeholders);
                }

                json.WriteEndObject();
                break;
        }
    }

    /// <summary>
    /// Neither writer can print a lone UTF-16 surrogate: YamlDotNet throws and the JSON writer puts U+FFFD in its place.
    /// Such a string is written as a plain token that appears nowhere else in the output, and the token is then
    /// replaced by the string's own literal, with the surrogate as <c>\uXXXX</c> in both formats.
    /// </summary>
    private sealed class Placeholders
    {
        private readonly string _prefix;
        private readonly bool _json;
        private readonly List<(string Token, string Literal)> _taken = [];

        private Placeholders(string prefix, bool json)
        {
            _prefix = prefix;
            _json = json;
        }

        /// <summary>Placeholders for the trees, or null when no string in them holds a lone surrogate.</summary>
        public static Placeholders? For(IReadOnlyList<ManifestNode> roots, bool json)
        {
            var scalars = new List<string>();
            foreach (var root in roots)
            {
                Collect(root, scalars);
            }

            if (!scalars.Exists(v => LoneSurrogates.IndexIn(v) >= 0))
            {
                return null;
            }

            var prefix = "podsimLoneSurrogate";
            while (scalars.Exists(v => v.Contains(prefix, StringComparison.Ordinal)))
            {
                prefix += "X";
            }

            return new Placeholders(prefix, json);
        }

        /// <summary>A token standing for <paramref name="value"/>, or null when the value needs none.</summary>
        public string? Take(string value)
        {
            if (LoneSurrogates.IndexIn(value) < 0)
            {
                return null;
            }

            // The trailing 'x' keeps token 1 from being a prefix of token 10.
            var token = _prefix + _taken.Count.ToString(CultureInfo.InvariantCulture) + "x";
            _taken.Add((token, _json ? LoneSurrogates.JsonLiteral(value) : LoneSurrogates.YamlLiteral(value)));
            return token;
        }

        public string Restore(string text)
        {
            var sb = new StringBuilder(text);
            foreach (var (token, literal) in _taken)
            {
                // JSON prints the token as a quoted string; the literal brings its own quotes.
                sb.Replace(_json ? "\"" + token + "\"" : token, literal);
            }

            return sb.ToString();
        }

        private static void Collect(ManifestNode node, List<string> scalars)
        {
            switch (node)
            {
                case ManifestScalar s:
                    scalars.Add(s.Value);
                    break;
                case ManifestSequence seq:
                    foreach (var item in seq.Items)
                    {
                        Collect(item, scalars);
                    }

                    break;
                case ManifestMapping map:
                    foreach (var (key, value) in map.Entries)
                    {
                        scalars.Add(key.Value);
                        Collect(value, scalars);
                    }

                    break;
            }
        }
    }

    private static bool IsJsonNumber(string text)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text));
        try
        {
            return reader.Read() && reader.TokenType == JsonTokenType.Number && reader.BytesConsumed == text.Length;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
