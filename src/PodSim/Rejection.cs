namespace PodSim;

/// <summary>
/// A create the API server refused at admission (LimitRange, ResourceQuota, PriorityClass, RuntimeClass): the object
/// never existed, as with <c>Error from server (Forbidden)</c> from kubectl.
/// </summary>
/// <param name="Offset">When the create was attempted, from the start time.</param>
/// <param name="Kind">The object's kind.</param>
/// <param name="Namespace">The object's namespace.</param>
/// <param name="Name">The object's name.</param>
/// <param name="Plugin">The admission plugin that refused it.</param>
/// <param name="Message">The API server's message, such as <c>pods "web" is forbidden: exceeded quota: ...</c>.</param>
public sealed record Rejection(TimeSpan Offset, string Kind, string? Namespace, string? Name, string Plugin, string Message)
{
    /// <summary>
    /// Gets the API server's reason, as kubectl prints it after <c>Error from server</c>: <c>Invalid</c> when validation
    /// refused the object, else <c>Forbidden</c>.
    /// </summary>
    public string Reason => Plugin == Admission.AdmissionPlugins.Validation ? Admission.AdmissionError.InvalidReason : Admission.AdmissionError.ForbiddenReason;

    /// <inheritdoc/>
    public override string ToString() => "+" + Model.GoDuration.Format(Offset) + " " + Kind + "/" + Name + ": " + Message;
}
