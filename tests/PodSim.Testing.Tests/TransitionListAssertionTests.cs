using Xunit.Sdk;

namespace PodSim.Testing.Tests;

/// <summary>Transitions and event occurrences asserted as log lines with parts left out.</summary>
public class TransitionListAssertionTests
{
    private readonly Simulation _crash = PodSimTest.Run(Scenarios.CrashLoop, 1.Minutes());

    [Fact]
    public void The_list_assertions_are_the_domain_ones()
    {
        ((object)_crash.Transitions.Should()).Should().BeOfType<TransitionListAssertions>();
        ((object)_crash.EventOccurrences.Should()).Should().BeOfType<EventLogAssertions>();
        ((object)_crash.Transitions.Where(t => t.Offset > 30.Seconds()).Should()).Should().BeOfType<TransitionListAssertions>();
    }

    [Fact]
    public void Lines_match_in_order_with_parts_left_out() =>
        _crash.Transitions.Should().ContainInOrder(
            "status.phase: Pending -> Running",
            "+5s Pod/default/web status.containerStatuses[app].state: Running -> Terminated(Error, exitCode=1)",
            "Pod/web status.containerStatuses[app].restartCount: * -> 1",
            "+10s status.containerStatuses[app].state: * -> Waiting(CrashLoopBackOff)",
            "status.containerStatuses[app].restartCount")
            .And.HaveCountGreaterThan(20);

    [Fact]
    public void None_matches_a_missing_value_only()
    {
        _crash.Transitions.Should().Contain("status.conditions[Ready]: <none> -> False").Which.From.Should().BeNull();
        _crash.Transitions.Should().NotContain("status.phase: <none> -> *");
    }

    [Fact]
    public void Contain_gives_the_match_and_not_contain_refuses_one()
    {
        _crash.Transitions.Should().Contain("status.containerStatuses[app].restartCount: 2 -> 3").Which.Offset.Should().Be(45.Seconds());
        _crash.Transitions.Should().NotContain("status.phase: Running -> Failed");
        FluentActions.Invoking(() => _crash.Transitions.Should().NotContain("status.conditions[Ready]: True -> False"))
            .Should().Throw<XunitException>().WithMessage("Expected the transitions not to contain \"status.conditions[Ready]: True -> False\", but found \"+5s Pod/default/web status.conditions[Ready]: True -> False\" and 3 more.*");
    }

    [Fact]
    public void Out_of_order_lines_are_said_to_match_earlier()
    {
        var message = FluentActions.Invoking(() => _crash.Transitions.Should().ContainInOrder(
                "status.containerStatuses[app].restartCount: 1 -> 2",
                "status.containerStatuses[app].restartCount: 0 -> 1"))
            .Should().Throw<XunitException>().Which.Message;

        message.Should().StartWith("""
            Expected the transitions to contain, in order:
                status.containerStatuses[app].restartCount: 1 -> 2
                status.containerStatuses[app].restartCount: 0 -> 1
            but found no "status.containerStatuses[app].restartCount: 0 -> 1" after "+20s Pod/default/web status.containerStatuses[app].restartCount: 1 -> 2" (it matches "+5s Pod/default/web status.containerStatuses[app].restartCount: 0 -> 1", before the lines above it).
            """.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("status.phase: Pending")]
    [InlineData("+5 status.phase")]
    [InlineData("status phase: a -> b")]
    [InlineData("")]
    public void A_line_that_is_not_a_transition_pattern_is_refused(string line) =>
        FluentActions.Invoking(() => _crash.Transitions.Should().Contain(line)).Should().Throw<ArgumentException>();

    [Fact]
    public void Events_match_by_the_start_of_their_line()
    {
        _crash.EventOccurrences.Should().ContainInOrder("Normal Scheduled", "+5s Started", "Warning BackOff Pod/web spec.containers{app}", "+45s Normal Started Pod/web spec.containers{app}: Container started")
            .And.NotContain("Killing");
        _crash.EventOccurrences.Should().Contain("BackOff").Which.Container.Should().Be("app");
        FluentActions.Invoking(() => _crash.EventOccurrences.Should().Contain("Normal Pull")).Should().Throw<XunitException>()
            .WithMessage("Expected the events to contain \"Normal Pull\", but found none.*", "Pull is not a word of Pulled");
    }
}
