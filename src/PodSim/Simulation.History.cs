namespace PodSim;

/// <summary>Time travel: the cluster as it was at an earlier instant, from the versions the store kept.</summary>
public sealed partial class Simulation
{
    /// <summary>
    /// Reads every object as it was at an instant of the run so far: after all the work due at that instant ran
    /// (for the current instant, as things are now: a run stopped inside an instant by
    /// <see cref="RunUntil(Func{Simulation, bool}, TimeSpan)"/> reads that instant as it stands, and the same call after
    /// the run has gone on reads it complete). Objects created later or deleted by then are absent. The
    /// snapshot is built from the versions kept while <see cref="RecordHistory"/> is true and is read-only; the
    /// simulation does not move.
    /// </summary>
    /// <remarks>
    /// For every instant a run went through, <c>At(t)</c> equals the <see cref="Snapshot"/> of the same input run
    /// with <c>RunUntil(t)</c>. The cost is memory: every object version written stays reachable (only the last one
    /// written at each instant), about 1.4 KB per pod status write. The 10,000 probed pods of the benchmark, written
    /// at +0s only, keep 1.6 MB of versions over a day; 1,000 crash-looping pods keep 43 MB over an hour, about as
    /// much as the rest of their run (<c>docs/performance.md</c>). Set <see cref="RecordHistory"/> to false to keep none.
    /// </remarks>
    /// <param name="offset">The instant, from <see cref="StartTime"/>; from 0 to <see cref="Elapsed"/>.</param>
    /// <returns>The snapshot, whose <see cref="ClusterSnapshot.Elapsed"/> is <paramref name="offset"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative or after <see cref="Elapsed"/>.</exception>
    /// <exception cref="InvalidOperationException">
    /// <see cref="RecordHistory"/> is false, or was false at <paramref name="offset"/>, so the versions of that instant
    /// were not kept.
    /// </exception>
    public ClusterSnapshot At(TimeSpan offset)
    {
        if (offset < TimeSpan.Zero || offset > Elapsed)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, offset < TimeSpan.Zero
                ? "the simulation starts at +0s; " + FormatOffset(offset) + " is before it"
                : FormatOffset(offset) + " is after the simulation's current instant " + FormatOffset(Elapsed) + "; run to it first (RunUntil) and read it with Snapshot()");
        }

        if (Cluster.Versions is not { } versions)
        {
            throw new InvalidOperationException("Simulation.At needs the versions of the objects, which are kept only while RecordHistory is true; " +
                "RecordHistory was set to false at " + FormatOffset(_historyStoppedAt ?? TimeSpan.Zero) + " and is false now");
        }

        if (offset < versions.From)
        {
            throw new InvalidOperationException("Simulation.At can read back to " + FormatOffset(versions.From) +
                ", when RecordHistory was last set to true; the versions of " + FormatOffset(offset) + " were not kept");
        }

        return new ClusterSnapshot(offset, StartTime + offset, versions.At(offset));
    }
}
