namespace PodSim.Cli;

/// <summary>What a command runs against: its output streams, standard input, the wall clock and the terminal.</summary>
/// <param name="Stdout">Where results go.</param>
/// <param name="Stderr">Where errors and warnings go.</param>
/// <param name="Stdin">What <c>-</c> reads.</param>
/// <param name="WallClock">The one wall-clock read of the tool (<c>--no-simulate</c> ages without <c>--now</c>).</param>
/// <param name="StderrIsTerminal">Whether standard error is a terminal, where a long run shows a progress line.</param>
/// <param name="Cancellation">Signalled by Ctrl-C: a run stops cleanly and prints what it has.</param>
internal sealed record CliContext(
    TextWriter Stdout,
    TextWriter Stderr,
    TextReader Stdin,
    Func<DateTimeOffset> WallClock,
    bool StderrIsTerminal = false,
    CancellationToken Cancellation = default);
