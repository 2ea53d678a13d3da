namespace PodSim.Configuration;

/// <summary>Where an environment variable's value came from.</summary>
public enum EnvironmentSourceKind
{
    /// <summary>A literal <c>value</c>, after <c>$(VAR)</c> expansion.</summary>
    Value,

    /// <summary>A key of a ConfigMap named by <c>envFrom.configMapRef</c>.</summary>
    ConfigMapEnvFrom,

    /// <summary>A key of a Secret named by <c>envFrom.secretRef</c>.</summary>
    SecretEnvFrom,

    /// <summary>A <c>valueFrom.configMapKeyRef</c>.</summary>
    ConfigMapKey,

    /// <summary>A <c>valueFrom.secretKeyRef</c>.</summary>
    SecretKey,

    /// <summary>A <c>valueFrom.fieldRef</c> (Downward API pod field).</summary>
    FieldRef,

    /// <summary>A <c>valueFrom.resourceFieldRef</c> (Downward API container resource).</summary>
    ResourceFieldRef,

    /// <summary>A <c>valueFrom.fileKeyRef</c>; the file is written at run time, so PodSim leaves the value empty.</summary>
    FileKeyRef,

    /// <summary>A service-link variable such as <c>KUBERNETES_SERVICE_HOST</c>.</summary>
    ServiceLink,
}
