namespace PodSim.Model;

/// <summary>Selects a field of the pod by path.</summary>
public sealed record ObjectFieldSelector
{
    /// <summary>Gets the API version the field path is written against.</summary>
    public string? ApiVersion { get; init; }

    /// <summary>Gets the path of the field to select.</summary>
    public string? FieldPath { get; init; }
}
