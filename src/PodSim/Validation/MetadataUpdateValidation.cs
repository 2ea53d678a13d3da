using System.Collections;
using System.Text;
using PodSim.Model;

namespace PodSim.Validation;

/// <summary>
/// Object metadata rules on update (<c>ValidateObjectMetaAccessorUpdate</c> in
/// <c>staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go</c>) and the owner reference rules it applies.
/// </summary>
internal static class MetadataUpdateValidation
{
    /// <summary>Upstream's <c>FieldImmutableErrorMsg</c>.</summary>
    public const string FieldImmutable = "field is immutable";

    /// <summary>
    /// No new finalizers while deleting, a resourceVersion present, generation not decremented, name, namespace, uid,
    /// creationTimestamp, deletionTimestamp and deletionGracePeriodSeconds unchanged, and the new labels,
    /// annotations and owner references valid. <c>generateName</c> may change, as upstream allows.
    /// </summary>
    public static List<FieldError> Validate(ObjectMeta newMeta, ObjectMeta oldMeta, FieldPath path)
    {
        var errs = new List<FieldError>();
        if (oldMeta.DeletionTimestamp is not null)
        {
            var extra = new SortedSet<string>(newMeta.Finalizers, StringComparer.Ordinal);
            extra.ExceptWith(oldMeta.Finalizers);
            if (extra.Count != 0)
            {
                errs.Add(FieldError.Forbidden(
                    path.Child("finalizers"),
                    "no new finalizers can be added if the object is being deleted, found new finalizers " + GoStringSlice(extra)));
            }
        }

        if (string.IsNullOrEmpty(newMeta.ResourceVersion))
        {
            errs.Add(FieldError.Invalid(path.Child("resourceVersion"), newMeta.ResourceVersion ?? string.Empty, "must be specified for an update"));
        }

        if ((newMeta.Generation ?? 0) < (oldMeta.Generation ?? 0))
        {
            errs.Add(FieldError.Invalid(path.Child("generation"), newMeta.Generation ?? 0, "must not be decremented"));
        }

        Immutable(errs, newMeta.Name ?? string.Empty, oldMeta.Name ?? string.Empty, path.Child("name"));
        Immutable(errs, newMeta.Namespace ?? string.Empty, oldMeta.Namespace ?? string.Empty, path.Child("namespace"));
        Immutable(errs, NamedString(newMeta.Uid), NamedString(oldMeta.Uid), path.Child("uid"));
        Immutable(errs, newMeta.CreationTimestamp, oldMeta.CreationTimestamp, path.Child("creationTimestamp"));
        Immutable(errs, newMeta.DeletionTimestamp, oldMeta.DeletionTimestamp, path.Child("deletionTimestamp"));
        Immutable(errs, newMeta.DeletionGracePeriodSeconds, oldMeta.DeletionGracePeriodSeconds, path.Child("deletionGracePeriodSeconds"));
        errs.AddRange(LabelValidation.ValidateLabels(newMeta.Labels, path.Child("labels")));
        errs.AddRange(LabelValidation.ValidateAnnotations(newMeta.Annotations, path.Child("annotations")));
        errs.AddRange(ValidateOwnerReferences(newMeta.OwnerReferences, path.Child("ownerReferences")));
        return errs;
    }

    /// <summary>
    /// <c>ValidateImmutableField</c>: an Invalid error carrying the new value when it differs semantically from the old.
    /// </summary>
    public static void Immutable(List<FieldError> errs, object? newValue, object? oldValue, FieldPath path)
    {
        if (!ModelDiff.AreEqual(newValue, oldValue))
        {
            errs.Add(FieldError.Invalid(path, BadValue(newValue), FieldImmutable));
        }
    }

    /// <summary>A value as a field error prints it: scalars as they are, anything else as its node tree (JSON).</summary>
    public static object? BadValue(object? value) => value switch
    {
        null or string or bool or int or long or DateTimeOffset => value,
        _ => Manifests.ModelWriter.ToNode(value) ?? (value is IDictionary ? EmptyObject : null),
    };

    private static Manifests.ManifestMapping EmptyObject { get; } = new([], new Manifests.SourceLocation("<generated>", 1, 1));

    /// <summary>
    /// A value of a Go named string type (<c>types.UID</c>, <c>core.SecretType</c>): the error prints it through
    /// <c>json.Marshal</c>, which escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, where a plain string is printed with <c>%q</c>.
    /// </summary>
    public static Manifests.ManifestScalar NamedString(string? value) =>
        new(value ?? string.Empty, Manifests.ScalarKind.String, new Manifests.SourceLocation("<generated>", 1, 1));

    /// <summary>Owner references (<c>ValidateOwnerReferences</c>): the required fields, banned owners, one controller.</summary>
    public static List<FieldError> ValidateOwnerReferences(IReadOnlyList<OwnerReference> refs, FieldPath path)
    {
        var errs = new List<FieldError>();
        string? firstController = null;
        foreach (var r in refs)
        {
            var apiVersion = r.ApiVersion ?? string.Empty;
            var version = VersionOf(apiVersion, out var group);
            if (version.Length == 0)
            {
                errs.Add(FieldError.Invalid(path.Child("apiVersion"), apiVersion, "version must not be empty"));
            }

            var kind = r.Kind ?? string.Empty;
            if (kind.Length == 0)
            {
                errs.Add(FieldError.Invalid(path.Child("kind"), kind, "must not be empty"));
            }

            if (string.IsNullOrEmpty(r.Name))
            {
                errs.Add(FieldError.Invalid(path.Child("name"), r.Name ?? string.Empty, "must not be empty"));
            }

            if (string.IsNullOrEmpty(r.Uid))
            {
                errs.Add(FieldError.Invalid(path.Child("uid"), r.Uid ?? string.Empty, "must not be empty"));
            }

            // Events may not own objects (BannedOwners); the kind is printed as schema.GroupVersionKind.String does.
            if (group.Length == 0 && version == "v1" && kind == "Event")
            {
                errs.Add(FieldError.Invalid(path, Manifests.ManifestWriter.ToNode(r), "/v1, Kind=Event is disallowed from being an owner"));
            }

            if (r.Controller == true)
            {
                var current = kind + "/" + r.Name;
                if (firstController is not null)
                {
                    errs.Add(FieldError.Invalid(
                        path,
                        Manifests.ManifestWriter.ToNode(refs),
                        "Only one reference can have Controller set to true. Found \"true\" in references for " + firstController + " and " + current));
                }
                else
                {
                    firstController = current;
                }
            }
        }

        return errs;
    }

    // schema.ParseGroupVersion: "" is empty, "v1" a version, "g/v" a group and version, more slashes an error (no version).
    private static string VersionOf(string apiVersion, out string group)
    {
        group = string.Empty;
        var parts = apiVersion.Split('/');
        switch (parts.Length)
        {
            case 1:
                return apiVersion;
            case 2:
                group = parts[0];
                return parts[1];
            default:
                return string.Empty;
        }
    }

    // Go's %#v of a []string: []string{"a", "b"}.
    private static string GoStringSlice(IEnumerable<string> values)
    {
        var sb = new StringBuilder("[]string{");
        var first = true;
        foreach (var v in values)
        {
            if (!first)
            {
                sb.Append(", ");
            }

            sb.Append(FieldError.Quote(v));
            first = false;
        }

        return sb.Append('}').ToString();
    }
}
