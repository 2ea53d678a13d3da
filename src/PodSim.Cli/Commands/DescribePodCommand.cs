using PodSim.Cli.CommandLine;
using PodSim.Printing;

namespace PodSim.Cli.Commands;

/// <summary><c>podsim describe pod NAME FILE... [--at DURATION] [-n NAMESPACE]</c>.</summary>
internal static class DescribePodCommand
{
    /// <summary>Runs the command.</summary>
    /// <param name="args">The parsed arguments.</param>
    /// <param name="context">The streams.</param>
    /// <returns>The exit code.</returns>
    public static int Execute(ParsedArguments args, CliContext context)
    {
        var path = args.Command.Path;
        var at = FlagValues.Duration(args, "at");
        var ns = args.Get("namespace") ?? "default";
        if (args.Positionals.Count == 0)
        {
            throw new UsageException("a pod NAME and at least one FILE are required", path);
        }

        var name = args.Positionals[0];
        var sim = SimulationInput.Create(args.Positionals.GetRange(1, args.Positionals.Count - 1), context, path);
        sim.RunUntil(at ?? sim.Horizon);
        SimulationInput.WriteWarnings(sim, context);
        SimulationInput.WriteRejections(sim, context);
        var pod = sim.GetPod(name, ns) ?? throw new InputException("Error from server (NotFound): pods \"" + name + "\" not found");
        context.Stdout.Write(PodDescriber.Describe(pod, sim.Events, sim.Now));
        return 0;
    }
}
