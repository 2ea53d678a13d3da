using System.Collections;
using System.Globalization;
using System.Text;

namespace PodSim.Validation;

/// <summary>
/// One validation error, rendered exactly as the Kubernetes API server renders it:
/// <c>spec.containers[1].livenessProbe.periodSeconds: Invalid value: -5: must be greater than or equal to 0</c>.
/// </summary>
/// <param name="Field">The field path, such as <c>spec.containers[0].name</c>.</param>
/// <param name="Type">The error type.</param>
/// <param name="BadValue">The offending value (printed for Invalid, Unsupported, Not found, Duplicate and Too many).</param>
/// <param name="Detail">The explanation, or empty.</param>
public sealed record FieldError(string Field, FieldErrorType Type, object? BadValue, string Detail)
{
    /// <summary>Gets the upstream text of the error type, such as <c>Invalid value</c>.</summary>
    public string TypeText => Type switch
    {
        FieldErrorType.NotFound => "Not found",
        FieldErrorType.Required => "Required value",
        FieldErrorType.Duplicate => "Duplicate value",
        FieldErrorType.Invalid => "Invalid value",
        FieldErrorType.NotSupported => "Unsupported value",
        FieldErrorType.Forbidden => "Forbidden",
        FieldErrorType.TooLong => "Too long",
        FieldErrorType.TooMany => "Too many",
        _ => "Internal error",
    };

    /// <summary>Gets the message without the field path: <c>Invalid value: -5: must be greater than or equal to 0</c>.</summary>
    public string Body
    {
        get
        {
            var sb = new StringBuilder(TypeText);
            if (Type is FieldErrorType.Invalid or FieldErrorType.NotSupported or FieldErrorType.NotFound or FieldErrorType.Duplicate or FieldErrorType.TooMany)
            {
                sb.Append(": ").Append(FormatValue(BadValue));
            }

            if (Detail.Length > 0)
            {
                sb.Append(": ").Append(Detail);
            }

            return sb.ToString();
        }
    }

    /// <summary>Creates a <c>Required value</c> error.</summary>
    /// <param name="field">The field path.</param>
    /// <param name="detail">The explanation.</param>
    /// <returns>The error.</returns>
    public static FieldError Required(string field, string detail = "") => new(field, FieldErrorType.Required, null, detail);

    /// <summary>Creates an <c>Invalid value</c> error.</summary>
    /// <param name="field">The field path.</param>
    /// <param name="value">The bad value.</param>
    /// <param name="detail">The explanation.</param>
    /// <returns>The error.</returns>
    public static FieldError Invalid(string field, object? value, string detail) => new(field, FieldErrorType.Invalid, value, detail);

    /// <summary>Creates a <c>Duplicate value</c> error.</summary>
    /// <param name="field">The field path.</param>
    /// <param name="value">The repeated value.</param>
    /// <returns>The error.</returns>
    public static FieldError Duplicate(string field, object? value) => new(field, FieldErrorType.Duplicate, value, string.Empty);

    /// <summary>Creates a <c>Not found</c> error.</summary>
    /// <param name="field">The field path.</param>
    /// <param name="value">The missing reference.</param>
    /// <returns>The error.</returns>
    public static FieldError NotFound(string field, object? value) => new(field, FieldErrorType.NotFound, value, string.Empty);

    /// <summary>Creates an <c>Unsupported value</c> error listing the supported values as upstream does.</summary>
    /// <param name="field">The field path.</param>
    /// <param name="value">The unsupported value.</param>
    /// <param name="supported">The supported values, in the order to list them.</param>
    /// <returns>The error.</returns>
    public static FieldError NotSupported(string field, object? value, params IEnumerable<string> supported)
    {
        var quoted = new List<string>();
        foreach (var s in supported)
        {
            quoted.Add(Quote(s));
        }

        return new(field, FieldErrorType.NotSupported, value, quoted.Count == 0 ? string.Empty : "supported values: " + string.Join(", ", quoted));
    }

    /// <summary>Creates a <c>Forbidden</c> error.</summary>
    /// <param name="field">The field path.</param>
    /// <param name="detail">The explanation.</param>
    /// <returns>The error.</returns>
    public static FieldError Forbidden(string field, string detail) => new(field, FieldErrorType.Forbidden, null, detail);

    /// <summary>Creates a <c>Too long</c> error.</summary>
    /// <param name="field">The field path.</param>
    /// <param name="maxLength">The limit in bytes.</param>
    /// <returns>The error.</returns>
    public static FieldError TooLong(string field, int maxLength) =>
        new(field, FieldErrorType.TooLong, null, string.Create(CultureInfo.InvariantCulture, $"may not be more than {maxLength} {(maxLength == 1 ? "byte" : "bytes")}"));

    /// <summary>Creates a <c>Too many</c> error.</summary>
    /// <param name="field">The field path.</param>
    /// <param name="actual">The number given.</param>
    /// <param name="max">The limit.</param>
    /// <returns>The error.</returns>
    public static FieldError TooMany(string field, int actual, int max) =>
        new(field, FieldErrorType.TooMany, actual, string.Create(CultureInfo.InvariantCulture, $"must have at most {max} items"));

    /// <summary>Formats the error as <c>field: body</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Field.Length == 0 ? Body : Field + ": " + Body;

    /// <summary>
    /// Formats a bad value as the API server does: numbers and booleans bare, strings double-quoted, other values as JSON
    /// (times as RFC 3339 strings, node trees as compact JSON).
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string FormatValue(object? value) => value switch
    {
        null => "null",
        string s => Quote(s),
        bool b => b ? "true" : "false",
        int or long or short or byte or uint or ulong => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        Model.Quantity q => Quote(q.ToString()),
        Model.IntOrString ios => ios.IsInt ? ios.IntValue.ToString(CultureInfo.InvariantCulture) : Quote(ios.StringValue!),

        // A metav1.Time marshals as an RFC 3339 string in UTC.
        DateTimeOffset t => Quote(Manifests.ModelWriter.FormatTime(t)),
        Manifests.ManifestNode node => ValueJson.Of(node),
        Model.FreeformValue freeform => ValueJson.Of((object)freeform),
        IDictionary map => FormatMap(map),
        _ => Quote(value.ToString() ?? string.Empty),
    };

    private static string FormatMap(IDictionary map)
    {
        var keys = new List<string>();
        foreach (var k in map.Keys)
        {
            keys.Add(Convert.ToString(k, CultureInfo.InvariantCulture)!);
        }

        keys.Sort(StringComparer.Ordinal);
        var sb = new StringBuilder("{");
        for (var i = 0; i < keys.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append(Quote(keys[i])).Append(':').Append(FormatValue(map[keys[i]]));
        }

        return sb.Append('}').ToString();
    }

    /// <summary>Quotes a string the way Go's <c>%q</c> does for printable text.</summary>
    /// <param name="s">The string.</param>
    /// <returns>The quoted string.</returns>
    public static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }
}
