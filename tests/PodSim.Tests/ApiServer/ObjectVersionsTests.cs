using PodSim.ApiServer;
using PodSim.Model;

namespace PodSim.Tests.ApiServer;

/// <summary>The store's version history: what <see cref="Simulation.At"/> is built from.</summary>
public class ObjectVersionsTests
{
    private static TimeSpan S(int seconds) => TimeSpan.FromSeconds(seconds);

    private static ConfigMap Map(string name, string value) => new()
    {
        ApiVersion = "v1",
        Kind = "ConfigMap",
        Metadata = new ObjectMeta { Name = name, Namespace = "default" },
        Data = new Dictionary<string, string> { ["k"] = value },
    };

    [Fact]
    public void Writes_at_one_instant_keep_only_the_last_version()
    {
        var now = S(0);
        var store = new ObjectStore(() => now);
        store.KeepVersions();

        store.Add(Map("a", "1"));
        store.Update(Map("a", "2"));
        store.Update(Map("a", "3"));
        now = S(5);
        store.Update(Map("a", "4"));

        store.Versions!.VersionCount.Should().Be(2);
        ((ConfigMap)store.Versions.At(S(0)).Single()).Data["k"].Should().Be("3");
        ((ConfigMap)store.Versions.At(S(4)).Single()).Data["k"].Should().Be("3");
        ((ConfigMap)store.Versions.At(S(5)).Single()).Data["k"].Should().Be("4");
    }

    [Fact]
    public void A_name_deleted_and_created_again_is_a_new_object_in_creation_order()
    {
        var now = S(0);
        var store = new ObjectStore(() => now);
        store.KeepVersions();
        store.Add(Map("a", "old"));
        store.Add(Map("b", "b"));
        now = S(2);
        store.Remove(ObjectStore.Key("ConfigMap", "default", "a"));
        now = S(3);
        store.Add(Map("a", "new"));

        Render(store.Versions!.At(S(1))).Should().Equal("a=old", "b=b");
        Render(store.Versions.At(S(2))).Should().Equal("b=b");
        Render(store.Versions.At(S(3))).Should().Equal("b=b", "a=new");
    }

    [Fact]
    public void Keeping_versions_late_starts_from_the_live_objects()
    {
        var now = S(0);
        var store = new ObjectStore(() => now);
        store.Add(Map("a", "1"));
        now = S(7);
        store.Update(Map("a", "2"));
        store.KeepVersions();

        store.Versions!.From.Should().Be(S(7));
        Render(store.Versions.At(S(7))).Should().Equal("a=2");
        store.DropVersions();
        store.Versions.Should().BeNull();
    }

    private static List<string> Render(List<KubeObject> objects) =>
        objects.Select(o => o.Metadata!.Name + "=" + ((ConfigMap)o).Data["k"]).ToList();
}
