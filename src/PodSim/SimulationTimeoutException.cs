using PodSim.Model;

namespace PodSim;

/// <summary>
/// A wait of <see cref="Simulation.RunUntilReady"/> or <see cref="Simulation.RunUntilPhase"/> reached its bound before
/// the pod got there. The message says what the pod was doing instead: its phase, each container's state and restart
/// count, and its last events. The simulation stands at the bound and can go on.
/// </summary>
/// <remarks>A <see cref="TimeoutException"/>, so that code waiting on several kinds of things can catch it as one.</remarks>
public sealed class SimulationTimeoutException : TimeoutException
{
    /// <summary>Initializes a new instance of the <see cref="SimulationTimeoutException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="awaited">What the wait was for: <c>Ready</c>, or a phase.</param>
    /// <param name="podName">The pod's name.</param>
    /// <param name="podNamespace">The pod's namespace.</param>
    /// <param name="bound">The offset the wait ran to.</param>
    /// <param name="pod">The pod as it was at the bound; null when it did not exist.</param>
    public SimulationTimeoutException(string message, string awaited, string podName, string podNamespace, TimeSpan bound, Pod? pod)
        : base(message)
    {
        Awaited = awaited;
        PodName = podName;
        PodNamespace = podNamespace;
        Bound = bound;
        Pod = pod;
    }

    /// <summary>Initializes a new instance of the <see cref="SimulationTimeoutException"/> class.</summary>
    public SimulationTimeoutException()
        : this("the wait reached its bound")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SimulationTimeoutException"/> class.</summary>
    /// <param name="message">The message.</param>
    public SimulationTimeoutException(string message)
        : base(message)
    {
        Awaited = string.Empty;
        PodName = string.Empty;
        PodNamespace = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="SimulationTimeoutException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public SimulationTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
        Awaited = string.Empty;
        PodName = string.Empty;
        PodNamespace = string.Empty;
    }

    /// <summary>Gets what the wait was for: <c>Ready</c>, or a phase such as <c>Succeeded</c>.</summary>
    public string Awaited { get; }

    /// <summary>Gets the pod's name.</summary>
    public string PodName { get; }

    /// <summary>Gets the pod's namespace.</summary>
    public string PodNamespace { get; }

    /// <summary>Gets the offset from the start the wait ran to.</summary>
    public TimeSpan Bound { get; }

    /// <summary>Gets the pod as it was at the bound, or <see langword="null"/> when it did not exist then.</summary>
    public Pod? Pod { get; }
}
