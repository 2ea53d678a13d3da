using PodSim.Model;

namespace PodSim.Scenarios;

/// <summary>Kubelet settings.</summary>
public sealed record KubeletSpec
{
    /// <summary>Gets the crash-loop back-off curve (default initial 10s, max 5m).</summary>
    public BackOffSpec? CrashLoopBackOff { get; init; }

    /// <summary>Gets the image pull back-off curve (default initial 10s, max 5m).</summary>
    public BackOffSpec? ImagePullBackOff { get; init; }
}
