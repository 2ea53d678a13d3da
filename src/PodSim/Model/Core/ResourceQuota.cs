namespace PodSim.Model;

/// <summary>A Kubernetes ResourceQuota (core/v1): aggregate resource limits of a namespace.</summary>
public sealed record ResourceQuota : KubeObject
{
    /// <summary>Gets the quota's desired limits.</summary>
    public ResourceQuotaSpec? Spec { get; init; }

    /// <summary>Gets the quota's enforced limits and current usage.</summary>
    public ResourceQuotaStatus? Status { get; init; }
}
