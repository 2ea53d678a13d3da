using System.Text;

namespace PodSim.Cli.Tests;

/// <summary>
/// The outputs pasted in README.md, docs/cli.md and samples/README.md are real: every <c>$ podsim ...</c> or
/// <c>$ dotnet run --project src/PodSim.Cli -- ...</c> line of a <c>console</c> block is run in-process and must
/// print exactly the lines that follow it (standard output, then standard error).
/// </summary>
public class DocExamplesTests
{
    private static readonly string[] Prefixes = ["dotnet run --project src/PodSim.Cli -- ", "podsim "];

    public static TheoryData<string, int, string, string> Examples()
    {
        var data = new TheoryData<string, int, string, string>();
        foreach (var doc in new[] { "README.md", "docs/cli.md", "samples/README.md" })
        {
            foreach (var (line, command, expected) in ConsoleExamples(doc))
            {
                data.Add(doc, line, command, expected);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Pasted_output_is_what_the_tool_prints(string doc, int line, string command, string expected)
    {
        var result = Cli.Run(Cli.Split(command));

        (result.Stdout + result.Stderr).Should().Be(expected, $"{doc}:{line}: $ {command}");
    }

    [Fact]
    public void Every_doc_has_examples()
    {
        ConsoleExamples("README.md").Should().NotBeEmpty();
        ConsoleExamples("docs/cli.md").Should().HaveCountGreaterThan(8);
        ConsoleExamples("samples/README.md").Should().HaveCountGreaterThan(10);
    }

    /// <summary>The commands of the console blocks of a markdown file, with the output printed under each.</summary>
    internal static List<(int Line, string Command, string Expected)> ConsoleExamples(string doc)
    {
        var examples = new List<(int, string, string)>();
        var lines = File.ReadAllLines(Path.Combine(Cli.RepositoryRoot, doc));
        var inConsole = false;
        string? command = null;
        var start = 0;
        var output = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (!inConsole)
            {
                inConsole = line.Trim() == "```console";
                continue;
            }

            var ends = line.Trim() == "```";
            if (ends || line.StartsWith("$ ", StringComparison.Ordinal))
            {
                if (command is not null)
                {
                    examples.Add((start, command, output.ToString()));
                }

                command = null;
                output.Clear();
                if (ends)
                {
                    inConsole = false;
                    continue;
                }

                var text = line[2..];
                foreach (var prefix in Prefixes)
                {
                    if (text.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        command = text[prefix.Length..];
                        start = i + 1;
                    }
                }

                continue;
            }

            output.Append(line).Append('\n');
        }

        return examples;
    }
}
