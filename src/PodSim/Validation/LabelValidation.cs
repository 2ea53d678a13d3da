using PodSim.Model;

namespace PodSim.Validation;

/// <summary>
/// Label, annotation and label-selector validation as in apimachinery's <c>meta/v1/validation</c> and
/// <c>api/validation</c>. Map keys are visited in ordinal order so that results are deterministic
/// (upstream visits Go maps in random order).
/// </summary>
internal static class LabelValidation
{
    /// <summary>The total size limit of an object's annotations (256 KiB).</summary>
    public const int TotalAnnotationSizeLimitBytes = 256 * 1024;

    /// <summary>Validates a label map; every key and value error is reported at <paramref name="path"/> itself.</summary>
    /// <param name="labels">The labels.</param>
    /// <param name="path">The map's path, such as <c>metadata.labels</c>.</param>
    /// <returns>The errors.</returns>
    public static IReadOnlyList<FieldError> ValidateLabels(IReadOnlyDictionary<string, string> labels, FieldPath path)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var errs = new List<FieldError>();
        foreach (var key in SortedKeys(labels))
        {
            errs.AddRange(ValidateLabelName(key, path));
            foreach (var msg in NameValidation.IsValidLabelValue(labels[key]))
            {
                errs.Add(FieldError.Invalid(path, labels[key], msg));
            }
        }

        return errs;
    }

    /// <summary>Validates a label key (a qualified name).</summary>
    /// <param name="name">The key.</param>
    /// <param name="path">The path to report.</param>
    /// <returns>The errors.</returns>
    public static IReadOnlyList<FieldError> ValidateLabelName(string name, FieldPath path)
    {
        ArgumentNullException.ThrowIfNull(name);
        var errs = new List<FieldError>();
        foreach (var msg in NameValidation.IsQualifiedName(name))
        {
            errs.Add(FieldError.Invalid(path, name, msg));
        }

        return errs;
    }

    /// <summary>Validates annotations: keys are qualified names (checked in lower case) and the total size is at most 256 KiB.</summary>
    /// <param name="annotations">The annotations.</param>
    /// <param name="path">The map's path, such as <c>metadata.annotations</c>.</param>
    /// <returns>The errors.</returns>
    public static IReadOnlyList<FieldError> ValidateAnnotations(IReadOnlyDictionary<string, string> annotations, FieldPath path)
    {
        ArgumentNullException.ThrowIfNull(annotations);
        var errs = new List<FieldError>();
        long total = 0;
        foreach (var key in SortedKeys(annotations))
        {
            foreach (var msg in NameValidation.IsQualifiedName(key.ToLowerInvariant()))
            {
                errs.Add(FieldError.Invalid(path, key, msg));
            }

            total += System.Text.Encoding.UTF8.GetByteCount(key) + System.Text.Encoding.UTF8.GetByteCount(annotations[key]);
        }

        if (total > TotalAnnotationSizeLimitBytes)
        {
            errs.Add(FieldError.TooLong(path, TotalAnnotationSizeLimitBytes));
        }

        return errs;
    }

    /// <summary>Validates a label selector (<c>matchLabels</c> and <c>matchExpressions</c>). A null selector is valid.</summary>
    /// <param name="selector">The selector.</param>
    /// <param name="path">The selector's path, such as <c>spec.selector</c>.</param>
    /// <returns>The errors.</returns>
    public static IReadOnlyList<FieldError> ValidateLabelSelector(LabelSelector? selector, FieldPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var errs = new List<FieldError>();
        if (selector is null)
        {
            return errs;
        }

        errs.AddRange(ValidateLabels(selector.MatchLabels, path.Child("matchLabels")));
        for (var i = 0; i < selector.MatchExpressions.Count; i++)
        {
            errs.AddRange(ValidateLabelSelectorRequirement(selector.MatchExpressions[i], path.Child("matchExpressions").Index(i)));
        }

        return errs;
    }

    /// <summary>Validates one <c>matchExpressions</c> entry.</summary>
    /// <param name="requirement">The requirement.</param>
    /// <param name="path">Its path.</param>
    /// <returns>The errors.</returns>
    public static IReadOnlyList<FieldError> ValidateLabelSelectorRequirement(LabelSelectorRequirement requirement, FieldPath path)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(path);
        var errs = new List<FieldError>();
        switch (requirement.Operator)
        {
            case "In" or "NotIn":
                if (requirement.Values.Count == 0)
                {
                    errs.Add(FieldError.Required(path.Child("values"), "must be specified when `operator` is 'In' or 'NotIn'"));
                }

                break;
            case "Exists" or "DoesNotExist":
                if (requirement.Values.Count > 0)
                {
                    errs.Add(FieldError.Forbidden(path.Child("values"), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
                }

                break;
            default:
                errs.Add(FieldError.Invalid(path.Child("operator"), requirement.Operator ?? string.Empty, "not a valid selector operator"));
                break;
        }

        errs.AddRange(ValidateLabelName(requirement.Key ?? string.Empty, path.Child("key")));
        for (var j = 0; j < requirement.Values.Count; j++)
        {
            foreach (var msg in NameValidation.IsValidLabelValue(requirement.Values[j]))
            {
                errs.Add(FieldError.Invalid(path.Child("values").Index(j), requirement.Values[j], msg));
            }
        }

        return errs;
    }

    internal static List<string> SortedKeys<TValue>(IReadOnlyDictionary<string, TValue> map)
    {
        var keys = new List<string>(map.Keys);
        keys.Sort(StringComparer.Ordinal);
        return keys;
    }
}
