using Microsoft.Extensions.Logging;
using PodSim.Manifests;

namespace PodSim;

/// <summary>The short ways in: a simulation from YAML text or from files.</summary>
public sealed partial class Simulation
{
    /// <summary>The source name that <see cref="FromYaml"/> gives its text in locations: <c>&lt;yaml&gt;:5:9</c>.</summary>
    public const string YamlSourceName = "<yaml>";

    /// <summary>
    /// Creates a simulation from YAML (or JSON) text holding Kubernetes objects and at most one Scenario, as
    /// <see cref="FromManifests"/> does with the text loaded by <see cref="ManifestLoader.LoadString"/>. The loader's
    /// warnings (an unknown field, ...) come first in <see cref="Warnings"/>, as <c>+0s &lt;yaml&gt;:7:5: Pod/web: spec.containers[0].imagePullPolicyy: unknown field</c>.
    /// </summary>
    /// <param name="yaml">The text; documents separated by <c>---</c>.</param>
    /// <param name="loggerFactory">Where to log; none by default.</param>
    /// <returns>The simulation, at offset zero.</returns>
    /// <exception cref="SimulationInputException">
    /// The text is malformed, or an object is invalid: each problem as <c>&lt;yaml&gt;:line:column: Kind/name: field.path: message</c>.
    /// </exception>
    public static Simulation FromYaml(string yaml, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        return FromLoaded(new ManifestLoader().LoadString(yaml, YamlSourceName), loggerFactory);
    }

    /// <summary>
    /// Creates a simulation from manifest files (YAML or JSON; a directory stands for its <c>.yaml</c>, <c>.yml</c>
    /// and <c>.json</c> files), loaded in order into one cluster with at most one Scenario, as
    /// <see cref="FromManifests"/> does. The loader's warnings come first in <see cref="Warnings"/>.
    /// </summary>
    /// <param name="paths">The files.</param>
    /// <returns>The simulation, at offset zero.</returns>
    /// <exception cref="SimulationInputException">
    /// A file is missing or malformed, or an object is invalid: each problem as <c>file:line:column: Kind/name: field.path: message</c>.
    /// </exception>
    public static Simulation FromFiles(params string[] paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Length == 0)
        {
            throw new SimulationInputException("no file was given");
        }

        return FromLoaded(new ManifestLoader().LoadFiles(paths), null);
    }

    private static Simulation FromLoaded(ManifestLoadResult manifests, ILoggerFactory? loggerFactory)
    {
        var simulation = FromManifests(manifests, loggerFactory);

        // The caller never sees the load result, so its warnings join the simulation's, first as they came first.
        simulation._warnings.InsertRange(0, manifests.Warnings.Select(warning => "+0s " + warning));
        return simulation;
    }
}
