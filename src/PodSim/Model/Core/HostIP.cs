namespace PodSim.Model;

/// <summary>An IP address of a pod's node.</summary>
public sealed record HostIP
{
    /// <summary>Gets the IP address.</summary>
    [FieldName("ip")]
    public string? IP { get; init; }
}
