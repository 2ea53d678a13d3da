using PodSim.Model;
using PodSim.Scheduling;

namespace PodSim.Tests.Scheduling;

/// <summary>
/// Effective requests. Containers are written "kind:cpu/memory" with kind i (init), s (sidecar) or c (regular),
/// e.g. "s:100m/64Mi"; the expected result is "cpu/memory".
/// </summary>
public class PodResourceRulesTests
{
    public static TheoryData<string, string, string> RequestCases() => new()
    {
        { "regular containers sum", "c:100m/64Mi;c:200m/128Mi", "300m/192Mi" },
        { "large init container dominates", "i:2/1Gi;c:100m/64Mi", "2/1Gi" },
        { "small init container does not count", "i:50m/32Mi;c:100m/64Mi", "100m/64Mi" },
        { "max is per resource", "i:2/32Mi;c:100m/1Gi", "2/1Gi" },
        { "sidecar adds to the pod", "s:100m/64Mi;c:200m/128Mi", "300m/192Mi" },
        { "sidecar before a large init adds to its use", "s:500m/64Mi;i:2/1Gi;c:100m/64Mi", "2500m/1088Mi" },
        { "sidecar after a large init does not add to its use", "i:2/1Gi;s:500m/64Mi;c:100m/64Mi", "2/1Gi" },
        { "two sidecars before init", "s:100m/10Mi;s:200m/20Mi;i:1/100Mi;c:100m/10Mi", "1300m/130Mi" },
        { "init smaller than sidecars plus regulars", "s:1/1Gi;i:500m/100Mi;c:1/1Gi", "2/2Gi" },
        { "several inits: the largest use counts", "i:1/100Mi;i:3/50Mi;c:100m/10Mi", "3/100Mi" },
    };

    [Theory]
    [MemberData(nameof(RequestCases))]
    public void Effective_requests_follow_the_sidecar_prefix_rule(string description, string containers, string expected)
    {
        var requests = PodResourceRules.PodRequests(Build(containers));

        Render(requests).Should().Be(expected, description);
    }

    [Fact]
    public void Runtime_class_overhead_is_added_to_requests()
    {
        var spec = Build("c:100m/64Mi") with { Overhead = new Dictionary<string, Quantity> { ["cpu"] = Quantity.Parse("250m"), ["memory"] = Quantity.Parse("120Mi") } };

        Render(PodResourceRules.PodRequests(spec)).Should().Be("350m/184Mi");
    }

    [Fact]
    public void Overhead_is_added_only_to_limits_that_exist()
    {
        var app = new Container { Name = "app", Resources = new ResourceRequirements { Limits = new Dictionary<string, Quantity> { ["memory"] = Quantity.Parse("1Gi") } } };
        var spec = new PodSpec { Containers = [app], Overhead = new Dictionary<string, Quantity> { ["cpu"] = Quantity.Parse("250m"), ["memory"] = Quantity.Parse("120Mi") } };

        var limits = PodResourceRules.PodLimits(spec);

        limits.Keys.Should().Equal("memory");
        limits["memory"].ToString().Should().Be("1144Mi");
    }

    [Fact]
    public void Pod_without_requests_has_none() =>
        PodResourceRules.PodRequests(new PodSpec { Containers = [new Container { Name = "app" }] }).Should().BeEmpty();

    private static PodSpec Build(string containers)
    {
        var init = new List<Container>();
        var regular = new List<Container>();
        var n = 0;
        foreach (var part in containers.Split(';'))
        {
            var values = part[2..].Split('/');
            var container = new Container
            {
                Name = "c" + n++,
                RestartPolicy = part[0] == 's' ? "Always" : null,
                Resources = new ResourceRequirements
                {
                    Requests = new Dictionary<string, Quantity> { ["cpu"] = Quantity.Parse(values[0]), ["memory"] = Quantity.Parse(values[1]) },
                },
            };
            (part[0] == 'c' ? regular : init).Add(container);
        }

        return new PodSpec { InitContainers = init, Containers = regular };
    }

    private static string Render(IReadOnlyDictionary<string, Quantity> list) => list["cpu"] + "/" + list["memory"];
}
