using PodSim.Model;

namespace PodSim.Scenarios;

/// <summary>A PodSim scenario: how the simulated world behaves (timings, images, process behaviour, actions). Kind <c>Scenario</c> in <c>podsim.io/v1alpha1</c>.</summary>
public sealed record Scenario : KubeObject
{
    /// <summary>Gets the scenario's settings.</summary>
    public ScenarioSpec? Spec { get; init; }
}
