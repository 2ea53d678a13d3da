using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PodSim.Manifests;

/// <summary>
/// Turns YAML (or JSON) text into <see cref="ManifestNode"/> trees, one per document, with source locations.
/// Refuses duplicate keys, documents over the size limit, nesting over the depth limit and alias expansion
/// over the node limit, each with a diagnostic that names the place.
/// </summary>
internal static partial class YamlDocumentReader
{
    public static List<ParsedDocument> Read(string text, string sourceName, ManifestLoadOptions options, List<ManifestDiagnostic> diagnostics) =>
        Read(text, sourceName, options, diagnostics, probe: -1, out _);

    /// <summary>
    /// Reads the text; with <paramref name="probe"/> at or above 0, stops at the scalar that spans that index and gives
    /// the document path of its value in <paramref name="probedPath"/>.
    /// </summary>
    private static List<ParsedDocument> Read(string text, string sourceName, ManifestLoadOptions options, List<ManifestDiagnostic> diagnostics, int probe, out string? probedPath)
    {
        probedPath = null;
        var documents = new List<ParsedDocument>();
        if (!CheckDocumentSizes(text, sourceName, options, diagnostics))
        {
            return documents;
        }

        var scanner = new Scanner(new StringReader(text), skipComments: true);
        var parser = new Parser(scanner);
        var anchors = new Dictionary<string, ManifestNode>(StringComparer.Ordinal);
        var stack = new Stack<Frame>();
        var documentIndex = 0;
        var documentStart = new SourceLocation(sourceName, 1, 1);
        ManifestNode? root = null;

        try
        {
            while (MoveNext(parser, scanner, sourceName, text))
            {
                var current = parser.Current!;
                switch (current)
                {
                    case DocumentStart ds:
                        anchors.Clear();
                        root = null;
                        documentStart = Locate(sourceName, ds.Start);
                        break;
                    case DocumentEnd:
                        documents.Add(new ParsedDocument(documentIndex++, root is ManifestScalar { Kind: ScalarKind.Null } ? null : root, documentStart));
                        break;
                    case Scalar scalar when probe >= 0 && scalar.Start.Index <= probe && probe < scalar.End.Index:
                        probedPath = PathOf(stack);
                        return documents;
                    case Scalar scalar:
                        if (LoneSurrogates.IndexIn(scalar.Value) is var at and >= 0)
                        {
                            // Only text handed over as a .NET string can hold one: decoded bytes and escapes cannot.
                            throw new ManifestReadException(Locate(sourceName, scalar.Start), LoneSurrogates.Message(LoneSurrogates.Escape(scalar.Value[at])), PathOf(stack));
                        }

                        Add(CreateScalar(scalar, sourceName), scalar.Anchor, scalar.Start);
                        break;
                    case AnchorAlias alias:
                        if (!anchors.TryGetValue(alias.Value.Value, out var target))
                        {
                            throw new ManifestReadException(Locate(sourceName, alias.Start), $"unknown anchor \"{alias.Value.Value}\" referenced");
                        }

                        Add(target, AnchorName.Empty, alias.Start);
                        break;
                    case MappingStart ms:
                        Push(new Frame(Locate(sourceName, ms.Start), ms.Anchor, isMapping: true));
                        break;
                    case SequenceStart ss:
                        Push(new Frame(Locate(sourceName, ss.Start), ss.Anchor, isMapping: false));
                        break;
                    case MappingEnd or SequenceEnd:
                        var frame = stack.Pop();
                        Add(frame.Build(), frame.Anchor, current.Start, frame.Location);
                        break;
                }
            }
        }
        catch (ManifestReadException e)
        {
            diagnostics.Add(new ManifestDiagnostic(DiagnosticSeverity.Error, e.Message, e.Location, FieldPath: e.FieldPath));
        }
        catch (YamlException e) when (IsSurrogateError(e))
        {
            // YamlDotNet refuses an escaped lone surrogate ("\ud800"); say so, and where, in our words.
            diagnostics.Add(SurrogateEscapeDiagnostic(text, sourceName, options, (int)e.Start.Index, forward: true, findPath: probe < 0));
        }
        catch (ArgumentOutOfRangeException)
        {
            // YamlDotNet's scanner throws this when a high surrogate escape is followed by an escape that is not a low one.
            diagnostics.Add(SurrogateEscapeDiagnostic(text, sourceName, options, (int)scanner.CurrentPosition.Index, forward: false, findPath: probe < 0));
        }
        catch (YamlException e)
        {
            var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
            diagnostics.Add(new ManifestDiagnostic(
                DiagnosticSeverity.Error,
                "malformed YAML: " + TrimYamlMessage(message),
                Locate(sourceName, e.Start)));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException when the input ends inside a flow
            // collection (such as "spec: [" or "{name: x"); loading must still report, not throw.
            diagnostics.Add(new ManifestDiagnostic(DiagnosticSeverity.Error, "malformed YAML: unexpected end of input", EndOf(text, sourceName)));
        }

        return documents;

        void Push(Frame frame)
        {
            if (stack.Count >= options.MaxDepth)
            {
                throw new ManifestReadException(frame.Location, string.Create(CultureInfo.InvariantCulture, $"document {documentIndex} nests deeper than the limit of {options.MaxDepth} levels"));
            }

            stack.Push(frame);
        }

        void Add(ManifestNode node, AnchorName anchor, Mark start, SourceLocation? location = null)
        {
            if (node.Weight > options.MaxExpandedNodes)
            {
                throw new ManifestReadException(
                    location ?? Locate(sourceName, start),
                    string.Create(CultureInfo.InvariantCulture, $"document {documentIndex} expands to more than {options.MaxExpandedNodes} nodes through aliases; refusing it"));
            }

            if (!anchor.IsEmpty)
            {
                anchors[anchor.Value] = node;
            }

            if (stack.Count == 0)
            {
                root = node;
            }
            else
            {
                stack.Peek().Add(node);
            }
        }
    }

    private static bool IsSurrogateError(YamlException e) =>
        (e.InnerException?.Message ?? e.Message).Contains("invalid Unicode surrogates", StringComparison.Ordinal);

    /// <summary>
    /// Locates the offending escape: the first lone surrogate escape from <paramref name="index"/> (the scalar's start)
    /// when <paramref name="forward"/>, else the last high surrogate escape before it (the scanner's position).
    /// </summary>
    private static ManifestDiagnostic SurrogateEscapeDiagnostic(string text, string sourceName, ManifestLoadOptions options, int index, bool forward, bool findPath)
    {
        var at = -1;
        var length = 0;
        var unit = "an escape";
        if (forward)
        {
            for (var m = SurrogateEscape().Match(text, Math.Clamp(index, 0, text.Length)); m.Success; m = m.NextMatch())
            {
                var next = m.Index + m.Length;
                if (char.IsHighSurrogate(UnitOf(m)) && SurrogateEscape().Match(text, next) is { Success: true } low && low.Index == next && char.IsLowSurrogate(UnitOf(low)))
                {
                    m = low;
                    continue;
                }

                (at, length) = (m.Index, m.Length);
                unit = LoneSurrogates.Escape(UnitOf(m));
                break;
            }
        }
        else
        {
            var start = Math.Clamp(index, 0, text.Length);
            foreach (Match m in SurrogateEscape().Matches(text[..start]))
            {
                if (char.IsHighSurrogate(UnitOf(m)))
                {
                    (at, length) = (m.Index, m.Length);
                    unit = LoneSurrogates.Escape(UnitOf(m));
                }
            }
        }

        string? path = null;
        if (at >= 0 && findPath)
        {
            // The scanner reads ahead of the events, so the path comes from a second read in which the escape is
            // replaced by one of the same length that is valid ("\u005F"), stopping at the scalar that holds it.
            var fixedText = string.Concat(text.AsSpan(0, at), length == 6 ? "\\u005F" : "\\U0000005F", text.AsSpan(at + length));
            Read(fixedText, sourceName, options, [], at, out path);
        }

        return new ManifestDiagnostic(DiagnosticSeverity.Error, LoneSurrogates.Message(unit), LocateIndex(text, sourceName, at >= 0 ? at : index), FieldPath: path);
    }

    private static char UnitOf(Match m) => (char)int.Parse(m.Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static SourceLocation LocateIndex(string text, string sourceName, int index)
    {
        index = Math.Clamp(index, 0, text.Length);
        var lineStart = text.AsSpan(0, index).LastIndexOf('\n') + 1;
        var line = 1 + text.AsSpan(0, lineStart).Count('\n');
        return new SourceLocation(sourceName, line, index - lineStart + 1);
    }

    /// <summary>The document path of the value being read, such as <c>metadata.labels.app</c> or <c>spec.containers[0]</c>.</summary>
    private static string? PathOf(Stack<Frame> stack)
    {
        var frames = stack.ToArray();
        Array.Reverse(frames);
        var sb = new StringBuilder();
        foreach (var frame in frames)
        {
            if (!frame.IsMapping)
            {
                sb.Append('[').Append(frame.Count.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (frame.PendingKey is { } key)
            {
                sb.Append(sb.Length == 0 ? string.Empty : ".").Append(key.Value);
            }
            else
            {
                // Inside a key: the path ends at its mapping.
                break;
            }
        }

        return sb.Length == 0 ? null : sb.ToString();
    }

    /// <summary>
    /// The parser's next event. YamlDotNet reports two kinds of bad input with argument exceptions rather than a
    /// YamlException: a <c>\U</c> escape above <c>7FFFFFFF</c> (char.ConvertFromUtf32 refuses it) and a tag that
    /// is not a valid URI (<c>!!map]</c>); both become located errors like the rest of malformed YAML.
    /// </summary>
    private static bool MoveNext(Parser parser, Scanner scanner, string sourceName, string text)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (ArgumentOutOfRangeException) when (LastLongEscapeIsOutOfRange(text, (int)scanner.CurrentPosition.Index))
        {
            throw new ManifestReadException(Locate(sourceName, scanner.CurrentPosition), "malformed YAML: While scanning a quoted scalar, found invalid Unicode character escape code.");
        }
        catch (ArgumentException e) when (e.TargetSite?.DeclaringType == typeof(TagName))
        {
            // The scanner has moved past the tag; its token still knows where the tag began.
            var at = scanner.Current is YamlDotNet.Core.Tokens.Tag tag ? tag.Start : scanner.CurrentPosition;
            throw new ManifestReadException(Locate(sourceName, at), "malformed YAML: While parsing a node, found a tag that is not a valid URI.");
        }
    }

    private static ManifestScalar CreateScalar(Scalar scalar, string sourceName)
    {
        var location = Locate(sourceName, scalar.Start);
        var plain = scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty;
        ScalarKind kind;
        if (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific)
        {
            // Explicit core tags decide the type, as in Kubernetes' decoder: !!str 5 is the string "5".
            kind = scalar.Tag.Value switch
            {
                "tag:yaml.org,2002:str" => ScalarKind.String,
                "tag:yaml.org,2002:int" when ScalarResolver.Resolve(scalar.Value) == ScalarKind.Integer => ScalarKind.Integer,
                "tag:yaml.org,2002:float" when ScalarResolver.Resolve(scalar.Value) is ScalarKind.Float or ScalarKind.Integer => ScalarKind.Float,
                "tag:yaml.org,2002:bool" when ScalarResolver.Resolve(scalar.Value) == ScalarKind.Boolean => ScalarKind.Boolean,
                "tag:yaml.org,2002:null" when ScalarResolver.Resolve(scalar.Value) == ScalarKind.Null => ScalarKind.Null,
                _ => throw new ManifestReadException(location, $"cannot decode {scalar.Value} as {scalar.Tag.Value}"),
            };
        }
        else
        {
            kind = scalar.Style == ScalarStyle.Plain ? ScalarResolver.Resolve(scalar.Value) : ScalarKind.String;
        }

        return new ManifestScalar(scalar.Value, kind, location, plain);
    }

    private static SourceLocation EndOf(string text, string sourceName)
    {
        var trimmed = text.TrimEnd('\n', '\r');
        var line = 1;
        foreach (var c in trimmed)
        {
            if (c == '\n')
            {
                line++;
            }
        }

        return new SourceLocation(sourceName, line, trimmed.Length - (trimmed.LastIndexOf('\n') + 1) + 1);
    }

    private static SourceLocation Locate(string sourceName, Mark mark) => new(sourceName, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private static string TrimYamlMessage(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: 3, Col: 6, Idx: 21): "; we print the location ourselves.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith("(Line:", StringComparison.Ordinal) ? message[(cut + 3)..] : message;
    }

    /// <summary>
    /// Splits the text at document markers (<c>---</c> at the start of a line) and refuses it when any document is
    /// over the size limit, before the parser spends time on it.
    /// </summary>
    private static bool CheckDocumentSizes(string text, string sourceName, ManifestLoadOptions options, List<ManifestDiagnostic> diagnostics)
    {
        if (text.Length <= options.MaxDocumentSize)
        {
            return true;
        }

        var documentIndex = 0;
        var start = 0;
        var startLine = 1;
        var line = 1;
        var haveContent = false;
        var pos = 0;

        // Walk line by line (IndexOf is vectorised), so a huge document is measured in milliseconds.
        while (true)
        {
            var atEnd = pos >= text.Length;
            var isMarker = !atEnd && string.CompareOrdinal(text, pos, "---", 0, 3) == 0
                && (pos + 3 >= text.Length || text[pos + 3] is ' ' or '\t' or '\r' or '\n');
            if (isMarker || atEnd)
            {
                if (pos - start > options.MaxDocumentSize)
                {
                    diagnostics.Add(new ManifestDiagnostic(
                        DiagnosticSeverity.Error,
                        string.Create(CultureInfo.InvariantCulture, $"document {documentIndex} is {pos - start} characters long, over the limit of {options.MaxDocumentSize}; refusing it"),
                        new SourceLocation(sourceName, startLine, 1)));
                    return false;
                }

                if (atEnd)
                {
                    break;
                }

                if (haveContent)
                {
                    documentIndex++;
                }

                start = pos;
                startLine = line;
                haveContent = true;
            }

            var newline = text.IndexOf('\n', pos);
            var lineEnd = newline < 0 ? text.Length : newline;
            if (!isMarker && !haveContent && !text.AsSpan(pos, lineEnd - pos).IsWhiteSpace())
            {
                haveContent = true;
            }

            pos = newline < 0 ? text.Length : newline + 1;
            line++;
        }

        return true;
    }

    // A \u or \U escape of a surrogate code unit; group 1 holds its four hex digits.
    /// <summary>
    /// Whether the last <c>\U</c> escape before the scanner's position is beyond the 32-bit range YamlDotNet converts;
    /// the scanner's other argument exception (a high surrogate escape followed by another escape) is told apart so.
    /// </summary>
    private static bool LastLongEscapeIsOutOfRange(string text, int position)
    {
        var end = Math.Clamp(position, 0, text.Length);
        var last = LongEscape().Matches(text[..end]);
        return last.Count > 0 && uint.Parse(last[^1].Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture) > 0x7FFFFFFF;
    }

    [GeneratedRegex(@"\\U([0-9a-fA-F]{8})", RegexOptions.CultureInvariant)]
    private static partial Regex LongEscape();

    [GeneratedRegex(@"\\(?:u|U0000)([dD][89a-fA-F][0-9a-fA-F]{2})", RegexOptions.CultureInvariant)]
    private static partial Regex SurrogateEscape();

    private sealed class Frame
    {
        private readonly List<ManifestNode> _items = [];
        private readonly List<KeyValuePair<ManifestScalar, ManifestNode>> _entries = [];
        private readonly HashSet<string>? _keys;
        private ManifestScalar? _pendingKey;
        private List<KeyValuePair<ManifestScalar, ManifestNode>>? _merged;

        public Frame(SourceLocation location, AnchorName anchor, bool isMapping)
        {
            Location = location;
            Anchor = anchor;
            if (isMapping)
            {
                _keys = new HashSet<string>(StringComparer.Ordinal);
            }
        }

        public SourceLocation Location { get; }

        public AnchorName Anchor { get; }

        public bool IsMapping => _keys is not null;

        /// <summary>Gets the key whose value is being read, in a mapping.</summary>
        public ManifestScalar? PendingKey => _pendingKey;

        /// <summary>Gets the number of items read so far, in a sequence.</summary>
        public int Count => _items.Count;

        public void Add(ManifestNode node)
        {
            if (_keys is null)
            {
                _items.Add(node);
                return;
            }

            if (_pendingKey is null)
            {
                if (node is not ManifestScalar key)
                {
                    throw new ManifestReadException(node.Location, "mapping keys must be strings, not " + node.Describe() + "s");
                }

                _pendingKey = key;
                return;
            }

            var k = _pendingKey;
            _pendingKey = null;
            if (k.IsPlain && k.Value == "<<")
            {
                Merge(node);
                return;
            }

            if (!_keys.Add(k.Value))
            {
                var first = _entries.Find(e => e.Key.Value == k.Value).Key.Location;
                throw new ManifestReadException(k.Location, string.Create(CultureInfo.InvariantCulture, $"mapping key \"{k.Value}\" already defined at line {first.Line}"));
            }

            _entries.Add(new(k, node));
        }

        public ManifestNode Build()
        {
            if (_keys is null)
            {
                return new ManifestSequence(_items.ToArray(), Location);
            }

            if (_merged is not null)
            {
                // Merged entries (<<: *base) apply only where the mapping has no key of its own.
                foreach (var entry in _merged)
                {
                    if (_keys.Add(entry.Key.Value))
                    {
                        _entries.Add(entry);
                    }
                }
            }

            return new ManifestMapping(_entries.ToArray(), Location);
        }

        private void Merge(ManifestNode node)
        {
            _merged ??= [];
            switch (node)
            {
                case ManifestMapping m:
                    _merged.AddRange(m.Entries);
                    break;
                case ManifestSequence s:
                    foreach (var item in s.Items)
                    {
                        if (item is not ManifestMapping mm)
                        {
                            throw new ManifestReadException(item.Location, "map merge requires map or sequence of maps as the value");
                        }

                        _merged.AddRange(mm.Entries);
                    }

                    break;
                default:
                    throw new ManifestReadException(node.Location, "map merge requires map or sequence of maps as the value");
            }
        }
    }
}
