namespace PodSim.ApiServer;

/// <summary>Why the API server refused a request: the <c>reason</c> of its Status answer (<c>metav1.StatusReason</c>).</summary>
public enum ApiStatusReason
{
    /// <summary>The object does not exist (404).</summary>
    NotFound,

    /// <summary>An object of that name exists already (409).</summary>
    AlreadyExists,

    /// <summary>The write was based on an older version of the object (409).</summary>
    Conflict,

    /// <summary>The object is invalid (422).</summary>
    Invalid,

    /// <summary>Admission or a rule forbids the request (403).</summary>
    Forbidden,

    /// <summary>The resource version is older than the kept history (410 Gone).</summary>
    Expired,

    /// <summary>The request would break a rule that may allow it later (429), such as an eviction a PodDisruptionBudget refuses.</summary>
    TooManyRequests,

    /// <summary>The server could not answer the request (500), such as an eviction of a pod that two PodDisruptionBudgets select.</summary>
    InternalError,
}
