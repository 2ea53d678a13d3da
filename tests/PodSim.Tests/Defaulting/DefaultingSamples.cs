using PodSim.Model;

namespace PodSim.Tests.Defaulting;

/// <summary>Small model builders shared by the defaulting tests.</summary>
internal static class DefaultingSamples
{
    public const string Sha256 = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    public static Container Container(string image = "nginx:1.25") => new() { Name = "app", Image = image };

    public static PodSpec Spec(params Container[] containers) => new() { Containers = containers };

    public static Pod Pod(PodSpec spec) => new() { ApiVersion = "v1", Kind = "Pod", Metadata = new() { Name = "p" }, Spec = spec };

    public static Pod Pod(params Container[] containers) => Pod(Spec(containers));

    public static PodTemplateSpec Template(PodSpec spec, IReadOnlyDictionary<string, string>? labels = null) =>
        new() { Metadata = new() { Labels = labels ?? EmptyMap.Strings }, Spec = spec };

    public static IReadOnlyDictionary<string, Quantity> Resources(params (string Name, string Value)[] entries) =>
        entries.ToDictionary(e => e.Name, e => Quantity.Parse(e.Value), StringComparer.Ordinal);

    public static Dictionary<string, string> Labels(params (string Key, string Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
}
