namespace PodSim.Configuration;

/// <summary>The names a pod's containers see for themselves.</summary>
/// <param name="Hostname">The short host name: <c>spec.hostname</c> or the pod name, cut to 63 characters.</param>
/// <param name="Domain">The host domain <c>&lt;subdomain&gt;.&lt;ns&gt;.svc.&lt;cluster domain&gt;</c>, or null without a subdomain.</param>
/// <param name="KernelHostname">
/// What <c>hostname</c> prints: the short name, the fully qualified name with <c>setHostnameAsFQDN</c>, or the node's
/// name on the host network; null when it cannot be built (see <paramref name="Error"/>).
/// </param>
/// <param name="Error">
/// The upstream error when the hostname, subdomain or FQDN is invalid; the kubelet then cannot create the pod
/// sandbox (<c>FailedCreatePodSandBox</c>), so no container starts.
/// </param>
public sealed record PodHostname(string Hostname, string? Domain, string? KernelHostname, string? Error)
{
    /// <summary>Gets the fully qualified name <c>&lt;hostname&gt;.&lt;domain&gt;</c>, or null without a domain.</summary>
    public string? Fqdn => Domain is null ? null : Hostname + "." + Domain;
}
