namespace PodSim.Tests.Observations;

/// <summary>Every field path the kubelet, the scheduler and the facade record reads as a typed field and prints back unchanged.</summary>
public class FieldKeyTests
{
    public static TheoryData<string, FieldKind, string?, string?, bool> RecordedPaths() => new()
    {
        { "status.phase", FieldKind.Phase, null, null, false },
        { "status.conditions[Ready]", FieldKind.Condition, "Ready", null, false },
        { "status.conditions[ContainersReady]", FieldKind.Condition, "ContainersReady", null, false },
        { "status.conditions[Initialized]", FieldKind.Condition, "Initialized", null, false },
        { "status.conditions[PodReadyToStartContainers]", FieldKind.Condition, "PodReadyToStartContainers", null, false },
        { "status.conditions[PodScheduled]", FieldKind.Condition, "PodScheduled", null, false },
        { "status.conditions[DisruptionTarget]", FieldKind.Condition, "DisruptionTarget", null, false },
        { "status.containerStatuses[app].state", FieldKind.ContainerState, null, "app", false },
        { "status.initContainerStatuses[init-db].state", FieldKind.ContainerState, null, "init-db", true },
        { "status.containerStatuses[app].ready", FieldKind.ContainerReady, null, "app", false },
        { "status.initContainerStatuses[sidecar].ready", FieldKind.ContainerReady, null, "sidecar", true },
        { "status.containerStatuses[app].started", FieldKind.ContainerStarted, null, "app", false },
        { "status.initContainerStatuses[sidecar].started", FieldKind.ContainerStarted, null, "sidecar", true },
        { "status.containerStatuses[app].restartCount", FieldKind.RestartCount, null, "app", false },
        { "status.initContainerStatuses[init].restartCount", FieldKind.RestartCount, null, "init", true },
        { "status.podIP", FieldKind.PodIP, null, null, false },
        { "spec.nodeName", FieldKind.NodeName, null, null, false },
        { "metadata.deletionTimestamp", FieldKind.DeletionTimestamp, null, null, false },
        { "metadata", FieldKind.Presence, null, null, false },
    };

    [Theory]
    [MemberData(nameof(RecordedPaths))]
    public void A_recorded_path_reads_as_its_kind_and_prints_back_unchanged(string path, FieldKind kind, string? condition, string? container, bool init)
    {
        var field = FieldKey.Parse(path);

        field.Kind.Should().Be(kind);
        field.ConditionType.Should().Be(condition);
        field.Container.Should().Be(container);
        field.IsInitContainer.Should().Be(init);
        field.Path.Should().Be(path);
        field.ToString().Should().Be(path);
    }

    [Theory]
    [InlineData("status.hostIP")]
    [InlineData("status.conditions[]")]
    [InlineData("status.conditions[Ready]x")]
    [InlineData("status.conditions[a[b]")]
    [InlineData("status.containerStatuses[app]")]
    [InlineData("status.containerStatuses[].state")]
    [InlineData("status.containerStatuses[app].image")]
    [InlineData("status.containerStatuses[app].lastState")]
    [InlineData("status.ephemeralContainerStatuses[debug].state")]
    [InlineData("metadata.labels")]
    [InlineData("")]
    public void Any_other_path_is_other_and_kept_whole(string path)
    {
        var field = FieldKey.Parse(path);

        field.Should().Be(FieldKey.Other(path));
        field.Kind.Should().Be(FieldKind.Other);
        field.Container.Should().BeNull();
        field.ConditionType.Should().BeNull();
        field.ToString().Should().Be(path);
    }

    [Fact]
    public void The_factories_build_the_recorded_paths()
    {
        FieldKey.Condition("Ready").Should().Be(FieldKey.Parse("status.conditions[Ready]"));
        FieldKey.ContainerState("app").Should().Be(FieldKey.Parse("status.containerStatuses[app].state"));
        FieldKey.ContainerState("init", init: true).Should().Be(FieldKey.Parse("status.initContainerStatuses[init].state"));
        FieldKey.ContainerReady("app").Path.Should().Be("status.containerStatuses[app].ready");
        FieldKey.ContainerStarted("side", init: true).Path.Should().Be("status.initContainerStatuses[side].started");
        FieldKey.RestartCount("app").Path.Should().Be("status.containerStatuses[app].restartCount");
        FieldKey.Phase.Should().Be(FieldKey.Parse("status.phase"));
        FieldKey.Presence.Path.Should().Be("metadata");
        FieldKey.ContainerState("app").Should().NotBe(FieldKey.ContainerState("app", init: true));
    }
}
