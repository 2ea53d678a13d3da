using System.Text;
using FluentAssertions.Execution;
using Xunit.Sdk;

namespace PodSim.Testing.Tests;

/// <summary>
/// The failure messages of every assertion, byte for byte as recorded in Goldens/failure-messages.txt: what a user
/// reads when a test fails is part of the package. After a deliberate change, set PODSIM_UPDATE_GOLDENS=1 and run
/// these tests once to rewrite the file, then review the diff.
/// </summary>
public class FailureMessageGoldenTests
{
    private static string GoldenFile => Path.Combine(RepositoryPaths.Root, "tests", "PodSim.Testing.Tests", "Goldens", "failure-messages.txt");

    /// <summary>Each case fails on purpose; its name heads its message in the golden file.</summary>
    private static IEnumerable<(string Name, Action Act)> Cases()
    {
        var crash = PodSimTest.Run(Scenarios.CrashLoop, 2.Minutes());
        var ready = PodSimTest.Run(Scenarios.SlowReady, 1.Minutes());
        var job = PodSimTest.Run(Scenarios.JobAndDeletion, 2.Minutes());
        var web = () => crash.Should().HavePod("web");
        yield return ("ready at the wrong instant", () => ready.Should().HavePod("web").ThatBecameReadyAt(10.Seconds()));
        yield return ("never ready", () => crash.Should().HavePod("web").ThatNeverBecameReady("it {0}", "crashes"));
        yield return ("ready but never", () => PodSimTest.Run(Scenarios.SlowReady, 8.Seconds()).Should().HavePod("web").ThatBecameReady());
        yield return ("too many restarts", () => web().ThatRestarted(2.Times()));
        yield return ("too few restarts", () => web().ThatRestarted(9.Times()));
        yield return ("restarts too late", () => web().ThatRestarted(4.Times()).Within(1.Minutes()));
        yield return ("restarts of a container", () => web().ThatContainerRestarted("app", 1, "because only the first crash restarts at once"));
        yield return ("phase never reached", () => job.Should().HavePod("once").ThatReachedPhase("Failed"));
        yield return ("phase at another instant", () => job.Should().HavePod("once").ThatReachedPhase("Succeeded", 3.Seconds()));
        yield return ("container state at an instant", () => web().ThatHadContainerState("app", "Running", 30.Seconds()));
        yield return ("container state never", () => web().ThatHadContainerState("app", "Terminated(OOMKilled)"));
        yield return ("condition at an instant", () => ready.Should().HavePod("web").ThatHadCondition("Ready", "True", 12.Seconds()));
        yield return ("event never", () => ready.Should().HavePod("web").ThatHadEvent("BackOff"));
        yield return ("event at another instant", () => web().ThatHadEvent("BackOff", 11.Seconds()));
        yield return ("not deleted", () => job.Should().HavePod("once").ThatWasDeleted());
        yield return ("deleted at another instant", () => job.Should().HavePod("server").ThatWasDeleted(1.Minutes()));
        yield return ("missing pod", () => job.Should().HavePod("web"));
        yield return ("pod object phase", () => crash.GetPod("web").Should().BeInPhase("Succeeded"));
        yield return ("pod object container state", () => job.GetPod("once").Should().HaveContainerState("task", "Terminated(Error)"));
        yield return ("transition in order missing", () => crash.Transitions.Should().ContainInOrder(
            "Pod/default/web status.phase: Pending -> Running",
            "+20s Pod/default/web status.containerStatuses[app].restartCount: 1 -> 2",
            "+1m0s Pod/default/web status.containerStatuses[app].restartCount: 2 -> 3"));
        yield return ("transition missing", () => job.Transitions.Should().Contain("Pod/default/once status.phase: Running -> Failed", "the task {0}", "fails"));
        yield return ("event order", () => crash.EventOccurrences.Should().ContainInOrder("Warning BackOff", "Normal Scheduled"));
        yield return ("scope of two", () =>
        {
            using var scope = new AssertionScope();
            ready.Should().HavePod("web").WithTimelineWindow(3.Seconds()).ThatBecameReadyAt(5.Seconds()).And.ThatRestarted(1.Times());
        });
    }

    [Fact]
    public void Failure_messages_are_unchanged()
    {
        var actual = new StringBuilder();
        foreach (var (name, act) in Cases())
        {
            var message = FluentActions.Invoking(act).Should().Throw<XunitException>(name + " must fail").Which.Message;
            actual.Append("=== ").Append(name).Append(" ===\n").Append(message.ReplaceLineEndings("\n")).Append("\n\n");
        }

        if (Environment.GetEnvironmentVariable("PODSIM_UPDATE_GOLDENS") == "1")
        {
            File.WriteAllText(GoldenFile, actual.ToString());
        }

        File.Exists(GoldenFile).Should().BeTrue("the messages have a golden file; PODSIM_UPDATE_GOLDENS=1 writes it");
        actual.ToString().Should().Be(File.ReadAllText(GoldenFile), "every failure message must read exactly as recorded");
    }
}
