// The podsim tool: a thin shell over PodSim.Cli.PodSimCli, which tests run in-process.
using PodSim.Cli;

// Standard output is buffered and flushed by the run as it goes (and at the end), not line by line.
using var stdout = new StreamWriter(Console.OpenStandardOutput(), Console.OutputEncoding, 1 << 16) { AutoFlush = false };
using var interrupted = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl-C ends the run cleanly with what it has printed; a second one ends the process at once.
    e.Cancel = !interrupted.IsCancellationRequested;
    interrupted.Cancel();
};

return PodSimCli.Run(args, stdout, Console.Error, Console.In, stderrIsTerminal: !Console.IsErrorRedirected, cancellationToken: interrupted.Token);
