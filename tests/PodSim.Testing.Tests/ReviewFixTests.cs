using Xunit.Sdk;

namespace PodSim.Testing.Tests;

/// <summary>
/// A pod created again under its name has a history of its own; a state copied from the log means what it says; the
/// loader's warnings are not lost on the way.
/// </summary>
public class ReviewFixTests
{
    private const string Recreated = """
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata: {name: recreated}
        spec:
          images: [{image: "nginx:1.25", present: true}]
          actions:
          - {at: 10s, delete: {pod: web, gracePeriodSeconds: 0, force: true}}
          - at: 20s
            create:
              manifest: |
                apiVersion: v1
                kind: Pod
                metadata: {name: web}
                spec:
                  containers: [{name: app, image: "nginx:1.25"}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers: [{name: app, image: "nginx:1.25"}]
        """;

    private static string FailureOf(Action act) => act.Should().Throw<XunitException>().Which.Message;

    [Fact]
    public void A_pod_created_again_under_its_name_is_judged_on_its_own_history()
    {
        var sim = PodSimTest.Run(Recreated, 30.Seconds());

        sim.Should().HavePod("web").ThatBecameReadyAt(20.Seconds()).And.ThatReachedPhase("Running", 20.Seconds());
        FailureOf(() => sim.Should().HavePod("web").ThatWasDeleted()).Should().Contain("web");
        FailureOf(() => sim.Should().HavePod("web").ThatBecameReadyAt(0.Seconds())).Should().Contain("+20s");
    }

    [Fact]
    public void A_deleted_pod_is_judged_on_its_last_incarnation()
    {
        var sim = PodSimTest.Run(Recreated, 15.Seconds());

        sim.Should().HavePod("web").ThatWasDeleted().And.ThatBecameReadyAt(0.Seconds());
    }

    [Fact]
    public void Waiting_with_empty_parentheses_as_the_log_writes_it_means_no_reason_not_any_reason()
    {
        var sim = PodSimTest.Run(Scenarios.CrashLoop, 1.Minutes());

        sim.Should().HavePod("web").ThatHadContainerState("app", "Waiting(CrashLoopBackOff)");
        FailureOf(() => sim.Should().HavePod("web").ThatHadContainerState("app", "Waiting()", 10.Seconds()))
            .Should().Contain("Waiting(CrashLoopBackOff)");
    }

    [Fact]
    public void The_loaders_warnings_reach_the_simulation_of_a_test()
    {
        var sim = PodSimTest.FromYaml("""
            apiVersion: v1
            kind: Pod
            metadata: {name: web, bogus: 1}
            spec:
              containers: [{name: app, image: "nginx:1.25"}]
            """);

        sim.Warnings.Should().ContainSingle().Which.Should().Contain("metadata.bogus: unknown field");
    }
}
