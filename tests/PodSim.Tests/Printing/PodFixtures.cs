using PodSim.Model;

namespace PodSim.Tests.Printing;

/// <summary>Small builders for pods and container statuses used by the printing tests.</summary>
internal static class PodFixtures
{
    public static readonly DateTimeOffset Now = new(2024, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset Ago(TimeSpan span) => Now - span;

    public static Pod Pod(
        string name = "p",
        int containers = 1,
        IReadOnlyList<Container>? initContainers = null,
        string? phase = null,
        string? reason = null,
        IReadOnlyList<ContainerStatus>? statuses = null,
        IReadOnlyList<ContainerStatus>? initStatuses = null,
        IReadOnlyList<PodCondition>? conditions = null,
        DateTimeOffset? deletion = null,
        DateTimeOffset? created = null) => new()
    {
        Metadata = new ObjectMeta { Name = name, DeletionTimestamp = deletion, CreationTimestamp = created },
        Spec = new PodSpec
        {
            InitContainers = initContainers ?? [],
            Containers = Enumerable.Range(0, containers).Select(i => new Container { Name = "c" + i }).ToList(),
        },
        Status = new PodStatus
        {
            Phase = phase,
            Reason = reason,
            ContainerStatuses = statuses ?? [],
            InitContainerStatuses = initStatuses ?? [],
            Conditions = conditions ?? [],
        },
    };

    public static Container Init(string name) => new() { Name = name };

    public static Container Sidecar(string name) => new() { Name = name, RestartPolicy = RestartPolicies.Always };

    public static ContainerStatus Status(
        ContainerState? state = null,
        bool ready = false,
        int restarts = 0,
        DateTimeOffset? lastFinished = null,
        string? name = null,
        bool? started = null) => new()
    {
        Name = name,
        State = state,
        Ready = ready,
        RestartCount = restarts,
        Started = started,
        LastState = lastFinished is null ? null : new ContainerState { Terminated = new ContainerStateTerminated { ExitCode = 1, FinishedAt = lastFinished } },
    };

    public static ContainerState Running() => new() { Running = new ContainerStateRunning() };

    public static ContainerState Waiting(string? reason = null) => new() { Waiting = new ContainerStateWaiting { Reason = reason } };

    public static ContainerState Terminated(string? reason = null, int exitCode = 0, int signal = 0) =>
        new() { Terminated = new ContainerStateTerminated { Reason = reason, ExitCode = exitCode, Signal = signal } };

    public static PodCondition Condition(string type, string status, string? reason = null) =>
        new() { Type = type, Status = status, Reason = reason };
}
