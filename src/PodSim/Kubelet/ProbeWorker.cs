using PodSim.Engine;
using PodSim.Model;

namespace PodSim.Kubelet;

/// <summary>
/// One probe of one container instance (prober/worker.go): attempts on a fixed grid anchored at the container's
/// start, consecutive-result counting against the thresholds, and the cached result.
/// </summary>
internal sealed class ProbeWorker
{
    public ProbeWorker(KubeletContainer container, ProbeType type, Probe probe, TimeSpan firstAt)
    {
        Container = container;
        Type = type;
        Probe = probe;
        FirstAt = firstAt;
        Period = TimeSpan.FromSeconds(probe.PeriodSeconds ?? 10);
        SuccessThreshold = probe.SuccessThreshold ?? 1;
        FailureThreshold = probe.FailureThreshold ?? 3;

        // Initial results: readiness Failure, liveness Success, startup Unknown (neither).
        Result = type switch
        {
            ProbeType.Liveness => true,
            ProbeType.Readiness => false,
            _ => null,
        };
    }

    public KubeletContainer Container { get; }

    public ProbeType Type { get; }

    public Probe Probe { get; }

    /// <summary>Gets the first attempt; later ones follow every <see cref="Period"/>.</summary>
    public TimeSpan FirstAt { get; }

    public TimeSpan Period { get; }

    public int SuccessThreshold { get; }

    public int FailureThreshold { get; }

    /// <summary>Gets or sets the cached result: true Success, false Failure, null Unknown.</summary>
    public bool? Result { get; set; }

    public int SuccessRun { get; set; }

    public int FailureRun { get; set; }

    public PendingWork? Next { get; set; }

    public bool Stopped { get; set; }

    /// <summary>The first grid instant at or after <paramref name="time"/>.</summary>
    public TimeSpan GridAtOrAfter(TimeSpan time)
    {
        if (time <= FirstAt)
        {
            return FirstAt;
        }

        var periods = (time - FirstAt).Ticks;
        var k = (periods + Period.Ticks - 1) / Period.Ticks;
        return FirstAt + TimeSpan.FromTicks(k * Period.Ticks);
    }

    public void Stop()
    {
        Stopped = true;
        Next?.Cancel();
        Next = null;
    }
}
