using System.Reflection;

namespace PodSim.Manifests;

/// <summary>One field of a model record: its Kubernetes name and the property behind it.</summary>
internal sealed class ModelField
{
    public ModelField(string name, PropertyInfo property)
    {
        Name = name;
        Property = property;
        Type = property.PropertyType;
    }

    public string Name { get; }

    public PropertyInfo Property { get; }

    public Type Type { get; }
}
