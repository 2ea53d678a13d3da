using PodSim.Model;

namespace PodSim.Scenarios;

/// <summary>A PodSim scenario: how the simulated world behaves (timings, images, process behaviour, actions). Kind <c>Scenario</c> in <c>podsim.io/v1alpha1</c>.</summary>
public sealed record Scenario : KubeObject
{
    /// <summary>Initializes a new instance of the <see cref="Scenario"/> class, <c>podsim.io/v1alpha1</c> Scenario.</summary>
    public Scenario()
    {
        ApiVersion = "podsim.io/v1alpha1";
        Kind = "Scenario";
    }

    /// <summary>Gets the scenario's settings.</summary>
    public ScenarioSpec? Spec { get; init; }
}
