using PodSim.Defaulting;
using PodSim.Model;
using static PodSim.Tests.Defaulting.DefaultingSamples;

namespace PodSim.Tests.Defaulting;

public class ImagePullPolicyDefaultingTests
{
    public static TheoryData<string, string> Images => new()
    {
        { "nginx", PullPolicies.Always },
        { "nginx:latest", PullPolicies.Always },
        { "nginx:1.25", PullPolicies.IfNotPresent },
        { "nginx:Latest", PullPolicies.IfNotPresent },
        { "nginx@" + Sha256, PullPolicies.IfNotPresent },
        { "nginx:1.25@" + Sha256, PullPolicies.IfNotPresent },
        { "nginx:latest@" + Sha256, PullPolicies.Always },
        { "library/busybox", PullPolicies.Always },
        { "docker.io/library/busybox:1.36", PullPolicies.IfNotPresent },
        { "gcr.io/distroless/static", PullPolicies.Always },
        { "registry.k8s.io/pause:3.9", PullPolicies.IfNotPresent },
        { "localhost/app", PullPolicies.Always },
        { "localhost:5000/app", PullPolicies.Always },
        { "localhost:5000/app:1.0", PullPolicies.IfNotPresent },
        { "registry:5000/app", PullPolicies.Always },
        { "registry:5000/app:1.0", PullPolicies.IfNotPresent },
        { "registry.example.com:443/team/app:latest", PullPolicies.Always },
        { "registry.example.com:443/team/app@" + Sha256, PullPolicies.IfNotPresent },
        { "Registry/app", PullPolicies.Always },
    };

    // Upstream ignores the parse error; the empty tag then selects IfNotPresent.
    public static TheoryData<string> UnparsableImages => new()
    {
        string.Empty,
        "NGINX",
        "nginx:",
        "nginx:1.0:2.0",
        "nginx@sha256:0123",
        "nginx@md5:0123456789abcdef0123456789abcdef",
        "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        "localhost:5000/App",
    };

    [Theory]
    [MemberData(nameof(Images))]
    public void Image_tag_decides_the_default_pull_policy(string image, string expected)
    {
        ApiDefaults.ApplyContainer(Container(image)).ImagePullPolicy.Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void Ephemeral_container_image_tag_decides_the_default_pull_policy(string image, string expected)
    {
        ApiDefaults.ApplyEphemeralContainer(new EphemeralContainer { Image = image }).ImagePullPolicy.Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(UnparsableImages))]
    public void Unparsable_image_defaults_pull_policy_to_IfNotPresent(string image)
    {
        ApiDefaults.DefaultImagePullPolicy(image).Should().Be(PullPolicies.IfNotPresent);
    }

    [Fact]
    public void Image_without_tag_defaults_pull_policy_to_Always()
    {
        ApiDefaults.ApplyContainer(Container("busybox")).ImagePullPolicy.Should().Be(PullPolicies.Always);
    }

    [Fact]
    public void Missing_image_defaults_pull_policy_to_IfNotPresent()
    {
        ApiDefaults.ApplyContainer(new Container { Name = "app" }).ImagePullPolicy.Should().Be(PullPolicies.IfNotPresent);
    }

    [Theory]
    [InlineData("nginx", PullPolicies.Never)]
    [InlineData("nginx:1.25", PullPolicies.Always)]
    [InlineData("nginx:latest", PullPolicies.IfNotPresent)]
    public void Explicit_pull_policy_is_kept(string image, string policy)
    {
        ApiDefaults.ApplyContainer(Container(image) with { ImagePullPolicy = policy }).ImagePullPolicy.Should().Be(policy);
    }

    [Theory]
    [InlineData("quay.io/org/artifact", PullPolicies.Always)]
    [InlineData("quay.io/org/artifact:v1", PullPolicies.IfNotPresent)]
    public void Image_volume_pull_policy_is_defaulted_by_tag(string reference, string expected)
    {
        var spec = ApiDefaults.ApplyPodSpec(new PodSpec
        {
            Volumes = [new Volume { Name = "v", Image = new ImageVolumeSource { Reference = reference } }],
        });

        spec.Volumes[0].Image!.PullPolicy.Should().Be(expected);
    }
}
