using PodSim.Model;

namespace PodSim.Admission;

/// <summary>Why the API server refused to create a pod, worded exactly as the API server words it.</summary>
/// <param name="Plugin">The plugin that refused the pod (see <see cref="AdmissionPlugins"/>).</param>
/// <param name="Reason">The API status reason: <c>Forbidden</c> for plugins, <c>Invalid</c> for validation.</param>
/// <param name="Message">
/// The full status message, for example
/// <c>pods "web" is forbidden: minimum cpu usage per Container is 100m, but request is 50m</c> or
/// <c>Pod "web" is invalid: spec.containers[0].resources.requests: Invalid value: "700m": must be less than or equal to cpu limit of 500m</c>.
/// </param>
internal sealed record AdmissionError(string Plugin, string Reason, string Message)
{
    /// <summary>The status reason of a plugin refusal.</summary>
    public const string ForbiddenReason = "Forbidden";

    /// <summary>The status reason of a validation failure.</summary>
    public const string InvalidReason = "Invalid";

    /// <summary>Creates a plugin refusal: <c>pods "name" is forbidden: detail</c>.</summary>
    /// <param name="plugin">The plugin.</param>
    /// <param name="pod">The pod being created; its name, or failing that its generateName, is quoted.</param>
    /// <param name="detail">The plugin's own message.</param>
    /// <returns>The error.</returns>
    internal static AdmissionError Forbidden(string plugin, Pod pod, string detail) =>
        new(plugin, ForbiddenReason, "pods \"" + NameOf(pod) + "\" is forbidden: " + detail);

    /// <summary>Creates a validation failure: <c>Pod "name" is invalid: detail</c>.</summary>
    /// <param name="pod">The pod being created.</param>
    /// <param name="detail">The aggregated field errors.</param>
    /// <returns>The error.</returns>
    internal static AdmissionError Invalid(Pod pod, string detail) =>
        new(AdmissionPlugins.Validation, InvalidReason, "Pod \"" + NameOf(pod) + "\" is invalid: " + detail);

    // Upstream names the object by its name, else its generateName (names are generated later), else "Unknown".
    private static string NameOf(Pod pod)
    {
        var meta = pod.Metadata;
        if (!string.IsNullOrEmpty(meta.Name))
        {
            return meta.Name;
        }

        return string.IsNullOrEmpty(meta.GenerateName) ? "Unknown" : meta.GenerateName;
    }
}
