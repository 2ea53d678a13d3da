namespace PodSim.Kubelet;

/// <summary>The three kinds of container probe.</summary>
internal enum ProbeType
{
    /// <summary>The startup probe: gates liveness and readiness; failure at the threshold restarts the container.</summary>
    Startup,

    /// <summary>The liveness probe: failure at the threshold restarts the container.</summary>
    Liveness,

    /// <summary>The readiness probe: decides the container's <c>ready</c>.</summary>
    Readiness,
}
