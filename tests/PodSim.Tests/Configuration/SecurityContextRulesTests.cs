using PodSim.Configuration;
using PodSim.Model;
using PodSim.Tests.Support;

namespace PodSim.Tests.Configuration;

public class SecurityContextRulesTests
{
    private static (Pod Pod, Container Container) Load(string podSc, string containerSc)
    {
        var (pod, _) = ConfigFixtures.Load($$"""
            apiVersion: v1
            kind: Pod
            metadata: {name: web, namespace: default, uid: 0a1b}
            spec:
              securityContext: {{podSc}}
              containers:
              - name: app
                image: busybox
                securityContext: {{containerSc}}
            """);
        return (pod, pod.Spec!.Containers[0]);
    }

    [Fact]
    public void Container_fields_override_pod_fields_one_by_one()
    {
        var (pod, container) = Load(
            "{runAsUser: 1000, runAsGroup: 3000, runAsNonRoot: true, fsGroup: 2000, supplementalGroups: [4000], seLinuxOptions: {level: 's0:c1'}, seccompProfile: {type: RuntimeDefault}, appArmorProfile: {type: RuntimeDefault}, sysctls: [{name: net.core.somaxconn, value: '1024'}]}",
            "{runAsUser: 2000, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: {add: [NET_ADMIN], drop: [ALL]}, seccompProfile: {type: Localhost, localhostProfile: my.json}, privileged: false}");

        var sc = SecurityContextRules.Effective(pod, container);

        sc.RunAsUser.Should().Be(2000);
        sc.RunAsGroup.Should().Be(3000);
        sc.RunAsNonRoot.Should().BeTrue();
        sc.SeLinuxOptions.Should().Be(new SeLinuxOptions { Level = "s0:c1" });
        sc.SeccompProfile.Should().Be(new SeccompProfile { Type = "Localhost", LocalhostProfile = "my.json" });
        sc.AppArmorProfile.Should().Be(new AppArmorProfile { Type = "RuntimeDefault" });
        sc.AllowPrivilegeEscalation.Should().BeFalse();
        sc.NoNewPrivileges.Should().BeTrue();
        sc.ReadOnlyRootFilesystem.Should().BeTrue();
        sc.Privileged.Should().BeFalse();
        sc.Capabilities!.Add.Should().Equal("NET_ADMIN");
        sc.Capabilities.Drop.Should().Equal("ALL");
        sc.FsGroup.Should().Be(2000);
        sc.SupplementalGroups.Should().Equal(4000);
        sc.Sysctls.Should().ContainSingle().Which.Name.Should().Be("net.core.somaxconn");
    }

    [Fact]
    public void Nothing_set_leaves_every_field_unset()
    {
        var (pod, container) = Load("{}", "{}");

        var sc = SecurityContextRules.Effective(pod, container);

        sc.Should().BeEquivalentTo(new EffectiveSecurityContext());
        sc.NoNewPrivileges.Should().BeFalse("privilege escalation is allowed unless it is turned off");
    }

    [Fact]
    public void Windows_options_merge_field_by_field()
    {
        var (pod, container) = Load(
            "{windowsOptions: {gmsaCredentialSpecName: pod-spec, runAsUserName: PodUser, hostProcess: false}}",
            "{windowsOptions: {runAsUserName: ContainerUser}}");

        SecurityContextRules.Effective(pod, container).WindowsOptions.Should().Be(new WindowsSecurityContextOptions
        {
            GmsaCredentialSpecName = "pod-spec",
            RunAsUserName = "ContainerUser",
            HostProcess = false,
        });
    }

    [Fact]
    public void The_seed_example_runs_as_uid_1000_gid_2000_with_the_fs_group()
    {
        var (pod, container) = Load("{runAsUser: 1000, runAsGroup: 2000, fsGroup: 3000}", "{}");

        SecurityContextRules.Identity(pod, container).FormatId().Should().Be("uid=1000 gid=2000 groups=2000,3000");
    }

    [SkippableFact]
    public void The_security_context_2_example_runs_as_the_containers_user()
    {
        var corpus = SharedPaths.Corpus;
        Skip.If(corpus is null, "../shared/corpus is not beside this clone");
        var (pod, _) = ConfigFixtures.Load(File.ReadAllText(Path.Combine(corpus, "pods/security/security-context-2.yaml")));

        SecurityContextRules.Identity(pod, pod.Spec!.Containers[0]).Uid.Should().Be(2000);
    }

    [Theory]
    [InlineData(null, "{}", 0L, null, 0L)]
    [InlineData("1000", "{}", 1000L, null, 0L)]
    [InlineData("1000:3000", "{}", 1000L, null, 3000L)]
    [InlineData("nginx", "{}", null, "nginx", 0L)]
    [InlineData("nginx:101", "{}", null, "nginx", 101L)]
    [InlineData("nginx", "{runAsUser: 5}", 5L, null, 0L)]
    [InlineData("1000:3000", "{runAsGroup: 7}", 1000L, null, 7L)]
    public void The_process_identity_comes_from_the_security_context_else_the_image(
        string? imageUser, string containerSc, long? uid, string? username, long gid)
    {
        var (pod, container) = Load("{}", containerSc);

        var identity = SecurityContextRules.Identity(pod, container, new ImageConfig { User = imageUser });

        identity.Uid.Should().Be(uid);
        identity.Username.Should().Be(username);
        identity.Gid.Should().Be(gid);
    }

    private const string Where = " (pod: \"web_default(0a1b)\", container: app)";

    public static TheoryData<string, string, string?, string?> NonRootCases() => new()
    {
        { "{runAsNonRoot: true}", "{}", null, "container has runAsNonRoot and image will run as root" + Where },
        { "{runAsNonRoot: true}", "{}", "0:0", "container has runAsNonRoot and image will run as root" + Where },
        { "{runAsNonRoot: true}", "{}", "1000", null },
        { "{runAsNonRoot: true}", "{}", "nginx", "container has runAsNonRoot and image has non-numeric user (nginx), cannot verify user is non-root" + Where },
        { "{runAsNonRoot: true, runAsUser: 0}", "{}", "1000", "container's runAsUser breaks non-root policy" + Where },
        { "{runAsNonRoot: true}", "{runAsUser: 1000}", null, null },
        { "{runAsNonRoot: true}", "{runAsNonRoot: false}", null, null },
        { "{}", "{runAsNonRoot: true}", null, "container has runAsNonRoot and image will run as root" + Where },
        { "{}", "{}", null, null },
        {
            "{runAsNonRoot: true}", "{}", "4294967296",
            "container has runAsNonRoot and image has an invalid user id (4294967296). (Must be 1-(2147483647)): must be between 0 and 2147483647, inclusive" + Where
        },
    };

    [Theory]
    [MemberData(nameof(NonRootCases))]
    public void Run_as_non_root_is_checked_against_the_effective_user(string podSc, string containerSc, string? imageUser, string? error)
    {
        var (pod, container) = Load(podSc, containerSc);

        var result = SecurityContextRules.VerifyRunAsNonRoot(pod, container, new ImageConfig { User = imageUser });

        result.Should().Be(error is null ? null : new ConfigurationError("CreateContainerConfigError", error));
    }
}
