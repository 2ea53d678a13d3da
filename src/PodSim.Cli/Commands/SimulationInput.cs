using PodSim.Admission;
using PodSim.Cli.CommandLine;
using PodSim.Engine;

namespace PodSim.Cli.Commands;

/// <summary>Builds a simulation from the FILE arguments and reports what it refused or could not do.</summary>
internal static class SimulationInput
{
    /// <summary>Loads the files and creates the simulation at offset zero.</summary>
    /// <param name="paths">The FILE arguments.</param>
    /// <param name="context">The streams.</param>
    /// <param name="commandPath">The command, for usage errors.</param>
    /// <returns>The simulation.</returns>
    /// <exception cref="InputException">The input is malformed or invalid.</exception>
    public static Simulation Create(IReadOnlyList<string> paths, CliContext context, string commandPath)
    {
        var manifests = InputFiles.Load(paths, context, commandPath);
        InputFiles.Check(manifests, context);
        try
        {
            return Simulation.FromManifests(manifests);
        }
        catch (SimulationInputException e)
        {
            throw new InputException(e.Problems);
        }
    }

    /// <summary>
    /// The start of the commands about one pod (<c>describe pod</c>, <c>inspect pod</c>): NAME and FILE arguments,
    /// the simulation run to <c>--at</c> (default: the scenario's horizon), its warnings and refusals written, and
    /// the pod found in <c>--namespace</c>.
    /// </summary>
    /// <param name="args">The parsed arguments.</param>
    /// <param name="context">The streams.</param>
    /// <returns>The simulation at <c>--at</c> and the pod.</returns>
    /// <exception cref="UsageException">NAME or FILE is missing.</exception>
    /// <exception cref="InputException">The input is invalid, or the pod does not exist then.</exception>
    public static (Simulation Sim, Model.Pod Pod) SimulateNamedPod(ParsedArguments args, CliContext context)
    {
        var path = args.Command.Path;
        var at = FlagValues.Duration(args, "at");
        var ns = args.Get("namespace") ?? "default";
        if (args.Positionals.Count == 0)
        {
            throw new UsageException("a pod NAME and at least one FILE are required", path);
        }

        var name = args.Positionals[0];
        var sim = Create(args.Positionals.GetRange(1, args.Positionals.Count - 1), context, path);
        sim.RecordHistory = false;
        var stopped = SimulationRun.To(sim, at, "at", args, context);
        WriteWarnings(sim, context);
        WriteRejections(sim, context);
        if (stopped is not null)
        {
            throw stopped;
        }

        var pod = sim.GetPod(name, ns) ?? throw new InputException("Error from server (NotFound): pods \"" + name + "\" not found");
        return (sim, pod);
    }

    /// <summary>Writes the simulation's warnings (actions that could not be done) to standard error.</summary>
    /// <param name="sim">The simulation, after running.</param>
    /// <param name="context">The streams.</param>
    public static void WriteWarnings(Simulation sim, CliContext context)
    {
        foreach (var warning in sim.Warnings)
        {
            context.Stderr.Write("warning: " + warning + "\n");
        }
    }

    /// <summary>Writes each create that admission refused as kubectl reports it: <c>Error from server (Forbidden): ...</c>.</summary>
    /// <param name="sim">The simulation, after running.</param>
    /// <param name="context">The streams.</param>
    public static void WriteRejections(Simulation sim, CliContext context)
    {
        foreach (var rejection in sim.Rejections)
        {
            context.Stderr.Write("Error from server (" + rejection.Reason + "): " + rejection.Message + "\n");
        }
    }
}
