using PodSim.Model;

namespace PodSim.Tests.Controllers;

/// <summary>Small objects for the controller runtime's tests.</summary>
internal static class Objects
{
    public static Pod Pod(string name, string image = "nginx:1.25") => new()
    {
        ApiVersion = "v1",
        Kind = "Pod",
        Metadata = new ObjectMeta { Name = name },
        Spec = new PodSpec { Containers = [new Container { Name = "app", Image = image }] },
    };

    public static ConfigMap ConfigMap(string name, string ns = "default", string value = "1", string? app = null) => new()
    {
        ApiVersion = "v1",
        Kind = "ConfigMap",
        Metadata = new ObjectMeta
        {
            Name = name,
            Namespace = ns,
            Labels = app is null ? EmptyMap.Strings : new Dictionary<string, string>(StringComparer.Ordinal) { ["app"] = app },
        },
        Data = new Dictionary<string, string>(StringComparer.Ordinal) { ["k"] = value },
    };

    public static Secret Secret(string name) => new()
    {
        ApiVersion = "v1",
        Kind = "Secret",
        Metadata = new ObjectMeta { Name = name },
    };

    public static Node Node(string name) => new()
    {
        ApiVersion = "v1",
        Kind = "Node",
        Metadata = new ObjectMeta { Name = name },
    };

    public static ConfigMap WithValue(this ConfigMap cm, string value) =>
        cm with { Data = new Dictionary<string, string>(StringComparer.Ordinal) { ["k"] = value } };

    public static string Value(this ConfigMap? cm) => cm?.Data["k"] ?? "<none>";
}
