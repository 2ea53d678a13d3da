namespace PodSim;

/// <summary>Which of a container's three states is set; see <see cref="ContainerStateValue"/>.</summary>
public enum ContainerStateKind
{
    /// <summary>Waiting, with a reason such as <c>ContainerCreating</c> or <c>CrashLoopBackOff</c>.</summary>
    Waiting = 0,

    /// <summary>Running.</summary>
    Running,

    /// <summary>Terminated, with a reason such as <c>Error</c> or <c>Completed</c> and an exit code.</summary>
    Terminated,
}
