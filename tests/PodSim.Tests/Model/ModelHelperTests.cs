using PodSim.Model;

namespace PodSim.Tests.Model;

public class ModelHelperTests
{
    private static Dictionary<string, string> Labels(params string[] pairs)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < pairs.Length; i += 2)
        {
            labels[pairs[i]] = pairs[i + 1];
        }

        return labels;
    }

    private static LabelSelector Expression(string key, string op, params string[] values) =>
        new() { MatchExpressions = [new LabelSelectorRequirement { Key = key, Operator = op, Values = values }] };

    [Theory]
    [InlineData("Always", true)]
    [InlineData("OnFailure", false)]
    [InlineData("Never", false)]
    [InlineData(null, false)]
    public void An_init_container_is_a_sidecar_only_with_restart_policy_always(string? policy, bool sidecar) =>
        new Container { Name = "c", RestartPolicy = policy }.IsSidecar.Should().Be(sidecar);

    [Fact]
    public void An_empty_selector_matches_every_label_set()
    {
        new LabelSelector().Matches(Labels()).Should().BeTrue();
        new LabelSelector().Matches(Labels("app", "web")).Should().BeTrue();
    }

    [Fact]
    public void Match_labels_need_every_pair_with_its_exact_value()
    {
        var selector = new LabelSelector { MatchLabels = Labels("app", "web", "tier", "front") };

        selector.Matches(Labels("app", "web", "tier", "front", "extra", "x")).Should().BeTrue();
        selector.Matches(Labels("app", "web")).Should().BeFalse();
        selector.Matches(Labels("app", "web", "tier", "back")).Should().BeFalse();
    }

    [Theory]
    [InlineData("In", "web", true)]
    [InlineData("In", "db", false)]
    [InlineData("In", null, false)]
    [InlineData("NotIn", "web", false)]
    [InlineData("NotIn", "db", true)]
    [InlineData("NotIn", null, true)]
    [InlineData("Exists", "db", true)]
    [InlineData("Exists", null, false)]
    [InlineData("DoesNotExist", "db", false)]
    [InlineData("DoesNotExist", null, true)]
    [InlineData("Gt", "web", false)]
    public void Match_expressions_follow_their_operator(string op, string? app, bool expected)
    {
        var labels = app is null ? Labels("other", "x") : Labels("app", app);

        Expression("app", op, "web", "api").Matches(labels).Should().Be(expected);
    }

    [Fact]
    public void Labels_and_expressions_must_all_hold()
    {
        var selector = new LabelSelector
        {
            MatchLabels = Labels("tier", "front"),
            MatchExpressions = [new LabelSelectorRequirement { Key = "app", Operator = "Exists" }],
        };

        selector.Matches(Labels("tier", "front", "app", "web")).Should().BeTrue();
        selector.Matches(Labels("tier", "front")).Should().BeFalse();
        selector.Matches(Labels("app", "web")).Should().BeFalse();
    }
}
