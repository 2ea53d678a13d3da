using System.Diagnostics;
using System.Globalization;
using PodSim.Cli.CommandLine;
using PodSim.Engine;
using PodSim.Model;

namespace PodSim.Cli.Commands;

/// <summary>
/// Runs a simulation to the instant a command asks for, as every simulating command does: the clock's last reachable
/// instant and the work budget (<c>--work-budget</c>) are checked, Ctrl-C stops the run cleanly, standard output is
/// flushed as the run goes, and a progress line is shown on a terminal's standard error once a run lasts a second.
/// </summary>
internal static class SimulationRun
{
    /// <summary>How many pieces of work run between two looks at the wall clock and at Ctrl-C.</summary>
    private const int CheckEvery = 1024;

    /// <summary>Runs the simulation to <paramref name="requested"/> (default its horizon).</summary>
    /// <param name="sim">The simulation.</param>
    /// <param name="requested">The instant the flag asked for, if any.</param>
    /// <param name="flag">The flag's name, for errors (<c>until</c>, <c>at</c>).</param>
    /// <param name="args">The parsed arguments (<c>--work-budget</c>).</param>
    /// <param name="context">The streams, the terminal and Ctrl-C.</param>
    /// <returns>Null when the run reached the instant; otherwise the error to report after what was printed.</returns>
    /// <exception cref="InputException">The instant is past the last time the clock can show.</exception>
    public static InputException? To(Simulation sim, TimeSpan? requested, string flag, ParsedArguments args, CliContext context)
    {
        var target = requested ?? sim.Horizon;
        if (target > sim.LatestOffset)
        {
            throw new InputException("error: --" + flag + " " + (args.Get(flag) ?? GoDuration.Format(target)) + ": the clock cannot go past " +
                Rfc3339(sim.StartTime + sim.LatestOffset) + "; from the start time " + Rfc3339(sim.StartTime) +
                " the latest reachable time is +" + GoDuration.Format(sim.LatestOffset));
        }

        if (FlagValues.PositiveInteger(args, "work-budget") is { } budget)
        {
            sim.WorkBudget = budget;
        }

        var progress = new Progress(sim, target, context);
        try
        {
            var count = 0;
            var interrupted = sim.RunUntil(
                s =>
                {
                    if (++count < CheckEvery)
                    {
                        return false;
                    }

                    count = 0;
                    progress.Tick();
                    return context.Cancellation.IsCancellationRequested;
                },
                target);
            return interrupted
                ? new InputException("interrupted at +" + GoDuration.Format(sim.Elapsed) + " of +" + GoDuration.Format(target)) { ExitCode = 130 }
                : null;
        }
        catch (WorkBudgetExceededException e)
        {
            return new InputException("error: the run stopped at +" + GoDuration.Format(e.Elapsed) + " of +" + GoDuration.Format(e.Target) +
                " after " + e.Budget.ToString(CultureInfo.InvariantCulture) + " pieces of work, its work budget; raise it with --work-budget N " +
                "or the Scenario's spec.workBudget");
        }
        finally
        {
            progress.Clear();
        }
    }

    private static string Rfc3339(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Flushes standard output now and then, and draws the progress line on a terminal's standard error.</summary>
    private sealed class Progress(Simulation sim, TimeSpan target, CliContext context)
    {
        private static readonly long Second = Stopwatch.Frequency;
        private readonly long _started = Stopwatch.GetTimestamp();
        private readonly long _work = sim.ProcessedWorkCount;
        private long _lastFlush = Stopwatch.GetTimestamp();
        private long _lastDrawn;
        private bool _shown;

        public void Tick()
        {
            var now = Stopwatch.GetTimestamp();
            if (now - _lastFlush < Second / 10)
            {
                return;
            }

            _lastFlush = now;
            context.Stdout.Flush();
            if (!context.StderrIsTerminal || now - _started < Second || now - _lastDrawn < Second / 4)
            {
                return;
            }

            _lastDrawn = now;
            _shown = true;
            var seconds = (double)(now - _started) / Second;
            var rate = (sim.ProcessedWorkCount - _work) / seconds;
            var percent = target > TimeSpan.Zero ? 100.0 * sim.Elapsed.Ticks / target.Ticks : 100.0;
            context.Stderr.Write("\r\u001b[K+" + GoDuration.Format(sim.Elapsed) + " of +" + GoDuration.Format(target) + " (" +
                percent.ToString("0.0", CultureInfo.InvariantCulture) + "%), " + rate.ToString("N0", CultureInfo.InvariantCulture) + " events/s");
            context.Stderr.Flush();
        }

        /// <summary>Erases the progress line, so that what follows starts on a clean line.</summary>
        public void Clear()
        {
            if (_shown)
            {
                context.Stderr.Write("\r\u001b[K");
                context.Stderr.Flush();
            }
        }
    }
}
