using PodSim.Model;
using PodSim.Qos;

namespace PodSim.Tests.Qos;

/// <summary>
/// The <c>TestComputePodQOS</c> table of <c>pkg/apis/core/v1/helper/qos/qos_test.go</c>, on undefaulted specs as
/// upstream runs it, plus edge cases. Containers are "kind:cpuRequest/memoryRequest|cpuLimit/memoryLimit" with kind
/// c (regular), i (init) or s (sidecar); an empty quantity is absent; "+name=q" appends another resource to both lists.
/// </summary>
public class QosUpstreamCasesTests
{
    public static TheoryData<string, string, string?, string> Cases() => new()
    {
        { "guaranteed", "c:100m/100Mi|100m/100Mi", null, "Guaranteed" },
        { "guaranteed-guaranteed", "c:100m/100Mi|100m/100Mi;c:100m/100Mi|100m/100Mi", null, "Guaranteed" },
        { "best-effort-best-effort", "c:/|/;c:/|/", null, "BestEffort" },
        { "best-effort", "c:/|/", null, "BestEffort" },
        { "best-effort-burstable", "c:/|/;c:1/|2/", null, "Burstable" },
        { "best-effort-guaranteed", "c:/|/;c:10m/100Mi|10m/100Mi", null, "Burstable" },
        { "burstable-cpu-guaranteed-memory", "c:/100Mi|/100Mi", null, "Burstable" },
        { "burstable-no-limits", "c:100m/100Mi|/", null, "Burstable" },
        { "burstable-guaranteed", "c:1/100Mi|2/100Mi;c:100m/100Mi|100m/100Mi", null, "Burstable" },
        { "burstable-unbounded-but-requests-match-limits", "c:100m/100Mi|200m/200Mi;c:100m/100Mi|/", null, "Burstable" },
        { "burstable-1", "c:10m/100Mi|100m/200Mi", null, "Burstable" },
        { "burstable-2 (zero requests, non-zero limits)", "c:0/0|100m/200Mi", null, "Burstable" },
        { "best-effort-hugepages", "c:0/0|0/0+hugepages-2Mi=1Gi", null, "BestEffort" },
        { "init-container burstable, container best-effort", "c:/|/;i:10m/100Mi|100m/200Mi", null, "Burstable" },
        { "guaranteed-with-pod-level-resources", "c:/|/", "10m/100Mi|10m/100Mi", "Guaranteed" },
        { "guaranteed-with-pod-and-container-level-resources", "c:3m/10Mi|5m/20Mi", "10m/100Mi|10m/100Mi", "Guaranteed" },
        { "burstable-with-pod-level-resources", "c:/|/", "10m/10Mi|20m/50Mi", "Burstable" },
        { "burstable-with-pod-and-container-level-resources", "c:5m/10Mi|5m/10Mi", "10m/10Mi|20m/50Mi", "Burstable" },
        { "burstable-with-pod-and-container-level-requests", "c:5m/10Mi|/", "10m/10Mi|/", "Burstable" },
        { "burstable-with-pod-and-container-level-resources-2", "c:5m/10Mi|/;c:5m/10Mi|5m/10Mi", "10m/10Mi|5m/", "Burstable" },
        { "best-effort pod-level resources over guaranteed containers", "c:1/1Gi|1/1Gi", "0/0|0/0", "BestEffort" },
        { "sidecar only, guaranteed", "s:100m/64Mi|100m/64Mi;c:1/1Gi|1/1Gi", null, "Guaranteed" },
        { "guaranteed sidecar with best-effort container", "s:100m/64Mi|100m/64Mi;c:/|/", null, "Burstable" },
        { "guaranteed init container with burstable sidecar", "i:1/1Gi|1/1Gi;s:100m/|200m/;c:1/1Gi|1/1Gi", null, "Burstable" },
        { "equal values in different notations are equal", "c:0.5/1024Mi|500m/1Gi", null, "Guaranteed" },
        { "decimal and binary memory differ", "c:1/1000Mi|1/1G", null, "Burstable" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Pod_qos_matches_the_upstream_table(string description, string containers, string? podLevel, string expected)
    {
        var spec = Build(containers);
        if (podLevel is not null)
        {
            spec = spec with { Resources = Resources(podLevel) };
        }

        QosRules.ComputePodQos(spec).Should().Be(expected, description);
    }

    private static PodSpec Build(string containers)
    {
        var init = new List<Container>();
        var regular = new List<Container>();
        var n = 0;
        foreach (var part in containers.Split(';'))
        {
            var container = new Container { Name = "c" + n++, Image = "x", Resources = Resources(part[2..]) };
            switch (part[0])
            {
                case 'i': init.Add(container); break;
                case 's': init.Add(container with { RestartPolicy = "Always" }); break;
                default: regular.Add(container); break;
            }
        }

        return new PodSpec { InitContainers = init, Containers = regular };
    }

    private static ResourceRequirements Resources(string text)
    {
        var extra = text.Split('+');
        var halves = extra[0].Split('|');
        var requests = List(halves[0]);
        var limits = List(halves[1]);
        foreach (var item in extra.Skip(1))
        {
            var kv = item.Split('=');
            requests[kv[0]] = Quantity.Parse(kv[1]);
            limits[kv[0]] = Quantity.Parse(kv[1]);
        }

        return new ResourceRequirements { Requests = requests, Limits = limits };
    }

    private static Dictionary<string, Quantity> List(string cpuMemory)
    {
        var parts = cpuMemory.Split('/');
        var map = new Dictionary<string, Quantity>();
        if (parts[0].Length > 0)
        {
            map["cpu"] = Quantity.Parse(parts[0]);
        }

        if (parts[1].Length > 0)
        {
            map["memory"] = Quantity.Parse(parts[1]);
        }

        return map;
    }
}
