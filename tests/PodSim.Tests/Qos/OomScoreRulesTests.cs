using PodSim.Model;
using PodSim.Qos;

namespace PodSim.Tests.Qos;

public class OomScoreRulesTests
{
    private const long Gi = 1024L * 1024 * 1024;

    private static Container C(string name, string? memRequest = null, string? memLimit = null, string? cpuRequest = null, string? cpuLimit = null, bool sidecar = false)
    {
        var requests = new Dictionary<string, Quantity>();
        var limits = new Dictionary<string, Quantity>();
        if (memRequest is not null) requests["memory"] = Quantity.Parse(memRequest);
        if (cpuRequest is not null) requests["cpu"] = Quantity.Parse(cpuRequest);
        if (memLimit is not null) limits["memory"] = Quantity.Parse(memLimit);
        if (cpuLimit is not null) limits["cpu"] = Quantity.Parse(cpuLimit);
        return new Container { Name = name, RestartPolicy = sidecar ? "Always" : null, Resources = new ResourceRequirements { Requests = requests, Limits = limits } };
    }

    [Fact]
    public void Guaranteed_containers_get_minus_997()
    {
        var app = C("app", "1Gi", "1Gi", "1", "1");
        OomScoreRules.ContainerOomScoreAdjust(new PodSpec { Containers = [app] }, app, 8 * Gi).Should().Be(-997);
    }

    [Fact]
    public void BestEffort_containers_get_1000()
    {
        var app = new Container { Name = "app" };
        OomScoreRules.ContainerOomScoreAdjust(new PodSpec { Containers = [app] }, app, 8 * Gi).Should().Be(1000);
    }

    [Fact]
    public void Node_critical_pods_get_minus_997_whatever_their_class()
    {
        var app = new Container { Name = "app" };
        OomScoreRules.ContainerOomScoreAdjust(new PodSpec { PriorityClassName = "system-node-critical", Containers = [app] }, app, 8 * Gi).Should().Be(-997);
    }

    [Theory]
    [InlineData(2 * Gi, 8 * Gi, 750)]
    [InlineData(4 * Gi, 8 * Gi, 500)]
    [InlineData(1, 8 * Gi, 999)]            // 1000 - 0 = 1000 is clamped to 999
    [InlineData(0, 8 * Gi, 999)]
    [InlineData(8 * Gi, 8 * Gi, 3)]         // 0 is clamped up to 3
    [InlineData(16 * Gi, 8 * Gi, 3)]
    [InlineData(7_990_000_000, 8_000_000_000, 3)] // 1000 - 998 = 2 -> 3
    [InlineData(7_970_000_000, 8_000_000_000, 4)]
    [InlineData(100_000_000, 8_000_000_000, 988)] // 1000 - 12 (integer division)
    public void Burstable_formula_with_clamps(long request, long capacity, int expected) =>
        OomScoreRules.Burstable(request, capacity).Should().Be(expected);

    [Fact]
    public void Burstable_container_uses_its_memory_request()
    {
        var app = C("app", memRequest: "2Gi", cpuRequest: "100m");
        OomScoreRules.ContainerOomScoreAdjust(new PodSpec { Containers = [app] }, app, 8 * Gi).Should().Be(750);
    }

    [Fact]
    public void Sidecar_score_does_not_exceed_the_main_containers()
    {
        var sidecar = C("proxy", cpuRequest: "100m");
        var app = C("app", memRequest: "4Gi");
        var spec = new PodSpec { InitContainers = [sidecar with { RestartPolicy = "Always" }], Containers = [app] };

        OomScoreRules.ContainerOomScoreAdjust(spec, spec.InitContainers[0], 8 * Gi).Should().Be(500);
        OomScoreRules.ContainerOomScoreAdjust(spec, app, 8 * Gi).Should().Be(500);
    }

    [Fact]
    public void Sidecar_with_a_larger_request_keeps_its_own_lower_score()
    {
        var spec = new PodSpec { InitContainers = [C("proxy", memRequest: "6Gi", sidecar: true)], Containers = [C("app", memRequest: "2Gi")] };

        OomScoreRules.ContainerOomScoreAdjust(spec, spec.InitContainers[0], 8 * Gi).Should().Be(250);
    }
}
