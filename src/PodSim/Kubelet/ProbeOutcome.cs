namespace PodSim.Kubelet;

/// <summary>What one probe attempt returns: success, or failure with the prober's output, after a delay.</summary>
/// <param name="Success">Whether the probe passed.</param>
/// <param name="Output">The failure output the kubelet puts in the <c>Unhealthy</c> event; empty on success.</param>
/// <param name="Delay">How long after the attempt the result is known (the probe's latency, at most its timeout).</param>
internal readonly record struct ProbeOutcome(bool Success, string Output, TimeSpan Delay);
