namespace PodSim.Model;

/// <summary>A pod condition a pod failure rule matches.</summary>
public sealed record PodFailurePolicyOnPodConditionsPattern
{
    /// <summary>Gets the pod condition type matched.</summary>
    public string? Type { get; init; }

    /// <summary>Gets the pod condition status matched.</summary>
    public string? Status { get; init; }
}
