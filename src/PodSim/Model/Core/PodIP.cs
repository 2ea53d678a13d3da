namespace PodSim.Model;

/// <summary>An IP address of a pod.</summary>
public sealed record PodIP
{
    /// <summary>Gets the IP address.</summary>
    [FieldName("ip")]
    public string? IP { get; init; }
}
