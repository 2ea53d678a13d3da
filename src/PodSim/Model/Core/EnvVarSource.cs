namespace PodSim.Model;

/// <summary>The source of an environment variable's value.</summary>
public sealed record EnvVarSource
{
    /// <summary>Gets a field of the pod that supplies the value.</summary>
    public ObjectFieldSelector? FieldRef { get; init; }

    /// <summary>Gets a container resource that supplies the value.</summary>
    public ResourceFieldSelector? ResourceFieldRef { get; init; }

    /// <summary>Gets a config map key that supplies the value.</summary>
    public ConfigMapKeySelector? ConfigMapKeyRef { get; init; }

    /// <summary>Gets a secret key that supplies the value.</summary>
    public SecretKeySelector? SecretKeyRef { get; init; }

    /// <summary>Gets a key in an env file on a volume that supplies the value.</summary>
    public FileKeySelector? FileKeyRef { get; init; }
}
