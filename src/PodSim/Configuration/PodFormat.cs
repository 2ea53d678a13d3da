using PodSim.Model;

namespace PodSim.Configuration;

/// <summary>The kubelet's <c>format.Pod</c>: <c>name_namespace(uid)</c>.</summary>
internal static class PodFormat
{
    public static string Describe(Pod pod) =>
        pod.Metadata.Name + "_" + ObjectLookup.NamespaceOf(pod) + "(" + pod.Metadata.Uid + ")";
}
