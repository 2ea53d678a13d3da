namespace PodSim.Tests.Properties;

/// <summary>
/// Lifecycle invariants over random valid scenarios (init containers, sidecars, every restart policy, probes,
/// hooks, memory, failing images, deletes, kills, deadlines). A failure prints the shrunk scenario as YAML.
/// </summary>
public class LifecycleInvariantTests
{
    private static void Check(string name, uint stream, Func<ScenarioRun, List<string>> invariant)
    {
        var ran = PropertyCheck.ForAll(
            name,
            stream,
            ScenarioGen.Scenario,
            PropertyCheck.ScenarioCount,
            model =>
            {
                var violations = invariant(ScenarioRun.Play(model));
                if (violations.Count > 0)
                {
                    throw new InvalidOperationException(string.Join("\n", violations.Take(10)));
                }
            },
            model => model.ToYaml(),
            ScenarioSimplifier.Simplify);
        ran.Should().Be(PropertyCheck.ScenarioCount);
    }

    [Fact]
    public void Phase_never_leaves_Succeeded_or_Failed() => Check("phase stays terminal", 1, Invariants.PhaseStaysTerminal);

    [Fact]
    public void Restart_count_never_decreases() => Check("restartCount never decreases", 2, Invariants.RestartCountNeverDecreases);

    [Fact]
    public void Ready_implies_containers_ready_implies_every_container_ready() => Check("Ready implies ContainersReady", 3, Invariants.ReadyImpliesContainersReady);

    [Fact]
    public void No_container_runs_before_the_init_containers_before_it_are_done() => Check("init containers come first", 4, Invariants.InitContainersComeFirst);

    [Fact]
    public void Time_never_goes_backwards() => Check("time never goes backwards", 5, Invariants.TimeNeverGoesBackwards);

    [Fact]
    public void Nothing_happens_to_a_pod_after_its_removal() => Check("nothing after removal", 6, Invariants.NothingHappensAfterRemoval);

    [Fact]
    public void Back_off_messages_stay_within_the_configured_curve() => Check("back-off within the curve", 7, Invariants.BackOffWithinConfiguredMaximum);
}
