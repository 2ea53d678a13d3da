using PodSim.Manifests;

namespace PodSim.Tests.Manifests;

public class ScalarResolverTests
{
    [Theory]
    [InlineData("", ScalarKind.Null)]
    [InlineData("~", ScalarKind.Null)]
    [InlineData("null", ScalarKind.Null)]
    [InlineData("NULL", ScalarKind.Null)]
    [InlineData("true", ScalarKind.Boolean)]
    [InlineData("False", ScalarKind.Boolean)]
    [InlineData("yes", ScalarKind.Boolean)]
    [InlineData("off", ScalarKind.Boolean)]
    [InlineData("8080", ScalarKind.Integer)]
    [InlineData("-1", ScalarKind.Integer)]
    [InlineData("+3", ScalarKind.Integer)]
    [InlineData("0x1F", ScalarKind.Integer)]
    [InlineData("0.5", ScalarKind.Float)]
    [InlineData(".5", ScalarKind.Float)]
    [InlineData("1e3", ScalarKind.Float)]
    [InlineData("1.", ScalarKind.Float)]
    [InlineData(".inf", ScalarKind.Float)]
    [InlineData("nginx", ScalarKind.String)]
    [InlineData("100m", ScalarKind.String)]
    [InlineData("1Gi", ScalarKind.String)]
    [InlineData("-", ScalarKind.String)]
    [InlineData(".", ScalarKind.String)]
    [InlineData("1.2.3", ScalarKind.String)]
    [InlineData("2025-01-01T00:00:00Z", ScalarKind.String)]
    public void Plain_scalars_resolve_like_the_kubernetes_decoder(string text, object expected) =>
        ScalarResolver.Resolve(text).Should().Be((ScalarKind)expected);
}
