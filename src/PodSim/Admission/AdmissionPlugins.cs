namespace PodSim.Admission;

/// <summary>
/// Names of the API server admission plugins PodSim runs on pod creation, as reported in
/// <see cref="AdmissionError.Plugin"/>, plus <see cref="Validation"/> for the API validation step between the
/// mutating and the validating phase.
/// </summary>
internal static class AdmissionPlugins
{
    /// <summary>Applies LimitRange defaults (mutating) and enforces LimitRange bounds (validating).</summary>
    public const string LimitRanger = "LimitRanger";

    /// <summary>Resolves <c>priorityClassName</c> into <c>priority</c> and <c>preemptionPolicy</c>.</summary>
    public const string Priority = "Priority";

    /// <summary>Adds the 300-second not-ready and unreachable NoExecute tolerations.</summary>
    public const string DefaultTolerationSeconds = "DefaultTolerationSeconds";

    /// <summary>Adds the RuntimeClass overhead and scheduling constraints, and checks a preset overhead.</summary>
    public const string RuntimeClass = "RuntimeClass";

    /// <summary>Charges the pod against the namespace's ResourceQuotas; runs last.</summary>
    public const string ResourceQuota = "ResourceQuota";

    /// <summary>Not a plugin: the API object validation that runs after the mutating plugins.</summary>
    public const string Validation = "Validation";
}
