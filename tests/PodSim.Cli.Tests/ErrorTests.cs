namespace PodSim.Cli.Tests;

/// <summary>
/// Malformed input and wrong command lines: every command answers with one or two lines on standard error and
/// exit 1 (input) or 2 (usage), never a stack trace.
/// </summary>
public class ErrorTests
{
    private const string BadYaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n   image: nginx\n";

    public static TheoryData<string[]> EveryCommand => new()
    {
        new[] { "run" },
        new[] { "run", "-o", "json" },
        new[] { "get", "pods" },
        new[] { "get", "pods", "-o", "yaml" },
        new[] { "get", "pods", "--no-simulate" },
        new[] { "describe", "pod", "web" },
        new[] { "inspect", "pod", "web" },
        new[] { "inspect", "pod", "web", "-o", "json" },
        new[] { "validate" },
    };

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void Bad_yaml_is_one_line_and_exit_1(string[] command)
    {
        var result = Cli.RunWithInput(BadYaml, [.. command, "-"]);

        result.Exit.Should().Be(1, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Be("<stdin>:5:9: malformed YAML: While scanning a plain scalar value, found invalid mapping.\n");
    }

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void Missing_file_is_one_line_and_exit_1(string[] command)
    {
        var result = Cli.Run([.. command, "no/such/file.yaml"]);

        result.Exit.Should().Be(1, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Be("error: the path \"no/such/file.yaml\" does not exist\n");
    }

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void Wrong_field_type_is_one_located_line_and_exit_1(string[] command)
    {
        const string yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers: {name: app}\n";

        var result = Cli.RunWithInput(yaml, [.. command, "-"]);

        result.Exit.Should().Be(1, result.ToString());
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith("<stdin>:5:15: Pod/web: spec.containers: ");
    }

    [Theory]
    [InlineData("run")]
    [InlineData("get pods")]
    [InlineData("describe pod")]
    [InlineData("inspect pod")]
    public void Invalid_object_stops_the_simulation_with_located_lines(string command)
    {
        var args = command.Split(' ').ToList();
        if (command is "describe pod" or "inspect pod")
        {
            args.Add("Broken_Pod");
        }

        args.Add("samples/manifests/broken-pod.yaml");
        var result = Cli.Run([.. args]);

        result.Exit.Should().Be(1);
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().HaveCount(4).And.OnlyContain(l => l.StartsWith("samples/manifests/broken-pod.yaml:", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void Unknown_flag_is_a_usage_error(string[] command)
    {
        var result = Cli.Run([.. command, "--frobnicate", "samples/scenarios/crash-loop.yaml"]);

        result.Exit.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        var path = string.Join(' ', command.TakeWhile(w => !w.StartsWith('-')).Take(2));
        result.StderrLines.Should().Equal("error: unknown flag: --frobnicate", $"See 'podsim {path} --help' for usage.");
    }

    [Theory]
    [InlineData(new[] { "run", "samples/scenarios/crash-loop.yaml", "-o", "xml" }, "error: invalid argument \"xml\" for \"--output\" flag: allowed values are text, json", "run")]
    [InlineData(new[] { "get", "pods", "samples/scenarios/crash-loop.yaml", "-o", "xml" }, "error: invalid argument \"xml\" for \"--output\" flag: allowed values are table, wide, json, yaml", "get pods")]
    [InlineData(new[] { "run", "samples/scenarios/crash-loop.yaml", "--until", "5d" }, "error: invalid argument \"5d\" for \"--until\" flag: time: unknown unit \"d\" in duration \"5d\"", "run")]
    [InlineData(new[] { "run", "samples/scenarios/crash-loop.yaml", "--until", "-5s" }, "error: invalid argument \"-5s\" for \"--until\" flag: must not be negative", "run")]
    [InlineData(new[] { "get", "pods", "samples/scenarios/crash-loop.yaml", "--at" }, "error: flag needs an argument: --at", "get pods")]
    [InlineData(new[] { "get", "pods", "samples/scenarios/crash-loop.yaml", "-o" }, "error: flag needs an argument: 'o' in -o", "get pods")]
    [InlineData(new[] { "describe", "pod", "web", "samples/scenarios/crash-loop.yaml", "-x" }, "error: unknown shorthand flag: 'x' in -x", "describe pod")]
    [InlineData(new[] { "get", "pods", "--no-simulate=maybe", "samples/saved/pods.yaml" }, "error: invalid argument \"maybe\" for \"--no-simulate\" flag: expected true or false", "get pods")]
    [InlineData(new[] { "run" }, "error: at least one FILE is required", "run")]
    [InlineData(new[] { "validate" }, "error: at least one FILE is required", "validate")]
    [InlineData(new[] { "get", "pods" }, "error: at least one FILE is required", "get pods")]
    [InlineData(new[] { "describe", "pod" }, "error: a pod NAME and at least one FILE are required", "describe pod")]
    [InlineData(new[] { "describe", "pod", "web" }, "error: at least one FILE is required", "describe pod")]
    [InlineData(new[] { "run", "-", "-" }, "error: standard input (-) can be given only once", "run")]
    [InlineData(new[] { "get" }, "error: you must specify the type of resource to get (podsim supports: pods)", "get")]
    [InlineData(new[] { "get", "deployments", "x.yaml" }, "error: the resource type \"deployments\" is not supported (podsim supports: pods)", "get")]
    [InlineData(new[] { "get", "--at", "1m", "pods", "x.yaml" }, "error: the resource type must come first: podsim get pods FILE... [flags]", "get")]
    [InlineData(new[] { "describe", "node", "n", "x.yaml" }, "error: the resource type \"node\" is not supported (podsim supports: pods)", "describe")]
    public void Usage_errors_are_two_lines_and_exit_2(string[] args, string error, string help)
    {
        var result = Cli.Run(args);

        result.Exit.Should().Be(2, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().Equal(error, $"See 'podsim {help} --help' for usage.");
    }

    [Theory]
    [InlineData(new string[0], "error: no command given (one of run, get pods, describe pod, inspect pod, validate)")]
    [InlineData(new[] { "frob" }, "error: unknown command \"frob\" for \"podsim\"")]
    [InlineData(new[] { "--frob" }, "error: unknown flag: --frob")]
    public void Tool_level_usage_errors_point_at_the_tool_help(string[] args, string error)
    {
        var result = Cli.Run(args);

        result.Exit.Should().Be(2);
        result.StderrLines.Should().Equal(error, "See 'podsim --help' for usage.");
    }

    [Fact]
    public void Unreadable_path_is_one_line()
    {
        // A directory given where a file is expected is read as the manifests inside it; a path that is not
        // there at all is the one-line error kubectl gives.
        var result = Cli.Run("run", "samples/scenarios/nope.yaml", "samples/scenarios/crash-loop.yaml");

        result.Exit.Should().Be(1);
        result.Stderr.Should().Be("error: the path \"samples/scenarios/nope.yaml\" does not exist\n");
    }

    [Fact]
    public void Nothing_ever_prints_a_stack_trace()
    {
        string[][] attempts =
        [
            ["run", "-"], ["get", "pods", "-"], ["describe", "pod", "x", "-"], ["inspect", "pod", "x", "-"], ["validate", "-"],
        ];
        string[] inputs = ["{", "[", "- - -", "\u0000", "apiVersion: v1\nkind: Pod\n", "kind: List\napiVersion: v1\nitems: [1]\n", "a: &a [*a]\n"];
        foreach (var args in attempts)
        {
            foreach (var input in inputs)
            {
                var result = Cli.RunWithInput(input, args);
                result.Stderr.Should().NotContain("   at ", string.Join(' ', args) + " <<< " + input);
                result.Exit.Should().BeOneOf(0, 1);
                result.StderrLines.Length.Should().BeLessThanOrEqualTo(2, string.Join(' ', args) + " <<< " + input + "\n" + result);
            }
        }
    }
}
