namespace PodSim.Validation;

/// <summary>The kinds of field error the Kubernetes API server reports (<c>field.ErrorType</c>).</summary>
public enum FieldErrorType
{
    /// <summary><c>Not found</c>: a reference to something that does not exist.</summary>
    NotFound,

    /// <summary><c>Required value</c>: a field that must be set is missing or empty.</summary>
    Required,

    /// <summary><c>Duplicate value</c>: a value that must be unique is repeated.</summary>
    Duplicate,

    /// <summary><c>Invalid value</c>: the value is malformed or out of range.</summary>
    Invalid,

    /// <summary><c>Unsupported value</c>: the value is not one of a fixed set.</summary>
    NotSupported,

    /// <summary><c>Forbidden</c>: the field may not be set here.</summary>
    Forbidden,

    /// <summary><c>Too long</c>: the value is longer than allowed.</summary>
    TooLong,

    /// <summary><c>Too many</c>: the list has too many items.</summary>
    TooMany,

    /// <summary><c>Internal error</c>.</summary>
    InternalError,
}
