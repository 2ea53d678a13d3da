using PodSim.Configuration;

namespace PodSim.Tests.Configuration;

/// <summary>The upstream expansion table (third_party/forked/golang/expansion/expand_test.go), case for case.</summary>
public class VariableExpansionTests
{
    private static readonly Dictionary<string, string> Context = new()
    {
        ["VAR_A"] = "A",
        ["VAR_B"] = "B",
        ["VAR_C"] = "C",
        ["VAR_REF"] = "$(VAR_A)",
        ["VAR_EMPTY"] = "",
    };

    public static TheoryData<string, string, string> Cases() => new()
    {
        { "whole string", "$(VAR_A)", "A" },
        { "repeat", "$(VAR_A)-$(VAR_A)", "A-A" },
        { "beginning", "$(VAR_A)-1", "A-1" },
        { "middle", "___$(VAR_B)___", "___B___" },
        { "end", "___$(VAR_C)", "___C" },
        { "compound", "$(VAR_A)_$(VAR_B)_$(VAR_C)", "A_B_C" },
        { "escape & expand", "$$(VAR_B)_$(VAR_A)", "$(VAR_B)_A" },
        { "compound escape", "$$(VAR_A)_$$(VAR_B)", "$(VAR_A)_$(VAR_B)" },
        { "mixed in escapes", "f000-$$VAR_A", "f000-$VAR_A" },
        { "backslash escape ignored", "foo\\$(VAR_C)bar", "foo\\Cbar" },
        { "double backslash escape ignored", "foo\\\\$(VAR_C)bar", "foo\\\\Cbar" },
        { "lots of backslashes", "foo\\\\\\\\$(VAR_A)bar", "foo\\\\\\\\Abar" },
        { "nested var references", "$(VAR_A$(VAR_B))", "$(VAR_A$(VAR_B))" },
        { "nested var references second type", "$(VAR_A$(VAR_B)", "$(VAR_A$(VAR_B)" },
        { "value is a reference", "$(VAR_REF)", "$(VAR_A)" },
        { "value is a reference x 2", "%%$(VAR_REF)--$(VAR_REF)%%", "%%$(VAR_A)--$(VAR_A)%%" },
        { "empty var", "foo$(VAR_EMPTY)bar", "foobar" },
        { "unterminated expression", "foo$(VAR_Awhoops!", "foo$(VAR_Awhoops!" },
        { "expression without operator", "f00__(VAR_A)__", "f00__(VAR_A)__" },
        { "shell special vars pass through", "$?_boo_$!", "$?_boo_$!" },
        { "bare operators are ignored", "$VAR_A", "$VAR_A" },
        { "undefined vars are passed through", "$(VAR_DNE)", "$(VAR_DNE)" },
        { "multiple (even) operators, var undefined", "$$$$$$(BIG_MONEY)", "$$$(BIG_MONEY)" },
        { "multiple (even) operators, var defined", "$$$$$$(VAR_A)", "$$$(VAR_A)" },
        { "multiple (odd) operators, var undefined", "$$$$$$$(GOOD_ODDS)", "$$$$(GOOD_ODDS)" },
        { "multiple (odd) operators, var defined", "$$$$$$$(VAR_A)", "$$$A" },
        { "missing open expression", "$VAR_A)", "$VAR_A)" },
        { "shell syntax ignored", "${VAR_A}", "${VAR_A}" },
        { "trailing incomplete expression not consumed", "$(VAR_B)_______$(A", "B_______$(A" },
        { "trailing incomplete expression, no content, is not consumed", "$(VAR_C)_______$(", "C_______$(" },
        { "operator at end of input string is preserved", "$(VAR_A)foobarzab$", "Afoobarzab$" },
        { "shell escaped incomplete expr", "foo-\\$(VAR_A", "foo-\\$(VAR_A" },
        { "lots of $( in middle", "--$($($($($--", "--$($($($($--" },
        { "lots of $( in beginning", "$($($($($--foo$(", "$($($($($--foo$(" },
        { "lots of $( at end", "foo0--$($($($(", "foo0--$($($($(" },
        { "escaped operators in variable names are not escaped", "$(foo$$var)", "$(foo$$var)" },
        { "newline not expanded", "\n", "\n" },
        { "empty input", "", "" },
        { "lone operator", "$", "$" },
        { "empty name is a name", "$()", "$()" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Expansion_follows_the_upstream_table(string name, string input, string expected)
    {
        VariableExpansion.Expand(input, Context).Should().Be(expected, name);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Expansion_over_two_contexts_gives_the_same_results(string name, string input, string expected)
    {
        // TestMappingDual: the variables split over two maps, the first consulted first.
        var first = new Dictionary<string, string> { ["VAR_A"] = "A", ["VAR_EMPTY"] = "" };
        var second = new Dictionary<string, string> { ["VAR_B"] = "B", ["VAR_C"] = "C", ["VAR_REF"] = "$(VAR_A)" };

        var actual = VariableExpansion.Expand(input, n => first.TryGetValue(n, out var v) ? v : second.TryGetValue(n, out v) ? v : null);

        actual.Should().Be(expected, name);
    }

    [Fact]
    public void References_resolve_against_values_expanded_before_them()
    {
        // TestMapReference: each value is expanded against the ones declared before it.
        var declared = new Dictionary<string, string> { ["FOO"] = "bar", ["ZOO"] = "$(FOO)-1", ["BLU"] = "$(ZOO)-2" };
        foreach (var name in new[] { "FOO", "ZOO", "BLU" })
        {
            declared[name] = VariableExpansion.Expand(declared[name], declared);
        }

        declared.Should().Equal(new Dictionary<string, string> { ["FOO"] = "bar", ["ZOO"] = "bar-1", ["BLU"] = "bar-1-2" });
    }

    [Fact]
    public void Lookup_is_not_called_for_escaped_or_shell_style_references()
    {
        var asked = new List<string>();

        VariableExpansion.Expand("$$(A) $B ${C} $(D)", n =>
        {
            asked.Add(n);
            return null;
        });

        asked.Should().Equal("D");
    }
}
