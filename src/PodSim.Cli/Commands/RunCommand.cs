using PodSim.Cli.CommandLine;
using PodSim.Cli.Output;

namespace PodSim.Cli.Commands;

/// <summary><c>podsim run FILE... [--until DURATION] [-o text|json]</c>.</summary>
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
        sim.RunUntil(until ?? sim.Horizon);
        SimulationInput.WriteWarnings(sim, context);
        if (json)
        {
            // The API server's aggregated Event objects (count, firstTimestamp, lastTimestamp), as kubectl get events shows.
            SimulationInput.WriteRejections(sim, context);
            context.Stdout.Write(KubeList.ToJsonArray(sim.Events));
        }
        else
        {
            context.Stdout.Write(TimelineWriter.Write(sim));
        }

        return 0;
    }
}
