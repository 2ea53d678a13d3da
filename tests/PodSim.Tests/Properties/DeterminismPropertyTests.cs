namespace PodSim.Tests.Properties;

/// <summary>
/// The same scenario gives byte-identical output (event log, transition log, warnings, YAML snapshots) when run
/// again, and when run at the same time as itself and as other scenarios.
/// </summary>
public class DeterminismPropertyTests
{
    [Fact]
    public void A_rerun_and_a_parallel_run_give_byte_identical_output()
    {
        // Cases run two at a time, so every run also overlaps a run of another scenario.
        var ran = PropertyCheck.ForAll(
            "rerun and parallel run are byte-identical",
            8,
            ScenarioGen.Scenario,
            PropertyCheck.ScenarioCount,
            model =>
            {
                var first = ScenarioRun.Output(model);
                var again = new string[2];
                Parallel.For(0, again.Length, i => again[i] = ScenarioRun.Output(model));
                Same("a rerun", first, again[0]);
                Same("a run in parallel with the rerun", first, again[1]);
            },
            model => model.ToYaml(),
            ScenarioSimplifier.Simplify);
        ran.Should().Be(PropertyCheck.ScenarioCount);
    }

    private static void Same(string what, string expected, string actual)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return;
        }

        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var line = 0;
        while (line < a.Length && line < b.Length && a[line] == b[line])
        {
            line++;
        }

        throw new InvalidOperationException(what + " differs at line " + (line + 1) + ":\n  first: " + (line < a.Length ? a[line] : "<end>") +
            "\n  then:  " + (line < b.Length ? b[line] : "<end>"));
    }
}
