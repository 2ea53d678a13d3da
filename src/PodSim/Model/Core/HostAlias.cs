namespace PodSim.Model;

/// <summary>An entry added to a pod's hosts file.</summary>
public sealed record HostAlias
{
    /// <summary>Gets the IP address of the entry.</summary>
    [FieldName("ip")]
    public string? IP { get; init; }

    /// <summary>Gets the host names of the entry.</summary>
    public IReadOnlyList<string> Hostnames { get; init; } = [];
}
