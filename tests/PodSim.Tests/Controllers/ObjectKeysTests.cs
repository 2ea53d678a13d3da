using PodSim.Controllers.Runtime;
using PodSim.Model;

namespace PodSim.Tests.Controllers;

/// <summary>Keys as client-go's MetaNamespaceKeyFunc and SplitMetaNamespaceKey make and split them.</summary>
public class ObjectKeysTests
{
    [Theory]
    [InlineData("default", "web", "default/web")]
    [InlineData("kube-system", "dns", "kube-system/dns")]
    [InlineData(null, "node-1", "node-1")]
    [InlineData("", "node-1", "node-1")]
    public void A_key_is_namespace_slash_name_or_the_name_alone(string? ns, string name, string key)
    {
        ObjectKeys.For(ns, name).Should().Be(key);
        ObjectKeys.Of(new ConfigMap { Metadata = new ObjectMeta { Namespace = ns, Name = name } }).Should().Be(key);
    }

    [Theory]
    [InlineData("default/web", "default", "web")]
    [InlineData("node-1", null, "node-1")]
    [InlineData("/web", "", "web")]
    public void A_key_splits_into_namespace_and_name(string key, string? ns, string name)
    {
        ObjectKeys.Split(key).Should().Be((ns, name));
    }

    [Fact]
    public void A_key_with_two_slashes_is_refused()
    {
        var act = () => ObjectKeys.Split("a/b/c");

        act.Should().Throw<ArgumentException>().WithMessage("unexpected key format: \"a/b/c\"*");
    }
}
