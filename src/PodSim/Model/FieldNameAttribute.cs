namespace PodSim.Model;

/// <summary>
/// Names the Kubernetes (JSON/YAML) field of a model property when it is not simply the property name
/// with its first letter in lower case (for example <c>ipFamilies</c> for <c>IPFamilies</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class FieldNameAttribute : Attribute
{
    /// <summary>Initializes a new instance of the <see cref="FieldNameAttribute"/> class.</summary>
    /// <param name="name">The field name as the Kubernetes API spells it.</param>
    public FieldNameAttribute(string name) => Name = name;

    /// <summary>Gets the field name as the Kubernetes API spells it.</summary>
    public string Name { get; }
}
