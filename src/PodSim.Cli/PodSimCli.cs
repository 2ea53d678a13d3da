using System.Reflection;
using PodSim.Cli.CommandLine;
using PodSim.Cli.Commands;

namespace PodSim.Cli;

/// <summary>
/// The <c>podsim</c> command line, callable in-process: <see cref="Run"/> takes the arguments and the streams and
/// returns the exit code (0 success, 1 invalid input or simulation error, 2 usage error). Errors are written to
/// standard error in one or two lines, never as a stack trace.
/// </summary>
public static class PodSimCli
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors and warnings go.</param>
    /// <param name="stdin">What the <c>-</c> argument reads.</param>
    /// <param name="wallClock">
    /// The current time for <c>get pods --no-simulate</c> without <c>--now</c>, the only wall-clock read of the
    /// tool; <see cref="DateTimeOffset.UtcNow"/> when omitted.
    /// </param>
    /// <param name="stderrIsTerminal">Whether standard error is a terminal: a run that lasts over a second then shows a progress line there.</param>
    /// <param name="cancellationToken">Ends a run early and cleanly (Ctrl-C): what it has printed stays, and the exit code is 130.</param>
    /// <returns>The exit code.</returns>
    public static int Run(
        string[] args,
        TextWriter stdout,
        TextWriter stderr,
        TextReader stdin,
        Func<DateTimeOffset>? wallClock = null,
        bool stderrIsTerminal = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(stdin);
        var context = new CliContext(stdout, stderr, stdin, wallClock ?? (() => DateTimeOffset.UtcNow), stderrIsTerminal, cancellationToken);
        try
        {
            return Dispatch(args, context);
        }
        catch (UsageException e)
        {
            stderr.Write("error: " + e.Message + "\n");
            stderr.Write(e.CommandPath.Length == 0 ? "See 'podsim --help' for usage.\n" : "See 'podsim " + e.CommandPath + " --help' for usage.\n");
            return 2;
        }
        catch (InputException e)
        {
            foreach (var line in e.Lines)
            {
                stderr.Write(line + "\n");
            }

            return e.ExitCode;
        }
#pragma warning disable CA1031 // The tool's contract: any failure is one line and exit 1, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.Write("error: " + FirstLine(e.Message) + "\n");
            return 1;
        }
        finally
        {
            stdout.Flush();
            stderr.Flush();
        }
    }

    /// <summary>Gets the tool's version, such as <c>0.1.0</c>.</summary>
    public static string Version
    {
        get
        {
            var version = typeof(PodSimCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var plus = version.IndexOf('+', StringComparison.Ordinal);
            return plus >= 0 ? version[..plus] : version;
        }
    }

    private static int Dispatch(string[] args, CliContext context)
    {
        if (args.Length == 0)
        {
            throw new UsageException("no command given (one of run, get pods, describe pod, inspect pod, validate)", string.Empty);
        }

        var word = args[0];
        switch (word)
        {
            case "-h" or "--help" or "help":
                if (word == "help" && args.Length > 1)
                {
                    return Dispatch([.. args[1..], "--help"], context);
                }

                context.Stdout.Write(HelpWriter.ForTool(CommandCatalog.All, CommandCatalog.VersionOption));
                return 0;
            case "--version":
                context.Stdout.Write("podsim " + Version + "\n");
                return 0;
            case "run":
                return Execute(CommandCatalog.Run, args[1..], context, RunCommand.Execute);
            case "validate":
                return Execute(CommandCatalog.Validate, args[1..], context, ValidateCommand.Execute);
            case "get":
                return Group("get", "Print resources at a virtual time, like kubectl get.", CommandCatalog.GetPods, args, context, GetPodsCommand.Execute);
            case "describe":
                return Group("describe", "Describe a resource at a virtual time, like kubectl describe.", CommandCatalog.DescribePod, args, context, DescribePodCommand.Execute);
            case "inspect":
                return Group("inspect", "Show what a container gets from its pod's configuration at a virtual time.", CommandCatalog.InspectPod, args, context, InspectPodCommand.Execute);
            default:
                if (word.StartsWith('-'))
                {
                    throw new UsageException("unknown flag: " + word, string.Empty);
                }

                throw new UsageException("unknown command \"" + word + "\" for \"podsim\"", string.Empty);
        }
    }

    /// <summary>A verb that takes a resource type (<c>get pods</c>, <c>describe pod</c>, <c>inspect pod</c>); only pods exist.</summary>
    private static int Group(string verb, string description, CommandSpec command, string[] args, CliContext context, Func<ParsedArguments, CliContext, int> handler)
    {
        if (args.Length < 2 || args[1] is "-h" or "--help")
        {
            if (args.Length >= 2)
            {
                context.Stdout.Write(HelpWriter.ForGroup(verb, description, command));
                return 0;
            }

            throw new UsageException("you must specify the type of resource to " + verb + " (podsim supports: pods)", verb);
        }

        var resource = args[1];
        if (resource.StartsWith('-'))
        {
            throw new UsageException("the resource type must come first: podsim " + command.Path + " " + command.Arguments + " [flags]", verb);
        }

        if (!CommandCatalog.PodWords.Contains(resource, StringComparer.Ordinal))
        {
            throw new UsageException("the resource type \"" + resource + "\" is not supported (podsim supports: pods)", verb);
        }

        return Execute(command, args[2..], context, handler);
    }

    private static int Execute(CommandSpec command, string[] args, CliContext context, Func<ParsedArguments, CliContext, int> handler)
    {
        var parsed = ArgumentParser.Parse(command, args);
        if (parsed.Help)
        {
            context.Stdout.Write(HelpWriter.ForCommand(command));
            return 0;
        }

        return handler(parsed, context);
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }
}
