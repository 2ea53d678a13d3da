using PodSim.Model;

namespace PodSim.Admission;

/// <summary>The result of one mutating plugin: the changed pod, or the plugin's refusal (without the name prefix).</summary>
/// <param name="Pod">The pod after the plugin ran.</param>
/// <param name="Error">The plugin's own message when it refused the pod, else null.</param>
internal readonly record struct MutationStep(Pod Pod, string? Error);
