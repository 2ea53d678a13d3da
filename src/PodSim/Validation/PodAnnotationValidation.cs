using PodSim.Model;

namespace PodSim.Validation;

/// <summary>
/// The deprecated seccomp and AppArmor annotations of pods and pod templates (<c>ValidateSeccompPodAnnotations</c>,
/// <c>ValidateAppArmorPodAnnotations</c>, <c>validateSeccompAnnotationsAndFields</c> and
/// <c>validateAppArmorAnnotationsAndFieldsMatchOnCreate</c> in <c>pkg/apis/core/validation/validation.go</c>).
/// Annotations are visited in ordinal key order.
/// </summary>
internal static class PodAnnotationValidation
{
    private const string SeccompPodAnnotation = "seccomp.security.alpha.kubernetes.io/pod";
    private const string SeccompContainerAnnotationPrefix = "container.seccomp.security.alpha.kubernetes.io/";
    private const string AppArmorMismatch = "apparmor type in annotation and field must match";
    private const string SeccompMismatch = "seccomp type in annotation and field must match";

    /// <summary>The annotation checks of <c>ValidatePodSpecificAnnotations</c> for seccomp and AppArmor.</summary>
    public static List<FieldError> ValidateSecurityAnnotations(IReadOnlyDictionary<string, string> annotations, PodSpec spec, FieldPath path)
    {
        var errs = new List<FieldError>();
        if (annotations.TryGetValue(SeccompPodAnnotation, out var podSeccomp))
        {
            errs.AddRange(ValidateSeccompAnnotation(podSeccomp, path.Child(SeccompPodAnnotation)));
        }

        var keys = LabelValidation.SortedKeys(annotations);
        foreach (var key in keys)
        {
            if (key.StartsWith(SeccompContainerAnnotationPrefix, StringComparison.Ordinal))
            {
                errs.AddRange(ValidateSeccompAnnotation(annotations[key], path.Child(key)));
            }
        }

        foreach (var key in keys)
        {
            if (!key.StartsWith(PodCreateStrategy.AppArmorAnnotationPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var containerName = key[PodCreateStrategy.AppArmorAnnotationPrefix.Length..];
            if (!HasContainer(spec, containerName))
            {
                errs.Add(FieldError.Invalid(path.Key(key), containerName, "container not found"));
            }

            var profile = annotations[key];
            if (profile is not ("" or "runtime/default" or "unconfined") && !profile.StartsWith("localhost/", StringComparison.Ordinal))
            {
                errs.Add(FieldError.Invalid(path.Key(key), profile, "invalid AppArmor profile name: " + FieldError.Quote(profile)));
            }
        }

        return errs;
    }

    /// <summary>
    /// Where an annotation and the matching field are both set, they must name the same profile: seccomp at pod and
    /// container level, then AppArmor per container (a container without its own AppArmor field inherits the pod's).
    /// </summary>
    public static List<FieldError> ValidateAnnotationsMatchFields(IReadOnlyDictionary<string, string> annotations, PodSpec spec, FieldPath specPath)
    {
        var errs = new List<FieldError>();
        if (spec.SecurityContext?.SeccompProfile is { } podSeccomp && annotations.TryGetValue(SeccompPodAnnotation, out var podAnnotation)
            && SeccompMatch(podAnnotation, podSeccomp, specPath.Child("securityContext", "seccompProfile")) is { } podError)
        {
            errs.Add(podError);
        }

        SchedulingValidation.VisitContainers(spec, specPath, (c, p) =>
        {
            if (c.SecurityContext?.SeccompProfile is { } field && annotations.TryGetValue(SeccompContainerAnnotationPrefix + c.Name, out var annotation)
                && SeccompMatch(annotation, field, p.Child("securityContext", "seccompProfile")) is { } error)
            {
                errs.Add(error);
            }
        });

        if (spec.Os?.Name == "windows")
        {
            return errs;
        }

        var podProfile = spec.SecurityContext?.AppArmorProfile;
        SchedulingValidation.VisitContainers(spec, specPath, (c, p) =>
        {
            var profile = c.SecurityContext?.AppArmorProfile ?? podProfile;
            if (profile is null || !annotations.TryGetValue(PodCreateStrategy.AppArmorAnnotationPrefix + c.Name, out var annotation))
            {
                return;
            }

            var path = p.Child("securityContext", "appArmorProfile");
            switch (profile.Type)
            {
                case "Unconfined" when annotation != "unconfined":
                case "RuntimeDefault" when annotation != "runtime/default":
                case "Localhost" when !annotation.StartsWith("localhost/", StringComparison.Ordinal):
                    errs.Add(FieldError.Forbidden(path.Child("type"), AppArmorMismatch));
                    break;
                case "Localhost" when annotation["localhost/".Length..] != profile.LocalhostProfile:
                    errs.Add(FieldError.Forbidden(path.Child("localhostProfile"), "apparmor profile in annotation and field must match"));
                    break;
            }
        });
        return errs;
    }

    // ValidateSeccompProfile: the annotation forms of the seccomp profile.
    private static List<FieldError> ValidateSeccompAnnotation(string profile, FieldPath path)
    {
        if (profile is "runtime/default" or "docker/default" or "unconfined")
        {
            return [];
        }

        return profile.StartsWith("localhost/", StringComparison.Ordinal)
            ? VolumeValidation.ValidateLocalDescendingPath(profile["localhost/".Length..], path)
            : [FieldError.Invalid(path, profile, "must be a valid seccomp profile")];
    }

    // validateSeccompAnnotationsAndFieldsMatch
    private static FieldError? SeccompMatch(string annotation, SeccompProfile field, FieldPath path) => field.Type switch
    {
        "Unconfined" when annotation != "unconfined" => FieldError.Forbidden(path.Child("type"), SeccompMismatch),
        "RuntimeDefault" when annotation is not ("runtime/default" or "docker/default") => FieldError.Forbidden(path.Child("type"), SeccompMismatch),
        "Localhost" when !annotation.StartsWith("localhost/", StringComparison.Ordinal) => FieldError.Forbidden(path.Child("type"), SeccompMismatch),
        "Localhost" when annotation["localhost/".Length..] != field.LocalhostProfile =>
            FieldError.Forbidden(path.Child("localhostProfile"), "seccomp profile in annotation and field must match"),
        _ => null,
    };

    // podSpecHasContainer: init, regular and ephemeral containers.
    private static bool HasContainer(PodSpec spec, string name) =>
        spec.InitContainers.Any(c => c.Name == name) || spec.Containers.Any(c => c.Name == name) || spec.EphemeralContainers.Any(c => c.Name == name);
}
