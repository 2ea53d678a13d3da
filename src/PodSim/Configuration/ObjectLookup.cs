using System.Text;
using PodSim.Model;

namespace PodSim.Configuration;

/// <summary>Finds ConfigMaps and Secrets by namespace and name and decodes their data.</summary>
internal static class ObjectLookup
{
    public const string DefaultNamespace = "default";

    public const string RootCaConfigMapName = "kube-root-ca.crt";

    public const string RootCaPlaceholder = "-----BEGIN CERTIFICATE-----\n(cluster root CA, simulated)\n-----END CERTIFICATE-----\n";

    public static string NamespaceOf(KubeObject obj) =>
        string.IsNullOrEmpty(obj.Metadata.Namespace) ? DefaultNamespace : obj.Metadata.Namespace;

    public static ConfigMap? FindConfigMap(ConfigurationSources sources, string ns, string name)
    {
        foreach (var configMap in sources.ConfigMaps)
        {
            if (Matches(configMap, ns, name))
            {
                return configMap;
            }
        }

        // Every namespace has the root CA bundle the control plane publishes.
        if (sources.Settings.PublishRootCaConfigMap && string.Equals(name, RootCaConfigMapName, StringComparison.Ordinal))
        {
            return new ConfigMap
            {
                ApiVersion = "v1",
                Kind = "ConfigMap",
                Metadata = new ObjectMeta { Name = RootCaConfigMapName, Namespace = ns },
                Data = new Dictionary<string, string>(StringComparer.Ordinal) { ["ca.crt"] = RootCaPlaceholder },
            };
        }

        return null;
    }

    public static Secret? FindSecret(ConfigurationSources sources, string ns, string name)
    {
        foreach (var secret in sources.Secrets)
        {
            if (Matches(secret, ns, name))
            {
                return secret;
            }
        }

        return null;
    }

    /// <summary>The Secret's keys and bytes as the API server stores them: base64 data with stringData merged over it.</summary>
    public static SortedDictionary<string, byte[]> SecretData(Secret secret)
    {
        var data = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var pair in secret.Data)
        {
            data[pair.Key] = DecodeBase64(pair.Value);
        }

        foreach (var pair in secret.StringData)
        {
            data[pair.Key] = Encoding.UTF8.GetBytes(pair.Value);
        }

        return data;
    }

    /// <summary>The ConfigMap's text entries in ordinal key order.</summary>
    public static SortedDictionary<string, string> ConfigMapData(ConfigMap configMap) =>
        new(configMap.Data.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>The ConfigMap's text and binary entries as bytes, in ordinal key order.</summary>
    public static SortedDictionary<string, byte[]> ConfigMapBytes(ConfigMap configMap)
    {
        var data = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var pair in configMap.Data)
        {
            data[pair.Key] = Encoding.UTF8.GetBytes(pair.Value);
        }

        foreach (var pair in configMap.BinaryData)
        {
            // A key in both maps is rejected by validation; text wins here as upstream checks Data first.
            data.TryAdd(pair.Key, DecodeBase64(pair.Value));
        }

        return data;
    }

    public static string DecodeToString(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private static bool Matches(KubeObject obj, string ns, string name) =>
        string.Equals(obj.Metadata.Name, name, StringComparison.Ordinal)
        && string.Equals(NamespaceOf(obj), ns, StringComparison.Ordinal);

    private static byte[] DecodeBase64(string text)
    {
        // The API server rejects data that is not base64; keep undecodable text as written rather than fail.
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : Encoding.UTF8.GetBytes(text);
    }
}
