namespace PodSim.Testing;

/// <summary>What most simulation tests start with: a simulation from YAML text, run to an instant.</summary>
public static class PodSimTest
{
    /// <summary>
    /// Loads manifests (and an optional Scenario) from YAML text into a simulation at offset zero, as
    /// <see cref="Simulation.FromYaml"/> does: problems are reported against <c>&lt;yaml&gt;</c>, and the loader's
    /// warnings (an unknown field) come first in <see cref="Simulation.Warnings"/>.
    /// </summary>
    /// <param name="yaml">The YAML; several documents separated by <c>---</c>.</param>
    /// <returns>The simulation, not yet run.</returns>
    /// <exception cref="SimulationInputException">The YAML or an object in it is invalid; each problem names the field.</exception>
    public static Simulation FromYaml(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        return Simulation.FromYaml(yaml);
    }

    /// <summary>Loads YAML text into a simulation and runs it to <paramref name="until"/>.</summary>
    /// <param name="yaml">The YAML.</param>
    /// <param name="until">The offset from the simulation's start to run to.</param>
    /// <returns>The simulation, its clock at <paramref name="until"/>.</returns>
    /// <exception cref="SimulationInputException">The YAML or an object in it is invalid.</exception>
    public static Simulation Run(string yaml, TimeSpan until)
    {
        var sim = FromYaml(yaml);
        sim.RunUntil(until);
        return sim;
    }
}
