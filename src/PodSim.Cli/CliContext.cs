namespace PodSim.Cli;

/// <summary>What a command runs against: its output streams, standard input and the wall clock.</summary>
/// <param name="Stdout">Where results go.</param>
/// <param name="Stderr">Where errors and warnings go.</param>
/// <param name="Stdin">What <c>-</c> reads.</param>
/// <param name="WallClock">The one wall-clock read of the tool (<c>--no-simulate</c> ages without <c>--now</c>).</param>
internal sealed record CliContext(TextWriter Stdout, TextWriter Stderr, TextReader Stdin, Func<DateTimeOffset> WallClock);
