namespace PodSim.Tests.Observations;

/// <summary>A transition's typed members read its strings; fields without a type give null values.</summary>
public class TransitionTypedValueTests
{
    private static Transition T(string obj, string field, string? from, string? to) =>
        new(TimeSpan.FromSeconds(20), Simulation.DefaultStartTime.AddSeconds(20), obj, field, from, to);

    [Fact]
    public void The_object_reads_as_kind_namespace_and_name()
    {
        var key = T("Pod/prod/web", "status.phase", "Pending", "Running").ObjectKey;

        key.Should().Be(new ObjectKey("Pod", "prod", "web"));
        key.Should().Be(ObjectKey.Pod("web", "prod"));
        key.ToString().Should().Be("Pod/prod/web");
    }

    [Theory]
    [InlineData("Pod/default/web", "Pod", "default", "web")]
    [InlineData("Node/node-1", "Node", "", "node-1")]
    [InlineData("web", "", "", "web")]
    [InlineData("/web", "", "", "/web")]
    public void Object_text_of_each_form_prints_back_unchanged(string text, string kind, string ns, string name)
    {
        var key = ObjectKey.Parse(text);

        key.Should().Be(new ObjectKey(kind, ns, name));
        key.ToString().Should().Be(text);
    }

    [Fact]
    public void A_container_state_change_has_typed_old_and_new_states()
    {
        var t = T("Pod/default/web", "status.containerStatuses[app].state", "Running", "Terminated(Error, exitCode=1)");

        t.FieldKey.Should().Be(FieldKey.ContainerState("app"));
        t.FromState.Should().Be(ContainerStateValue.Running);
        t.ToState.Should().Be(ContainerStateValue.Terminated("Error", 1));
        t.FromBool.Should().BeNull();
        t.FromInt.Should().BeNull();
        t.ToString().Should().Be("+20s Pod/default/web status.containerStatuses[app].state: Running -> Terminated(Error, exitCode=1)");
    }

    [Fact]
    public void A_first_container_state_has_no_old_state() =>
        T("Pod/default/web", "status.initContainerStatuses[init].state", null, "Waiting(PodInitializing)").Should()
            .Match<Transition>(t => t.FromState == null && t.ToState == ContainerStateValue.Waiting("PodInitializing"));

    [Theory]
    [InlineData("status.containerStatuses[app].ready", "false", "true", false, true)]
    [InlineData("status.initContainerStatuses[side].started", "true", "false", true, false)]
    [InlineData("status.conditions[Ready]", "False", "True", false, true)]
    [InlineData("status.conditions[Ready]", null, "False", null, false)]
    [InlineData("status.conditions[DisruptionTarget]", "Unknown", "True", null, true)]
    [InlineData("metadata", "present", "deleted", true, false)]
    [InlineData("status.phase", "Pending", "Running", null, null)]
    public void Yes_or_no_fields_have_typed_booleans(string field, string? from, string? to, bool? fromBool, bool? toBool)
    {
        var t = T("Pod/default/web", field, from, to);

        t.FromBool.Should().Be(fromBool);
        t.ToBool.Should().Be(toBool);
    }

    [Fact]
    public void A_restart_count_change_has_typed_counts()
    {
        var t = T("Pod/default/web", "status.containerStatuses[app].restartCount", "1", "2");

        t.FromInt.Should().Be(1);
        t.ToInt.Should().Be(2);
        t.FromState.Should().BeNull();
        T("Pod/default/web", "status.podIP", null, "10").ToInt.Should().BeNull("only a restart count is a number");
    }

    [Fact]
    public void A_deletion_timestamp_change_has_typed_times()
    {
        var t = T("Pod/default/web", "metadata.deletionTimestamp", null, "2025-01-01T00:00:50Z");

        t.FromTime.Should().BeNull();
        t.ToTime.Should().Be(new DateTimeOffset(2025, 1, 1, 0, 0, 50, TimeSpan.Zero));
    }

    [Fact]
    public void A_copy_with_another_field_reads_its_own_field()
    {
        var t = T("Pod/default/web", "status.phase", "Pending", "Running");

        (t with { Field = "status.containerStatuses[app].restartCount", From = "0", To = "1" }).ToInt.Should().Be(1);
        t.Should().Be(T("Pod/default/web", "status.phase", "Pending", "Running"), "the typed members take no part in equality");
    }
}
