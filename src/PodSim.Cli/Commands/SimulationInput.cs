using PodSim.Admission;
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
            var reason = rejection.Plugin == AdmissionPlugins.Validation ? AdmissionError.InvalidReason : AdmissionError.ForbiddenReason;
            context.Stderr.Write("Error from server (" + reason + "): " + rejection.Message + "\n");
        }
    }
}
