namespace PodSim.ApiServer;

/// <summary>
/// The simulated API server refused a request. <see cref="Exception.Message"/> is the API server's message, as
/// kubectl prints it after <c>Error from server (Reason):</c>.
/// </summary>
public sealed class ApiStatusException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ApiStatusException"/> class.</summary>
    /// <param name="reason">Why the request was refused.</param>
    /// <param name="message">The API server's message.</param>
    public ApiStatusException(ApiStatusReason reason, string message)
        : base(message)
    {
        Reason = reason;
    }

    /// <summary>Initializes a new instance of the <see cref="ApiStatusException"/> class.</summary>
    public ApiStatusException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ApiStatusException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ApiStatusException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ApiStatusException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ApiStatusException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets why the request was refused.</summary>
    public ApiStatusReason Reason { get; }

    /// <summary>Gets the field errors behind an Invalid (or AlreadyExists) answer.</summary>
    public IReadOnlyList<Validation.FieldError> Causes { get; init; } = [];

    /// <summary>
    /// Gets the causes that are not field errors, as <c>type: message</c> (an eviction's
    /// <c>DisruptionBudget: The disruption budget web needs 2 healthy pods and has 2 currently</c>).
    /// </summary>
    public IReadOnlyList<string> OtherCauses { get; init; } = [];

    /// <summary>Gets the seconds after which the client may retry, when the server suggests it (429).</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>Gets the admission plugin that refused the request, if one did.</summary>
    public string? AdmissionPlugin { get; init; }

    /// <summary>Gets the HTTP status code the API server answers with.</summary>
    public int Code => Reason switch
    {
        ApiStatusReason.NotFound => 404,
        ApiStatusReason.AlreadyExists or ApiStatusReason.Conflict => 409,
        ApiStatusReason.Invalid => 422,
        ApiStatusReason.Forbidden => 403,
        ApiStatusReason.Expired => 410,
        ApiStatusReason.TooManyRequests => 429,
        _ => 500,
    };
}
