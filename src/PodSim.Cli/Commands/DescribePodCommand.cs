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
        var (sim, pod) = SimulationInput.SimulateNamedPod(args, context);
        context.Stdout.Write(PodDescriber.Describe(pod, sim.Events, sim.Now));
        return 0;
    }
}
