namespace PodSim;

/// <summary>
/// The field a <see cref="Transition"/> is about, read from its path: <c>status.conditions[Ready]</c> is a
/// <see cref="FieldKind.Condition"/> of type <c>Ready</c>, <c>status.initContainerStatuses[init].state</c> the
/// <see cref="FieldKind.ContainerState"/> of init container <c>init</c>. Every path the kubelet, the scheduler and the
/// API server's deletions record has a kind of its own; any other path is <see cref="FieldKind.Other"/>.
/// </summary>
public sealed record FieldKey
{
    private const string ConditionPrefix = "status.conditions[";
    private const string ContainerPrefix = "status.containerStatuses[";
    private const string InitContainerPrefix = "status.initContainerStatuses[";

    private FieldKey(FieldKind kind, string path, string? conditionType = null, string? container = null, bool isInitContainer = false)
    {
        Kind = kind;
        Path = path;
        ConditionType = conditionType;
        Container = container;
        IsInitContainer = isInitContainer;
    }

    /// <summary>Gets the field <c>status.phase</c>.</summary>
    public static FieldKey Phase { get; } = new(FieldKind.Phase, "status.phase");

    /// <summary>Gets the field <c>status.podIP</c>.</summary>
    public static FieldKey PodIP { get; } = new(FieldKind.PodIP, "status.podIP");

    /// <summary>Gets the field <c>spec.nodeName</c>.</summary>
    public static FieldKey NodeName { get; } = new(FieldKind.NodeName, "spec.nodeName");

    /// <summary>Gets the field <c>metadata.deletionTimestamp</c>.</summary>
    public static FieldKey DeletionTimestamp { get; } = new(FieldKind.DeletionTimestamp, "metadata.deletionTimestamp");

    /// <summary>Gets the object's presence, path <c>metadata</c>: <c>present -&gt; deleted</c>.</summary>
    public static FieldKey Presence { get; } = new(FieldKind.Presence, "metadata");

    /// <summary>Gets what the field is.</summary>
    public FieldKind Kind { get; }

    /// <summary>Gets the path as recorded, such as <c>status.containerStatuses[app].restartCount</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the condition's type for a <see cref="FieldKind.Condition"/>, such as <c>Ready</c>; otherwise null.</summary>
    public string? ConditionType { get; }

    /// <summary>Gets the container's name for the container kinds; otherwise null.</summary>
    public string? Container { get; }

    /// <summary>Gets a value indicating whether <see cref="Container"/> is an init container (a sidecar included).</summary>
    public bool IsInitContainer { get; }

    /// <summary>The field of a pod condition's status.</summary>
    /// <param name="type">The condition type, such as <c>Ready</c>.</param>
    /// <returns><c>status.conditions[type]</c>.</returns>
    public static FieldKey Condition(string type)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        return new(FieldKind.Condition, ConditionPrefix + type + "]", conditionType: type);
    }

    /// <summary>The field of a container's state.</summary>
    /// <param name="container">The container's name.</param>
    /// <param name="init">Whether it is an init container.</param>
    /// <returns><c>status.containerStatuses[container].state</c> or the init container's.</returns>
    public static FieldKey ContainerState(string container, bool init = false) => OfContainer(FieldKind.ContainerState, container, init);

    /// <summary>The field of a container's readiness.</summary>
    /// <param name="container">The container's name.</param>
    /// <param name="init">Whether it is an init container.</param>
    /// <returns><c>status.containerStatuses[container].ready</c> or the init container's.</returns>
    public static FieldKey ContainerReady(string container, bool init = false) => OfContainer(FieldKind.ContainerReady, container, init);

    /// <summary>The field of a container's started flag.</summary>
    /// <param name="container">The container's name.</param>
    /// <param name="init">Whether it is an init container.</param>
    /// <returns><c>status.containerStatuses[container].started</c> or the init container's.</returns>
    public static FieldKey ContainerStarted(string container, bool init = false) => OfContainer(FieldKind.ContainerStarted, container, init);

    /// <summary>The field of a container's restart count.</summary>
    /// <param name="container">The container's name.</param>
    /// <param name="init">Whether it is an init container.</param>
    /// <returns><c>status.containerStatuses[container].restartCount</c> or the init container's.</returns>
    public static FieldKey RestartCount(string container, bool init = false) => OfContainer(FieldKind.RestartCount, container, init);

    /// <summary>A field of no kind of its own.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The field.</returns>
    public static FieldKey Other(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new(FieldKind.Other, path);
    }

    /// <summary>Reads a recorded path; never fails (an unknown path is <see cref="FieldKind.Other"/>).</summary>
    /// <param name="path">The path, as in <see cref="Transition.Field"/>.</param>
    /// <returns>The field; its <see cref="Path"/> is <paramref name="path"/>.</returns>
    public static FieldKey Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        switch (path)
        {
            case "status.phase": return Phase;
            case "status.podIP": return PodIP;
            case "spec.nodeName": return NodeName;
            case "metadata.deletionTimestamp": return DeletionTimestamp;
            case "metadata": return Presence;
        }

        if (path.StartsWith(ConditionPrefix, StringComparison.Ordinal) && path.Length > ConditionPrefix.Length + 1 && path[^1] == ']'
            && path.IndexOfAny(['[', ']'], ConditionPrefix.Length) == path.Length - 1)
        {
            return new(FieldKind.Condition, path, conditionType: path[ConditionPrefix.Length..^1]);
        }

        var init = path.StartsWith(InitContainerPrefix, StringComparison.Ordinal);
        if (init || path.StartsWith(ContainerPrefix, StringComparison.Ordinal))
        {
            var start = init ? InitContainerPrefix.Length : ContainerPrefix.Length;
            var close = path.IndexOf("].", start, StringComparison.Ordinal);
            if (close > start && path.IndexOfAny(['[', ']'], start) == close)
            {
                var kind = path[(close + 2)..] switch
                {
                    "state" => FieldKind.ContainerState,
                    "ready" => FieldKind.ContainerReady,
                    "started" => FieldKind.ContainerStarted,
                    "restartCount" => FieldKind.RestartCount,
                    _ => FieldKind.Other,
                };
                if (kind != FieldKind.Other)
                {
                    return new(kind, path, container: path[start..close], isInitContainer: init);
                }
            }
        }

        return new(FieldKind.Other, path);
    }

    /// <summary>Returns the path.</summary>
    /// <returns><see cref="Path"/>.</returns>
    public override string ToString() => Path;

    private static FieldKey OfContainer(FieldKind kind, string container, bool init)
    {
        ArgumentException.ThrowIfNullOrEmpty(container);
        var suffix = kind switch
        {
            FieldKind.ContainerState => "state",
            FieldKind.ContainerReady => "ready",
            FieldKind.ContainerStarted => "started",
            _ => "restartCount",
        };
        return new(kind, (init ? InitContainerPrefix : ContainerPrefix) + container + "]." + suffix, container: container, isInitContainer: init);
    }
}
