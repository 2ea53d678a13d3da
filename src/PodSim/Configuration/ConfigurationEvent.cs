namespace PodSim.Configuration;

/// <summary>A Warning event the kubelet records on the pod while configuring it.</summary>
/// <param name="Reason">The event reason (see <see cref="ConfigurationReasons"/>).</param>
/// <param name="Message">The upstream message.</param>
public sealed record ConfigurationEvent(string Reason, string Message);
