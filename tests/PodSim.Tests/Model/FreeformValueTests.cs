using PodSim.Model;

namespace PodSim.Tests.Model;

public class FreeformValueTests
{
    private static FreeformScalar Text(string text) => new(text, FreeformScalarKind.String);

    [Fact]
    public void A_mapping_finds_its_keys_and_reads_string_entries()
    {
        var map = new FreeformMapping(
        [
            KeyValuePair.Create<string, FreeformValue>("name", Text("web")),
            KeyValuePair.Create<string, FreeformValue>("port", new FreeformScalar("80", FreeformScalarKind.Integer)),
        ]);

        map.GetString("name").Should().Be("web");
        map.GetString("port").Should().BeNull("an integer is not a string");
        map.GetString("absent").Should().BeNull();
        map.TryGetValue("port", out var port).Should().BeTrue();
        port.Should().BeOfType<FreeformScalar>().Which.Text.Should().Be("80");
    }

    [Fact]
    public void A_mapping_keeps_its_entries_in_the_order_given()
    {
        var map = new FreeformMapping([KeyValuePair.Create<string, FreeformValue>("b", Text("1")), KeyValuePair.Create<string, FreeformValue>("a", Text("2"))]);

        map.Entries.Select(e => e.Key).Should().Equal("b", "a");
    }

    [Fact]
    public void A_mapping_refuses_a_repeated_key()
    {
        var act = () => new FreeformMapping([KeyValuePair.Create<string, FreeformValue>("a", Text("1")), KeyValuePair.Create<string, FreeformValue>("a", Text("2"))]);

        act.Should().Throw<ArgumentException>().WithMessage("*\"a\" is repeated*");
    }

    [Fact]
    public void A_mapping_refuses_a_null_value()
    {
        var act = () => new FreeformMapping([KeyValuePair.Create<string, FreeformValue>("a", null!)]);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_sequence_refuses_a_null_item()
    {
        var act = () => new FreeformSequence([Text("a"), null!]);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Values_do_not_change_when_the_list_they_were_made_from_does()
    {
        var items = new List<FreeformValue> { Text("a") };
        var entries = new List<KeyValuePair<string, FreeformValue>> { new("k", Text("v")) };
        var sequence = new FreeformSequence(items);
        var map = new FreeformMapping(entries);

        items.Add(Text("b"));
        entries.Clear();

        sequence.Items.Should().HaveCount(1);
        map.Entries.Should().HaveCount(1);
    }

    [Theory]
    [InlineData(FreeformScalarKind.String, "yes")]
    [InlineData(FreeformScalarKind.Boolean, null)]
    [InlineData(FreeformScalarKind.Null, null)]
    public void Only_a_string_scalar_has_a_string_value(FreeformScalarKind kind, string? expected) =>
        new FreeformScalar("yes", kind).StringValue.Should().Be(expected);
}
