namespace PodSim.ApiServer;

/// <summary>
/// The options of a DELETE request (<c>metav1.DeleteOptions</c>): the grace period for kinds that are deleted
/// gracefully (pods) and what happens to the object's dependents.
/// </summary>
/// <param name="GracePeriodSeconds">
/// The grace period; null means the object's own (a pod's <c>spec.terminationGracePeriodSeconds</c>). Ignored for
/// kinds that are not deleted gracefully; a negative value counts as 1, as the API server treats it.
/// </param>
/// <param name="PropagationPolicy">
/// <see cref="DeletionPropagation.Background"/>, <see cref="DeletionPropagation.Foreground"/> or
/// <see cref="DeletionPropagation.Orphan"/>; null means the kind's default (Orphan for ReplicationController and Job,
/// Background for the others).
/// </param>
public sealed record DeleteOptions(long? GracePeriodSeconds = null, string? PropagationPolicy = null);
