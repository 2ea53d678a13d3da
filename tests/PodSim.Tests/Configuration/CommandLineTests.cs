using PodSim.Configuration;
using PodSim.Model;

namespace PodSim.Tests.Configuration;

public class CommandLineTests
{
    private static readonly ImageConfig Image = new()
    {
        Entrypoint = ["/docker-entrypoint.sh"],
        Cmd = ["nginx", "-g", "daemon off;"],
        WorkingDir = "/srv",
    };

    public static TheoryData<string[], string[], string[]> Combinations() => new()
    {
        // command and args: both used, the image's entrypoint and cmd ignored.
        { ["bash", "-c"], ["nginx -c /etc/nginx/nginx.conf"], ["bash", "-c", "nginx -c /etc/nginx/nginx.conf"] },
        // command alone replaces the entrypoint and drops the image's cmd.
        { ["sleep", "3600"], [], ["sleep", "3600"] },
        // args alone replace the image's cmd after its entrypoint.
        { [], ["-v"], ["/docker-entrypoint.sh", "-v"] },
        // neither: the image's entrypoint and cmd.
        { [], [], ["/docker-entrypoint.sh", "nginx", "-g", "daemon off;"] },
    };

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Command_and_args_combine_with_the_image_like_docker(string[] command, string[] args, string[] argv)
    {
        var container = new Container { Name = "app", Command = command, Args = args };

        var result = CommandLine.Resolve(container, [], Image);

        result.Argv.Should().Equal(argv);
        result.Command.Should().Equal(command);
        result.Args.Should().Equal(args);
    }

    [Fact]
    public void Without_an_image_config_only_the_containers_own_words_remain()
    {
        CommandLine.Resolve(new Container { Args = ["a"] }, []).Argv.Should().Equal("a");
        CommandLine.Resolve(new Container(), []).Argv.Should().BeEmpty();
    }

    [Fact]
    public void Variables_are_expanded_in_command_and_args_but_shell_syntax_is_not()
    {
        // The seed example: echo $K1 $(K2) prints "$K1 V2".
        var container = new Container { Name = "curl", Command = ["echo", "$K1", "$(K2)"], Args = ["${K1}", "$$(K2)", "$(MISSING)"] };
        var env = new[]
        {
            new EnvironmentVariable("K1", "V1", EnvironmentSourceKind.Value, "value"),
            new EnvironmentVariable("K2", "V2", EnvironmentSourceKind.Value, "value"),
        };

        var result = CommandLine.Resolve(container, env);

        result.Argv.Should().Equal("echo", "$K1", "V2", "${K1}", "$(K2)", "$(MISSING)");
    }

    [Fact]
    public void The_containers_working_directory_wins_over_the_images()
    {
        CommandLine.Resolve(new Container { WorkingDir = "/tmp" }, [], Image).WorkingDir.Should().Be("/tmp");
        CommandLine.Resolve(new Container(), [], Image).WorkingDir.Should().Be("/srv");
        CommandLine.Resolve(new Container(), []).WorkingDir.Should().BeNull();
    }

    [Fact]
    public void Expansion_sees_the_resolved_environment_including_value_from_and_service_links()
    {
        var (pod, sources) = ConfigFixtures.Load("""
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              containers:
              - name: app
                image: busybox
                command: ["sh", "-c", "echo $(POD_NAME) $(KUBERNETES_SERVICE_HOST)"]
                env:
                - {name: POD_NAME, valueFrom: {fieldRef: {fieldPath: metadata.name}}}
            """);
        var container = pod.Spec!.Containers[0];
        var env = ContainerEnvironment.Resolve(pod, container, sources);

        CommandLine.Resolve(container, env.Variables).Argv.Should().Equal("sh", "-c", "echo web 10.96.0.1");
    }
}
