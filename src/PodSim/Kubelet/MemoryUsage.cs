using PodSim.Model;
using PodSim.Scenarios;

namespace PodSim.Kubelet;

/// <summary>
/// A container's scripted working-set memory over time: the level of the latest step (or <c>initial</c> before
/// any step) plus <c>growthPerSecond</c> times the time since start. The kernel OOM-kills the container the instant
/// its usage reaches <c>limits.memory</c>.
/// </summary>
internal static class MemoryUsage
{
    /// <summary>The usage <paramref name="sinceStart"/> after the container started, in bytes.</summary>
    /// <param name="memory">The scripted memory use.</param>
    /// <param name="sinceStart">The time since start.</param>
    /// <returns>The usage in bytes.</returns>
    public static decimal At(MemorySpec memory, TimeSpan sinceStart)
    {
        ArgumentNullException.ThrowIfNull(memory);
        var level = Bytes(memory.Initial);
        var latest = TimeSpan.MinValue;
        foreach (var step in memory.Steps)
        {
            // The latest step at or before the instant decides, whatever the list order (ties: the later entry).
            var at = StepTime(step);
            if (at <= sinceStart && at >= latest)
            {
                latest = at;
                level = Bytes(step.Usage);
            }
        }

        return level + (Bytes(memory.GrowthPerSecond) * (decimal)sinceStart.Ticks / TimeSpan.TicksPerSecond);
    }

    /// <summary>
    /// How long after start the usage first reaches <paramref name="limit"/>, or <see langword="null"/> when it never
    /// does. The answer is exact to the tick, rounded up.
    /// </summary>
    /// <param name="memory">The scripted memory use.</param>
    /// <param name="limit">The container's memory limit.</param>
    /// <returns>The time to the OOM kill.</returns>
    public static TimeSpan? TimeToReach(MemorySpec memory, Quantity limit)
    {
        ArgumentNullException.ThrowIfNull(memory);
        var limitBytes = (decimal)limit.Value();
        var growth = Bytes(memory.GrowthPerSecond);

        // Segments between step instants, each with a constant base level.
        var times = new List<TimeSpan> { TimeSpan.Zero };
        foreach (var step in memory.Steps)
        {
            times.Add(StepTime(step));
        }

        times.Sort();
        for (var i = 0; i < times.Count; i++)
        {
            var from = times[i];
            var until = i + 1 < times.Count ? times[i + 1] : TimeSpan.MaxValue;
            if (until <= from)
            {
                continue;
            }

            var atStart = At(memory, from);
            if (atStart >= limitBytes)
            {
                return from;
            }

            if (growth <= 0)
            {
                continue;
            }

            var baseLevel = atStart - (growth * (decimal)from.Ticks / TimeSpan.TicksPerSecond);
            var ticks = decimal.Ceiling((limitBytes - baseLevel) / growth * TimeSpan.TicksPerSecond);
            if (ticks < until.Ticks)
            {
                return TimeSpan.FromTicks((long)ticks);
            }
        }

        return null;
    }

    private static TimeSpan StepTime(MemoryStepSpec step) => step.At is { IsNever: false } at ? at.Value : TimeSpan.Zero;

    private static decimal Bytes(Quantity? quantity) => quantity is { } q ? q.Value() : 0;
}
