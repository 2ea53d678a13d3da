using System.Globalization;
using System.Text.RegularExpressions;
using CsCheck;
using Xunit.Sdk;

namespace PodSim.Tests.Properties;

/// <summary>
/// Runs a property over a deterministic series of generated cases: case i is generated from the CsCheck seed
/// <c>PCG(stream, base + i)</c>, so CI checks the same cases on every run. Only when a case fails does CsCheck's
/// random shrinking start from it (which affects the example printed, never whether the test passes).
/// </summary>
/// <remarks>
/// Counts: <c>PODSIM_PROPERTY_SCENARIOS</c> (default 300), <c>PODSIM_FUZZ_MUTATIONS</c> (default 2,000);
/// <c>PODSIM_PROPERTY_SEED</c> moves the series (default 0); <c>PODSIM_PROPERTY_SHRINK_SECONDS</c> is how long
/// CsCheck's shrinking may search after a failure (default 10).
/// </remarks>
internal static partial class PropertyCheck
{
    public static int ScenarioCount => Setting("PODSIM_PROPERTY_SCENARIOS", 300);

    public static int MutationCount => Setting("PODSIM_FUZZ_MUTATIONS", 2_000);

    public static int BaseSeed => Setting("PODSIM_PROPERTY_SEED", 0);

    private static int ShrinkSeconds => Setting("PODSIM_PROPERTY_SHRINK_SECONDS", 10);

    /// <summary>Checks <paramref name="assert"/> on <paramref name="count"/> cases; on failure throws with the shrunk case.</summary>
    /// <param name="name">The property, for the failure message.</param>
    /// <param name="stream">The PCG stream of this property, so properties draw different cases.</param>
    /// <param name="gen">The generator.</param>
    /// <param name="count">How many cases.</param>
    /// <param name="assert">Throws when the property does not hold.</param>
    /// <param name="print">Renders a case for the failure message.</param>
    /// <param name="simplify">Simplifies a failing case further, given a test of whether a case fails.</param>
    /// <returns>How many cases ran.</returns>
    public static int ForAll<T>(string name, uint stream, Gen<T> gen, int count, Action<T> assert, Func<T, string> print, Func<T, Func<T, bool>, T>? simplify = null)
    {
        var gate = new object();
        var lowest = int.MaxValue;
        Exception? firstError = null;
        var ran = 0;
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            if (i > Volatile.Read(ref lowest))
            {
                return;
            }

            var value = gen.Generate(new PCG(stream, Seed(i)), null, out _);
            try
            {
                assert(value);
                Interlocked.Increment(ref ran);
            }
            catch (Exception e)
            {
                lock (gate)
                {
                    if (i < lowest)
                    {
                        lowest = i;
                        firstError = e;
                    }
                }
            }
        });

        if (firstError is null)
        {
            return ran;
        }

        var seed = new PCG(stream, Seed(lowest)).ToString();
        var header = name + " failed on case " + lowest.ToString(CultureInfo.InvariantCulture) + " of " + count.ToString(CultureInfo.InvariantCulture) +
            " (CsCheck seed \"" + seed + "\"; PODSIM_PROPERTY_SEED=" + BaseSeed.ToString(CultureInfo.InvariantCulture) + ").";
        var original = gen.Generate(new PCG(stream, Seed(lowest)), null, out _);
        if (Failure(assert, original) is null)
        {
            throw new XunitException(header + " It did not fail again (nondeterminism?):\n" + print(original) + "\n\n" + firstError);
        }

        // CsCheck shrinks by drawing smaller cases; the simplifier then removes what the failure does not need.
        var shrunk = original;
        var shrinkReport = "CsCheck found no smaller case.";
        try
        {
            gen.Sample(assert, seed: seed, time: ShrinkSeconds, threads: Environment.ProcessorCount, print: _ => string.Empty);
        }
        catch (CsCheckException e) when (ShrunkSeed().Match(e.Message) is { Success: true } m)
        {
            var candidate = gen.Generate(PCG.Parse(m.Groups[1].Value), null, out _);
            if (Failure(assert, candidate) is not null)
            {
                shrunk = candidate;
                shrinkReport = e.Message.Split('\n')[0].Trim();
            }
        }

        if (simplify is not null)
        {
            shrunk = simplify(shrunk, t => Failure(assert, t) is not null);
        }

        throw new XunitException(header + "\nShrinking: " + shrinkReport + "\nMinimal failing case:\n" + print(shrunk) + "\nIts failure:\n" + Failure(assert, shrunk));
    }

    /// <summary>The exception <paramref name="assert"/> throws on <paramref name="value"/>, or null when it holds.</summary>
    private static Exception? Failure<T>(Action<T> assert, T value)
    {
        try
        {
            assert(value);
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    [GeneratedRegex("Set seed: \"([^\"]+)\"")]
    private static partial Regex ShrunkSeed();

    private static ulong Seed(int i) => unchecked((ulong)(BaseSeed + (long)i));

    private static int Setting(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : fallback;
}
