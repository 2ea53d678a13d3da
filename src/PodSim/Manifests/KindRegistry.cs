using PodSim.Model;

namespace PodSim.Manifests;

/// <summary>
/// The kinds PodSim reads, by API version and kind. A kind that Kubernetes knows in another version
/// (for example <c>batch/v1beta1</c> CronJob, removed in 1.25) is an error, as the API server answers;
/// any other kind is skipped with a warning.
/// </summary>
internal static class KindRegistry
{
    // The API server's kinds, plus the Scenario that configures a simulation.
    private static readonly (string ApiVersion, string Kind, Type Type)[] Known =
    [
        .. ApiResources.All.Select(r => (r.ApiVersion, r.Kind, r.ModelType)),
        ("podsim.io/v1alpha1", "Scenario", typeof(Scenarios.Scenario)),
    ];

    /// <summary>Gets the kinds PodSim reads, as (apiVersion, kind) pairs, in a fixed order.</summary>
    public static IReadOnlyList<(string ApiVersion, string Kind)> Kinds { get; } = Array.ConvertAll(Known, k => (k.ApiVersion, k.Kind));

    /// <summary>Finds the model type of an API version and kind.</summary>
    /// <param name="apiVersion">The API version, such as <c>apps/v1</c>.</param>
    /// <param name="kind">The kind, such as <c>Deployment</c>.</param>
    /// <returns>The model type, or <see langword="null"/> when PodSim does not read that pair.</returns>
    public static Type? Find(string apiVersion, string kind)
    {
        foreach (var k in Known)
        {
            if (k.ApiVersion == apiVersion && k.Kind == kind)
            {
                return k.Type;
            }
        }

        return null;
    }

    /// <summary>Whether PodSim reads this kind in some API version.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Whether the kind is known.</returns>
    public static bool IsKnownKind(string kind)
    {
        foreach (var k in Known)
        {
            if (k.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the API version and kind of a model type.</summary>
    /// <param name="type">The model type.</param>
    /// <returns>The pair, or <see langword="null"/> for a type that is not a top-level kind.</returns>
    public static (string ApiVersion, string Kind)? Describe(Type type)
    {
        foreach (var k in Known)
        {
            if (k.Type == type)
            {
                return (k.ApiVersion, k.Kind);
            }
        }

        return null;
    }
}
