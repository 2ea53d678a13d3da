namespace PodSim.Model;

/// <summary>One file of pod information.</summary>
public sealed record DownwardAPIVolumeFile
{
    /// <summary>Gets the relative path of the file.</summary>
    public string? Path { get; init; }

    /// <summary>Gets the pod field written to the file.</summary>
    public ObjectFieldSelector? FieldRef { get; init; }

    /// <summary>Gets the container resource written to the file.</summary>
    public ResourceFieldSelector? ResourceFieldRef { get; init; }

    /// <summary>Gets the permission bits of the file.</summary>
    public int? Mode { get; init; }
}
