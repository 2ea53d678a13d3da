namespace PodSim.Model;

/// <summary>An environment variable set in a container.</summary>
public sealed record EnvVar
{
    /// <summary>Gets the variable's name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the variable's literal value, with $(VAR) references expanded.</summary>
    public string? Value { get; init; }

    /// <summary>Gets where the variable's value is read from.</summary>
    public EnvVarSource? ValueFrom { get; init; }
}
