namespace PodSim.Controllers.Runtime;

/// <summary>
/// What a controller's <see cref="IController.Reconcile"/> asks for once it is done with a key, as controller-runtime's
/// <c>reconcile.Result</c>: nothing more (<see cref="Done"/>), another try after the key's back-off
/// (<see cref="Requeue"/>), or another look after a delay (<see cref="RequeueAfter"/>).
/// </summary>
public sealed record ReconcileResult
{
    private ReconcileResult(bool rateLimited, TimeSpan? delay)
    {
        RateLimited = rateLimited;
        Delay = delay;
    }

    /// <summary>Gets the result that ends the work on the key: its back-off is forgotten.</summary>
    public static ReconcileResult Done { get; } = new(false, null);

    /// <summary>
    /// Gets the result that tries the key again after its rate-limited back-off (5 ms, 10 ms, 20 ms, ... up to
    /// 1000 s), as after an error.
    /// </summary>
    public static ReconcileResult Requeue { get; } = new(true, null);

    /// <summary>Gets a value indicating whether the key is requeued after its rate-limited back-off.</summary>
    public bool RateLimited { get; }

    /// <summary>Gets the delay after which the key is looked at again, if the result asks for one.</summary>
    public TimeSpan? Delay { get; }

    /// <summary>
    /// Gets the result that looks at the key again after a delay on the virtual clock; the key's back-off is
    /// forgotten. A delay of zero or less requeues it at once.
    /// </summary>
    /// <param name="delay">The delay.</param>
    /// <returns>The result.</returns>
    public static ReconcileResult RequeueAfter(TimeSpan delay) => new(false, delay);
}
