using PodSim.Kubelet;
using PodSim.Model;

namespace PodSim.Tests.Observations;

/// <summary>The container state text of the transition log reads back as a typed state, and the two agree.</summary>
public class ContainerStateValueTests
{
    public static TheoryData<string, ContainerStateKind, string?, int?> States() => new()
    {
        { "Running", ContainerStateKind.Running, null, null },
        { "Waiting(ContainerCreating)", ContainerStateKind.Waiting, "ContainerCreating", null },
        { "Waiting(PodInitializing)", ContainerStateKind.Waiting, "PodInitializing", null },
        { "Waiting(CrashLoopBackOff)", ContainerStateKind.Waiting, "CrashLoopBackOff", null },
        { "Waiting()", ContainerStateKind.Waiting, null, null },
        { "Terminated(Error, exitCode=1)", ContainerStateKind.Terminated, "Error", 1 },
        { "Terminated(Completed, exitCode=0)", ContainerStateKind.Terminated, "Completed", 0 },
        { "Terminated(OOMKilled, exitCode=137)", ContainerStateKind.Terminated, "OOMKilled", 137 },
        { "Terminated(Error, exitCode=-1)", ContainerStateKind.Terminated, "Error", -1 },
        { "Terminated(, exitCode=)", ContainerStateKind.Terminated, null, null },
    };

    [Theory]
    [MemberData(nameof(States))]
    public void A_state_text_reads_as_its_parts_and_prints_back_unchanged(string text, ContainerStateKind kind, string? reason, int? exitCode)
    {
        var state = ContainerStateValue.Parse(text);

        state.Should().Be(new ContainerStateValue(kind, reason, exitCode));
        state.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("running")]
    [InlineData("Waiting")]
    [InlineData("Waiting(x")]
    [InlineData("Terminated(Error)")]
    [InlineData("Terminated(Error, exitCode=one)")]
    [InlineData("Terminated(Error, exitCode=+1)")]
    [InlineData("Terminated(Error, exitCode=-0)")]
    public void Other_text_is_not_a_state(string text)
    {
        ContainerStateValue.TryParse(text, out var state).Should().BeFalse();
        state.Should().BeNull();
        FluentActions.Invoking(() => ContainerStateValue.Parse(text)).Should().Throw<FormatException>().WithMessage("*Running, Waiting(reason) or Terminated(reason, exitCode=n)*");
    }

    public static TheoryData<ContainerState?> ModelStates() => new()
    {
        null,
        new ContainerState(),
        new ContainerState { Running = new ContainerStateRunning() },
        new ContainerState { Waiting = new ContainerStateWaiting { Reason = "ImagePullBackOff" } },
        new ContainerState { Waiting = new ContainerStateWaiting { Reason = string.Empty } },
        new ContainerState { Terminated = new ContainerStateTerminated { Reason = "Error", ExitCode = 2 } },
        new ContainerState { Terminated = new ContainerStateTerminated { Reason = "Completed" } },
    };

    [Theory]
    [MemberData(nameof(ModelStates))]
    public void The_typed_state_of_a_status_prints_as_the_kubelet_logs_it(ContainerState? state)
    {
        var logged = PodWorker.StateText(state);

        ContainerStateValue.FromModel(state).ToString().Should().Be(logged);
        ContainerStateValue.Parse(logged).Should().Be(ContainerStateValue.FromModel(state));
    }
}
