using System.Text.RegularExpressions;

namespace PodSim.Cli.Tests;

/// <summary>Help is accurate: every flag it lists is accepted, and every command has help; help exits 0.</summary>
public partial class HelpTests
{
    public static TheoryData<string> Commands => new() { "run", "get pods", "describe pod", "inspect pod", "validate" };

    [Fact]
    public void Tool_help_lists_every_command()
    {
        var result = Cli.Run("--help");

        result.Exit.Should().Be(0);
        result.Stderr.Should().BeEmpty();
        foreach (var command in Commands)
        {
            result.Stdout.Should().MatchRegex("\n  " + command + " +[A-Z]");
        }

        Cli.Run("-h").Stdout.Should().Be(result.Stdout);
        Cli.Run("help").Stdout.Should().Be(result.Stdout);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_listed_flag_is_accepted_in_long_and_short_form(string command)
    {
        var help = Cli.Run([.. command.Split(' '), "--help"]);
        help.Exit.Should().Be(0);
        help.Stdout.Should().StartWith(Cli.Run([.. command.Split(' '), "-h"]).Stdout);
        help.Stdout.Should().Contain("\nUsage:\n  podsim " + command + " ");

        var flags = FlagLine().Matches(help.Stdout);
        flags.Should().NotBeEmpty();
        foreach (Match flag in flags)
        {
            var name = flag.Groups["long"].Value;
            if (name == "help")
            {
                continue;
            }

            var value = flag.Groups["value"].Value switch
            {
                "" => null,
                "DURATION" => "1s",
                "FORMAT" => "json",
                "TIME" => "2025-01-01T00:00:00Z",
                var other => other.ToLowerInvariant(),
            };
            var forms = new List<string[]> { value is null ? ["--" + name] : ["--" + name, value] };
            if (flag.Groups["short"].Success)
            {
                forms.Add(value is null ? ["-" + flag.Groups["short"].Value] : ["-" + flag.Groups["short"].Value, value]);
            }

            foreach (var form in forms)
            {
                var args = command.Split(' ').Concat(form).Concat(command is "describe pod" or "inspect pod" ? ["web", "no/such.yaml"] : ["no/such.yaml"]).ToArray();
                var result = Cli.Run(args);
                result.Stderr.Should().NotContain("unknown", string.Join(' ', args));
                result.Stderr.Should().NotContain("invalid argument", string.Join(' ', args));
            }
        }
    }

    [Theory]
    [InlineData("help run", "run --help")]
    [InlineData("help get pods", "get pods --help")]
    [InlineData("get pods samples/scenarios/crash-loop.yaml --at nonsense --help", "get pods --help")]
    [InlineData("describe --help", "describe -h")]
    [InlineData("help inspect pod", "inspect pod -h")]
    [InlineData("inspect po web samples/scenarios/app-config.yaml -c nope --help", "inspect pods --help")]
    public void Help_forms_agree(string a, string b)
    {
        var first = Cli.Run(a.Split(' '));
        first.Exit.Should().Be(0);
        first.Stdout.Should().NotBeEmpty().And.Be(Cli.Run(b.Split(' ')).Stdout);
    }

    [Fact]
    public void Help_after_double_dash_is_a_file_name()
    {
        var result = Cli.Run("validate", "--", "--help");

        result.Exit.Should().Be(1);
        result.Stderr.Should().Be("error: the path \"--help\" does not exist\n");
    }

    [Fact]
    public void Version_is_the_package_version()
    {
        var result = Cli.Run("--version");

        result.Exit.Should().Be(0);
        result.Stdout.Should().MatchRegex(@"^podsim \d+\.\d+\.\d+\n$");
    }

    [GeneratedRegex(@"^  (?:-(?<short>[a-z]), |    )--(?<long>[a-z-]+)(?: (?<value>[A-Z]+))?   ", RegexOptions.Multiline)]
    private static partial Regex FlagLine();
}
