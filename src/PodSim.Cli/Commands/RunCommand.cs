using PodSim.Cli.CommandLine;
using PodSim.Cli.Output;

namespace PodSim.Cli.Commands;

/// <summary><c>podsim run FILE... [--until DURATION] [--work-budget N] [-o text|json]</c>.</summary>
internal static class RunCommand
{
    /// <summary>Runs the command.</summary>
    /// <param name="args">The parsed arguments.</param>
    /// <param name="context">The streams.</param>
    /// <returns>The exit code.</returns>
    public static int Execute(ParsedArguments args, CliContext context)
    {
        var until = FlagValues.Duration(args, "until");
        var json = args.Get("output") == "json";
        var sim = SimulationInput.Create(args.Positionals, context, args.Command.Path);
        InputException? stopped;
        if (json)
        {
            sim.RecordHistory = false;
            stopped = SimulationRun.To(sim, until, "until", args, context);
            SimulationInput.WriteWarnings(sim, context);

            // The API server's aggregated Event objects (count, firstTimestamp, lastTimestamp), as kubectl get events shows.
            SimulationInput.WriteRejections(sim, context);
            context.Stdout.Write(KubeList.ToJsonArray(sim.Events));
        }
        else
        {
            // The timeline is written as events happen, so a run stopped early still shows everything up to then.
            using var timeline = new TimelineWriter(sim, context.Stdout, until ?? sim.Horizon);
            stopped = SimulationRun.To(sim, until, "until", args, context);
            SimulationInput.WriteWarnings(sim, context);
            timeline.WriteSummary();
        }

        return stopped is null ? 0 : throw stopped;
    }
}
