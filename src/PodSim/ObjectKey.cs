namespace PodSim;

/// <summary>
/// Names an object the way the transition log does: <c>Pod/default/web</c> is kind <c>Pod</c>, namespace
/// <c>default</c>, name <c>web</c>. A cluster-scoped object has an empty namespace and prints as <c>Node/node-1</c>.
/// </summary>
public sealed record ObjectKey
{
    /// <summary>Initializes a new instance of the <see cref="ObjectKey"/> class.</summary>
    /// <param name="kind">The kind, such as <c>Pod</c>.</param>
    /// <param name="namespace">The namespace; empty for a cluster-scoped object.</param>
    /// <param name="name">The name.</param>
    public ObjectKey(string kind, string @namespace, string name)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(@namespace);
        ArgumentNullException.ThrowIfNull(name);
        Kind = kind;
        Namespace = @namespace;
        Name = name;
    }

    /// <summary>Gets the kind, such as <c>Pod</c>.</summary>
    public string Kind { get; }

    /// <summary>Gets the namespace; empty for a cluster-scoped object.</summary>
    public string Namespace { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Names a pod.</summary>
    /// <param name="name">The pod's name.</param>
    /// <param name="namespace">The pod's namespace.</param>
    /// <returns>The key <c>Pod/namespace/name</c>.</returns>
    public static ObjectKey Pod(string name, string @namespace = "default") => new("Pod", @namespace, name);

    /// <summary>
    /// Reads <c>Kind/namespace/name</c>, or <c>Kind/name</c> for a cluster-scoped object. Text of neither form is
    /// kept whole as the name, with an empty kind and namespace, so that reading never fails.
    /// </summary>
    /// <param name="text">The text, as in <see cref="Transition.Object"/>.</param>
    /// <returns>The key.</returns>
    public static ObjectKey Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.IndexOf('/', StringComparison.Ordinal);
        if (first <= 0)
        {
            return new ObjectKey(string.Empty, string.Empty, text);
        }

        var second = text.IndexOf('/', first + 1);
        return second < 0
            ? new ObjectKey(text[..first], string.Empty, text[(first + 1)..])
            : new ObjectKey(text[..first], text[(first + 1)..second], text[(second + 1)..]);
    }

    /// <summary>Formats the key as <c>Kind/namespace/name</c> (<c>Kind/name</c> without a namespace).</summary>
    /// <returns>The text, as in <see cref="Transition.Object"/>.</returns>
    public override string ToString() => Kind.Length == 0 && Namespace.Length == 0
        ? Name
        : Namespace.Length == 0 ? Kind + "/" + Name : Kind + "/" + Namespace + "/" + Name;
}
