using PodSim.Admission;
using PodSim.Model;
using static PodSim.Tests.Admission.AdmissionFixtures;

namespace PodSim.Tests.Admission;

/// <summary>LimitRanger rules called directly, for branches a defaulted, valid pod cannot reach through the chain.</summary>
public class LimitRangeRulesTests
{
    [Theory]
    [InlineData("min", "cpu=100m", "cpu=50m", "minimum cpu usage per Container is 100m, but limit is 50m")]
    [InlineData("min", "cpu=100m", "", "minimum cpu usage per Container is 100m.  No request is specified")]
    [InlineData("max", "memory=1Gi", "", "maximum memory usage per Container is 1Gi.  No limit is specified")]
    [InlineData("max", "memory=1Gi", "memory=2Gi", "maximum memory usage per Container is 1Gi, but request is 2Gi")]
    public void Raw_containers_report_the_remaining_branches(string bound, string value, string requestOrLimit, string expected)
    {
        // min: request 200m with the given limit; max: the given request with limit 1Gi.
        var container = bound == "min"
            ? new Container { Name = "app", Resources = new ResourceRequirements { Requests = List(requestOrLimit.Length == 0 ? string.Empty : "cpu=200m"), Limits = List(requestOrLimit) } }
            : new Container { Name = "app", Resources = new ResourceRequirements { Requests = List(requestOrLimit), Limits = List(requestOrLimit.Length == 0 ? string.Empty : "memory=1Gi") } };
        var item = bound == "min" ? Item("Container", min: value) : Item("Container", max: value);

        var errors = LimitRangeRules.Validate(Pod("web", container), LimitRange("l", item));

        errors.Should().Equal(expected);
    }

    [Fact]
    public void Item_defaults_follow_max_then_default_then_min()
    {
        var item = Item("Container", min: "cpu=100m,memory=64Mi", max: "cpu=2", defaults: "memory=512Mi");

        var defaulted = LimitRangeRules.ApplyItemDefaults(item);

        Render(defaulted.Default).Should().Be("cpu=2,memory=512Mi");
        Render(defaulted.DefaultRequest).Should().Be("cpu=2,memory=512Mi");
    }

    [Fact]
    public void Item_defaults_take_min_for_requests_only_when_no_default_exists()
    {
        var defaulted = LimitRangeRules.ApplyItemDefaults(Item("Container", min: "cpu=100m", defaultRequest: "memory=32Mi"));

        Render(defaulted.Default).Should().BeEmpty();
        Render(defaulted.DefaultRequest).Should().Be("cpu=100m,memory=32Mi");
    }

    [Fact]
    public void Pod_items_are_not_defaulted()
    {
        var item = Item("Pod", max: "cpu=2");

        LimitRangeRules.ApplyItemDefaults(item).Should().BeSameAs(item);
    }

    [Fact]
    public void Mutate_returns_the_same_pod_when_nothing_is_missing()
    {
        var pod = Pod("web", Container("app", "cpu=1", "cpu=1"));

        LimitRangeRules.Mutate(pod, LimitRange("l", Item("Container", defaults: "cpu=2"))).Should().BeSameAs(pod);
    }

    [Fact]
    public void Huge_values_are_compared_in_whole_units()
    {
        // 10^16 has no int64 milli value, so upstream compares whole units.
        var errors = LimitRangeRules.Validate(
            Pod("web", Container("app", "memory=20P", "memory=20P")),
            LimitRange("l", Item("Container", max: "memory=10P")));

        errors.Should().Equal("maximum memory usage per Container is 10P, but limit is 20P");
    }
}
