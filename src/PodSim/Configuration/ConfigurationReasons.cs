namespace PodSim.Configuration;

/// <summary>The upstream reasons of the errors and events the configuration rules produce.</summary>
internal static class ConfigurationReasons
{
    /// <summary>A container cannot be configured; it waits with this reason and the error's message.</summary>
    public const string CreateContainerConfigError = "CreateContainerConfigError";

    /// <summary>A volume cannot be set up; the pod stays in ContainerCreating with a FailedMount event.</summary>
    public const string FailedMount = "FailedMount";

    /// <summary>The pod sandbox cannot be created (here: an invalid hostname, subdomain or FQDN).</summary>
    public const string FailedCreatePodSandBox = "FailedCreatePodSandBox";

    /// <summary>envFrom keys were skipped because they are not valid variable names (a Warning event).</summary>
    public const string InvalidEnvironmentVariableNames = "InvalidEnvironmentVariableNames";

    /// <summary>The DNS configuration exceeded a limit and was cut (a Warning event).</summary>
    public const string DnsConfigForming = "DNSConfigForming";

    /// <summary>ClusterFirst was asked for but no cluster DNS is configured (a Warning event).</summary>
    public const string MissingClusterDns = "MissingClusterDNS";
}
