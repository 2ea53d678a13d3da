namespace PodSim.ApiServer;

/// <summary>
/// The values of <see cref="DeleteOptions.PropagationPolicy"/> (<c>metav1.DeletionPropagation</c>) and the finalizers
/// the API server puts on an owner for them.
/// </summary>
public static class DeletionPropagation
{
    /// <summary>The owner goes at once; the garbage collector deletes the dependents afterwards.</summary>
    public const string Background = "Background";

    /// <summary>The owner stays, with <see cref="ForegroundFinalizer"/>, until its blocking dependents are gone.</summary>
    public const string Foreground = "Foreground";

    /// <summary>The owner stays, with <see cref="OrphanFinalizer"/>, until its dependents no longer refer to it.</summary>
    public const string Orphan = "Orphan";

    /// <summary>The finalizer of a foreground deletion (<c>metav1.FinalizerDeleteDependents</c>).</summary>
    public const string ForegroundFinalizer = "foregroundDeletion";

    /// <summary>The finalizer of an orphaning deletion (<c>metav1.FinalizerOrphanDependents</c>).</summary>
    public const string OrphanFinalizer = "orphan";
}
