using PodSim.Model;

namespace PodSim.Tests.Model;

/// <summary><see cref="PodStatusExtensions"/>: a container's status, a condition and readiness, read by name.</summary>
public class PodStatusExtensionsTests
{
    private static readonly Pod Pod = new()
    {
        Metadata = new ObjectMeta { Name = "web" },
        Status = new PodStatus
        {
            Conditions =
            [
                new PodCondition { Type = PodConditionTypes.PodScheduled, Status = ConditionStatuses.True },
                new PodCondition { Type = PodConditionTypes.Ready, Status = ConditionStatuses.False, Reason = "ContainersNotReady" },
                new PodCondition { Type = "example.com/gate", Status = ConditionStatuses.True },
            ],
            InitContainerStatuses = [new ContainerStatus { Name = "init", RestartCount = 0 }, new ContainerStatus { Name = "sidecar", RestartCount = 2 }],
            ContainerStatuses = [new ContainerStatus { Name = "app", RestartCount = 5 }],
            EphemeralContainerStatuses = [new ContainerStatus { Name = "debugger", RestartCount = 0 }],
        },
    };

    [Theory]
    [InlineData("app", 5)]
    [InlineData("sidecar", 2)]
    [InlineData("init", 0)]
    [InlineData("debugger", 0)]
    public void GetContainerStatus_finds_regular_init_and_ephemeral_containers(string name, int restarts)
    {
        var status = Pod.GetContainerStatus(name);

        status.Should().NotBeNull();
        status!.Name.Should().Be(name);
        status.RestartCount.Should().Be(restarts);
    }

    [Fact]
    public void GetContainerStatus_of_an_unknown_container_or_a_pod_without_status_is_null()
    {
        Pod.GetContainerStatus("nope").Should().BeNull();
        new Pod().GetContainerStatus("app").Should().BeNull();
    }

    [Fact]
    public void GetCondition_finds_well_known_and_custom_types()
    {
        Pod.GetCondition(PodConditionTypes.Ready)!.Reason.Should().Be("ContainersNotReady");
        Pod.GetCondition("example.com/gate")!.Status.Should().Be(ConditionStatuses.True);
        Pod.GetCondition(PodConditionTypes.Initialized).Should().BeNull();
        new Pod().GetCondition(PodConditionTypes.Ready).Should().BeNull();
    }

    [Fact]
    public void IsReady_reads_the_Ready_condition()
    {
        Pod.IsReady().Should().BeFalse();
        new Pod().IsReady().Should().BeFalse();
        var ready = Pod with
        {
            Status = Pod.Status! with { Conditions = [new PodCondition { Type = PodConditionTypes.Ready, Status = ConditionStatuses.True }] },
        };

        ready.IsReady().Should().BeTrue();
    }
}
