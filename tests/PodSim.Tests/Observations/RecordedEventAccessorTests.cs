using PodSim.Model;

namespace PodSim.Tests.Observations;

/// <summary>An event occurrence's direct accessors read the aggregated event it carries.</summary>
public class RecordedEventAccessorTests
{
    private static RecordedEvent Occurrence(string? fieldPath) => new(
        TimeSpan.FromSeconds(90),
        Simulation.DefaultStartTime.AddSeconds(90),
        new Event
        {
            Type = EventTypes.Warning,
            Reason = "BackOff",
            Message = "Back-off restarting failed container",
            InvolvedObject = new ObjectReference { Kind = "Pod", Namespace = "prod", Name = "web", FieldPath = fieldPath },
        });

    [Theory]
    [InlineData("spec.containers{app}", "app", false)]
    [InlineData("spec.initContainers{init-db}", "init-db", true)]
    [InlineData("spec.ephemeralContainers{debug}", "debug", false)]
    [InlineData(null, null, false)]
    [InlineData("", null, false)]
    [InlineData("spec.containers{}", null, false)]
    [InlineData("metadata.name", null, false)]
    public void The_container_comes_from_the_field_path(string? fieldPath, string? container, bool init)
    {
        var e = Occurrence(fieldPath);

        e.Container.Should().Be(container);
        e.IsInitContainer.Should().Be(init);
    }

    [Fact]
    public void Type_reason_message_and_object_are_direct()
    {
        var e = Occurrence("spec.containers{app}");

        e.Type.Should().Be("Warning");
        e.Reason.Should().Be("BackOff");
        e.Message.Should().Be("Back-off restarting failed container");
        e.Object.Should().Be(ObjectKey.Pod("web", "prod"));
        e.ToString().Should().Be("+1m30s Warning BackOff Pod/web spec.containers{app}: Back-off restarting failed container");
    }

    [Fact]
    public void An_event_without_involved_object_has_an_empty_object() =>
        new RecordedEvent(TimeSpan.Zero, Simulation.DefaultStartTime, new Event()).Object.ToString().Should().BeEmpty();
}
