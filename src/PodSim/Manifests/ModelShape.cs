using System.Collections.Concurrent;
using System.Reflection;
using PodSim.Model;

namespace PodSim.Manifests;

/// <summary>
/// The Kubernetes field layout of a model record: its fields in declaration order (base type first),
/// each with its Kubernetes name. Built once per type by reflection and memoised; the cache holds only
/// immutable facts about compiled types, so it cannot make two runs differ.
/// </summary>
internal sealed class ModelShape
{
    private static readonly ConcurrentDictionary<Type, ModelShape> Cache = new();
    private readonly Dictionary<string, ModelField> _byName;

    private ModelShape(Type type)
    {
        Type = type;
        var chain = new List<Type>();
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            chain.Insert(0, t);
        }

        var fields = new List<ModelField>();
        foreach (var t in chain)
        {
            var props = t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
            Array.Sort(props, (a, b) => a.MetadataToken.CompareTo(b.MetadataToken));
            foreach (var p in props)
            {
                if (p.SetMethod is null || p.GetIndexParameters().Length != 0 || p.Name == "EqualityContract")
                {
                    continue;
                }

                var name = p.GetCustomAttribute<FieldNameAttribute>()?.Name ?? char.ToLowerInvariant(p.Name[0]) + p.Name[1..];
                fields.Add(new ModelField(name, p));
            }
        }

        Fields = fields;
        _byName = new Dictionary<string, ModelField>(fields.Count, StringComparer.Ordinal);
        foreach (var f in fields)
        {
            _byName[f.Name] = f;
        }
    }

    public Type Type { get; }

    public IReadOnlyList<ModelField> Fields { get; }

    public static ModelShape Of(Type type) => Cache.GetOrAdd(type, static t => new ModelShape(t));

    public bool TryGetField(string name, out ModelField field) => _byName.TryGetValue(name, out field!);

    public object CreateInstance() => Activator.CreateInstance(Type)!;
}
