using System.Globalization;
using PodSim.Model;

namespace PodSim.Configuration;

/// <summary>
/// Service-link environment variables (<c>getServiceEnvVarMap</c> and <c>envvars.FromServices</c>): the
/// <c>default/kubernetes</c> Service always, the pod's namespace's Services when <c>enableServiceLinks</c> is true.
/// </summary>
internal static class ServiceLinks
{
    private const string MasterServiceName = "kubernetes";

    /// <summary>The variables, Services in ordinal name order, each Service's variables in upstream order.</summary>
    public static IReadOnlyList<EnvironmentVariable> Variables(string ns, bool enableServiceLinks, ConfigurationSources sources)
    {
        var byName = new SortedDictionary<string, Service>(StringComparer.Ordinal);
        var masterSeen = false;
        foreach (var service in sources.Services)
        {
            var name = service.Metadata.Name ?? string.Empty;
            var serviceNs = ObjectLookup.NamespaceOf(service);
            var isMaster = string.Equals(serviceNs, ObjectLookup.DefaultNamespace, StringComparison.Ordinal)
                && string.Equals(name, MasterServiceName, StringComparison.Ordinal);
            masterSeen |= isMaster;
            if (!IsServiceIPSet(service))
            {
                continue;
            }

            if (isMaster)
            {
                // The pod's own namespace wins over the master Service of the same name.
                byName.TryAdd(name, service);
            }
            else if (enableServiceLinks && string.Equals(serviceNs, ns, StringComparison.Ordinal))
            {
                byName[name] = service;
            }
        }

        if (!masterSeen && sources.Settings.KubernetesServiceIP is { Length: > 0 } ip)
        {
            byName.TryAdd(MasterServiceName, ImplicitMasterService(ip));
        }

        var result = new List<EnvironmentVariable>();
        foreach (var service in byName.Values)
        {
            AddServiceVariables(result, service);
        }

        return result;
    }

    /// <summary>Upstream <c>makeEnvVariableName</c>: upper case with '-' replaced by '_'.</summary>
    public static string EnvName(string name) => name.Replace('-', '_').ToUpperInvariant();

    private static void AddServiceVariables(List<EnvironmentVariable> result, Service service)
    {
        var spec = service.Spec!;
        var clusterIP = spec.ClusterIP!;
        var prefix = EnvName(service.Metadata.Name ?? string.Empty);
        var origin = "service " + ObjectLookup.NamespaceOf(service) + "/" + service.Metadata.Name;
        Add(prefix + "_SERVICE_HOST", clusterIP);
        if (spec.Ports.Count == 0)
        {
            return;
        }

        var portName = prefix + "_SERVICE_PORT";
        Add(portName, Port(spec.Ports[0]));
        foreach (var port in spec.Ports)
        {
            if (!string.IsNullOrEmpty(port.Name))
            {
                Add(portName + "_" + EnvName(port.Name), Port(port));
            }
        }

        // Docker-link variables.
        for (var i = 0; i < spec.Ports.Count; i++)
        {
            var port = spec.Ports[i];
            var protocol = string.IsNullOrEmpty(port.Protocol) ? Protocols.Tcp : port.Protocol;
            var lower = protocol.ToLowerInvariant();
            var url = lower + "://" + HostPort(clusterIP, Port(port));
            if (i == 0)
            {
                Add(prefix + "_PORT", url);
            }

            var portPrefix = prefix + "_PORT_" + Port(port) + "_" + protocol.ToUpperInvariant();
            Add(portPrefix, url);
            Add(portPrefix + "_PROTO", lower);
            Add(portPrefix + "_PORT", Port(port));
            Add(portPrefix + "_ADDR", clusterIP);
        }

        void Add(string name, string value) => result.Add(new EnvironmentVariable(name, value, EnvironmentSourceKind.ServiceLink, origin));
    }

    private static bool IsServiceIPSet(Service service) =>
        service.Spec?.ClusterIP is { Length: > 0 } ip && !string.Equals(ip, "None", StringComparison.Ordinal);

    private static string Port(ServicePort port) => (port.Port ?? 0).ToString(CultureInfo.InvariantCulture);

    // net.JoinHostPort: IPv6 addresses are bracketed.
    private static string HostPort(string host, string port) =>
        host.Contains(':', StringComparison.Ordinal) ? "[" + host + "]:" + port : host + ":" + port;

    private static Service ImplicitMasterService(string ip) => new()
    {
        ApiVersion = "v1",
        Kind = "Service",
        Metadata = new ObjectMeta { Name = MasterServiceName, Namespace = ObjectLookup.DefaultNamespace },
        Spec = new ServiceSpec
        {
            ClusterIP = ip,
            Ports = [new ServicePort { Name = "https", Port = 443, Protocol = Protocols.Tcp }],
        },
    };
}
