using System.Collections.ObjectModel;
using System.Globalization;
using PodSim.Model;

namespace PodSim.Manifests;

/// <summary>
/// Decodes <see cref="ManifestNode"/> trees into model records, strictly like <c>kubectl --validate=strict</c>:
/// an unknown field is a warning, a value of the wrong type is an error; both name the field path and the source place.
/// </summary>
internal sealed class ModelReader
{
    private readonly List<ManifestDiagnostic> _diagnostics;
    private readonly string? _objectReference;

    // Free-form values already made, so that an alias shares one value as it shares one node.
    private readonly Dictionary<ManifestNode, FreeformValue> _freeform = new(ReferenceEqualityComparer.Instance);

    public ModelReader(List<ManifestDiagnostic> diagnostics, string? objectReference)
    {
        _diagnostics = diagnostics;
        _objectReference = objectReference;
    }

    /// <summary>The RFC 3339 forms Kubernetes accepts: a 'T', optional fractional seconds, and 'Z' or a numeric offset.</summary>
    private static readonly string[] Rfc3339Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
    ];

    public int ErrorCount { get; private set; }

    public object? Read(ManifestNode node, Type type, string path)
    {
        if (node is ManifestScalar { Kind: ScalarKind.Null })
        {
            return null;
        }

        var core = Nullable.GetUnderlyingType(type) ?? type;
        if (core == typeof(FreeformValue))
        {
            return FreeformNodes.ToValue(node, _freeform);
        }

        if (core == typeof(string))
        {
            return node is ManifestScalar { Kind: ScalarKind.String } s ? s.Value : TypeError(node, path, "string");
        }

        if (core == typeof(int) || core == typeof(long))
        {
            return ReadInteger(node, path, core);
        }

        if (core == typeof(bool))
        {
            return node is ManifestScalar { Kind: ScalarKind.Boolean } b ? IsTrue(b.Value) : TypeError(node, path, "boolean");
        }

        if (core == typeof(double))
        {
            return node is ManifestScalar { Kind: ScalarKind.Integer or ScalarKind.Float } d
                && double.TryParse(d.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : TypeError(node, path, "number");
        }

        if (core == typeof(Quantity))
        {
            return ReadQuantity(node, path);
        }

        if (core == typeof(IntOrString))
        {
            return ReadIntOrString(node, path);
        }

        if (core == typeof(DateTimeOffset))
        {
            return ReadTime(node, path);
        }

        if (core == typeof(GoDuration))
        {
            return ReadDuration(node, path);
        }

        if (core.IsGenericType && core.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return ReadList(node, core.GetGenericArguments()[0], path);
        }

        if (core.IsGenericType && core.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
        {
            return ReadMap(node, core.GetGenericArguments()[1], path);
        }

        if (core.IsClass && !core.IsAbstract)
        {
            return ReadRecord(node, core, path);
        }

        throw new InvalidOperationException($"PodSim model type {core} cannot be decoded; this is a bug in PodSim.");
    }

    public object? ReadRecord(ManifestNode node, Type type, string path)
    {
        if (node is not ManifestMapping mapping)
        {
            return TypeError(node, path, "object");
        }

        var shape = ModelShape.Of(type);
        var instance = shape.CreateInstance();
        foreach (var (key, value) in mapping.Entries)
        {
            var childPath = path.Length == 0 ? key.Value : path + "." + key.Value;
            if (!shape.TryGetField(key.Value, out var field))
            {
                Report(DiagnosticSeverity.Warning, key.Location, childPath, "unknown field");
                continue;
            }

            var decoded = Read(value, field.Type, childPath);
            if (decoded is not null)
            {
                field.Property.SetValue(instance, decoded);
            }
        }

        return instance;
    }

    private static bool IsTrue(string text) => text is "y" or "Y" or "yes" or "Yes" or "YES" or "on" or "On" or "ON" or "true" or "True" or "TRUE";

    private object? ReadList(ManifestNode node, Type itemType, string path)
    {
        if (node is not ManifestSequence sequence)
        {
            return TypeError(node, path, "array");
        }

        var array = Array.CreateInstance(itemType, sequence.Items.Count);
        var count = 0;
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var itemPath = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            var item = Read(sequence.Items[i], itemType, itemPath);
            if (item is null && sequence.Items[i] is ManifestScalar { Kind: ScalarKind.Null })
            {
                // A null item decodes to the zero value, as Kubernetes' JSON decoder does: "" for strings.
                if (itemType == typeof(string))
                {
                    item = string.Empty;
                }
                else
                {
                    Report(DiagnosticSeverity.Warning, sequence.Items[i].Location, itemPath, "null item ignored");
                }
            }

            if (item is not null)
            {
                array.SetValue(item, count++);
            }
        }

        if (count != array.Length)
        {
            var shorter = Array.CreateInstance(itemType, count);
            Array.Copy(array, shorter, count);
            array = shorter;
        }

        return array;
    }

    private object? ReadMap(ManifestNode node, Type valueType, string path)
    {
        if (node is not ManifestMapping mapping)
        {
            return TypeError(node, path, "object");
        }

        var dictionaryType = typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType);
        var dictionary = (System.Collections.IDictionary)Activator.CreateInstance(dictionaryType, mapping.Entries.Count, StringComparer.Ordinal)!;
        foreach (var (key, value) in mapping.Entries)
        {
            var item = Read(value, valueType, path + "[" + key.Value + "]");
            if (item is not null)
            {
                dictionary[key.Value] = item;
            }
            else if (valueType == typeof(string) && value is ManifestScalar { Kind: ScalarKind.Null })
            {
                // A null map value is an empty string, as the Kubernetes decoder reads it.
                dictionary[key.Value] = string.Empty;
            }
        }

        var readOnlyType = typeof(ReadOnlyDictionary<,>).MakeGenericType(typeof(string), valueType);
        return Activator.CreateInstance(readOnlyType, dictionary);
    }

    private object? ReadInteger(ManifestNode node, string path, Type type)
    {
        var expected = type == typeof(int) ? "integer (int32)" : "integer (int64)";
        if (node is not ManifestScalar { Kind: ScalarKind.Integer } scalar)
        {
            return TypeError(node, path, "integer");
        }

        if (!TryParseYamlInteger(scalar.Value, out var value))
        {
            Report(DiagnosticSeverity.Error, node.Location, path, $"invalid value: {scalar.Value} is not a valid {expected}");
            return null;
        }

        if (type == typeof(int))
        {
            if (value is < int.MinValue or > int.MaxValue)
            {
                Report(DiagnosticSeverity.Error, node.Location, path, $"invalid value: {scalar.Value} overflows an {expected}");
                return null;
            }

            return (int)value;
        }

        return value;
    }

    /// <summary>Parses a YAML 1.1 integer as Kubernetes' decoder does: decimal, <c>0x</c> hex, <c>0b</c> binary, leading-zero octal, underscores ignored.</summary>
    internal static bool TryParseYamlInteger(string text, out long value)
    {
        value = 0;
        var s = text.Replace("_", string.Empty, StringComparison.Ordinal);
        var negative = false;
        if (s.Length > 0 && s[0] is '+' or '-')
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        if (s.Length == 0)
        {
            return false;
        }

        ulong magnitude;
        try
        {
            if (s.StartsWith("0x", StringComparison.Ordinal))
            {
                magnitude = Convert.ToUInt64(s[2..], 16);
            }
            else if (s.StartsWith("0b", StringComparison.Ordinal))
            {
                magnitude = Convert.ToUInt64(s[2..], 2);
            }
            else if (s.Length > 1 && s[0] == '0')
            {
                magnitude = Convert.ToUInt64(s[1..], 8);
            }
            else if (!ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out magnitude))
            {
                return false;
            }
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            return false;
        }

        if (negative ? magnitude > (ulong)long.MaxValue + 1 : magnitude > long.MaxValue)
        {
            return false;
        }

        value = negative ? (long)(0 - magnitude) : (long)magnitude;
        return true;
    }

    private object? ReadQuantity(ManifestNode node, string path)
    {
        if (node is not ManifestScalar { Kind: ScalarKind.String or ScalarKind.Integer or ScalarKind.Float } scalar)
        {
            return TypeError(node, path, "string or number (quantity)");
        }

        var text = scalar.Kind == ScalarKind.String ? scalar.Value : scalar.Value.Trim();
        if (!Quantity.TryParse(text, out var quantity, out var error))
        {
            Report(DiagnosticSeverity.Error, node.Location, path, $"invalid value: \"{scalar.Value}\": {error}");
            return null;
        }

        return quantity;
    }

    private object? ReadIntOrString(ManifestNode node, string path)
    {
        switch (node)
        {
            case ManifestScalar { Kind: ScalarKind.String } s:
                return IntOrString.FromString(s.Value);
            case ManifestScalar { Kind: ScalarKind.Integer } i:
                if (TryParseYamlInteger(i.Value, out var value) && value is >= int.MinValue and <= int.MaxValue)
                {
                    return IntOrString.FromInt((int)value);
                }

                Report(DiagnosticSeverity.Error, node.Location, path, $"invalid value: {i.Value} overflows an integer (int32)");
                return null;
            default:
                return TypeError(node, path, "integer or string");
        }
    }

    private object? ReadTime(ManifestNode node, string path)
    {
        if (node is not ManifestScalar { Kind: ScalarKind.String } scalar)
        {
            return TypeError(node, path, "string (RFC 3339 time)");
        }

        if (!DateTimeOffset.TryParseExact(scalar.Value, Rfc3339Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            Report(DiagnosticSeverity.Error, node.Location, path, $"invalid value: \"{scalar.Value}\": not an RFC 3339 time such as 2025-01-01T00:00:00Z");
            return null;
        }

        return time;
    }

    private object? ReadDuration(ManifestNode node, string path)
    {
        if (node is ManifestScalar { Kind: ScalarKind.Integer, Value: "0" })
        {
            return GoDuration.Zero;
        }

        if (node is not ManifestScalar { Kind: ScalarKind.String } scalar)
        {
            return TypeError(node, path, "string (duration such as 30s)");
        }

        if (!GoDuration.TryParse(scalar.Value, out var duration, out var error))
        {
            Report(DiagnosticSeverity.Error, node.Location, path, $"invalid value: \"{scalar.Value}\": {error}");
            return null;
        }

        return duration;
    }

    private object? TypeError(ManifestNode node, string path, string expected)
    {
        Report(DiagnosticSeverity.Error, node.Location, path, $"invalid type: got \"{node.Describe()}\", expected \"{expected}\"");
        return null;
    }

    private void Report(DiagnosticSeverity severity, SourceLocation location, string path, string message)
    {
        if (severity == DiagnosticSeverity.Error)
        {
            ErrorCount++;
        }

        _diagnostics.Add(new ManifestDiagnostic(severity, message, location, _objectReference, path.Length == 0 ? null : path));
    }
}
