using PodSim.Model;

namespace PodSim.Scheduling.Framework;

/// <summary>
/// A score plugin: it ranks the feasible nodes (<c>pkg/scheduler/framework/interface.go</c> ScorePlugin). The
/// scheduler sums every plugin's score and binds to the highest; ties go to the node created first (upstream picks
/// among ties at random; PodSim stays deterministic).
/// </summary>
public interface IScorePlugin
{
    /// <summary>Gets the plugin's name.</summary>
    string Name { get; }

    /// <summary>Scores a feasible node for the pod, from 0 to 100.</summary>
    /// <param name="pod">The pod being scheduled.</param>
    /// <param name="node">A feasible node.</param>
    /// <returns>The score.</returns>
    long Score(Pod pod, Node node);
}
