using System.Globalization;
using PodSim.Defaulting;
using PodSim.Engine;
using PodSim.Manifests;
using PodSim.Printing;
using PodSim.Tests.Support;
using PodSim.Validation;
using Xunit.Sdk;

namespace PodSim.Tests.Properties;

/// <summary>
/// Mutated manifests (the corpus beside the clone, when it exists, and the samples) go through loading, defaulting,
/// validation, the simulation and printing; the only exception that may escape is the documented
/// <see cref="SimulationInputException"/> of <see cref="Simulation.FromManifests"/>. Mutation i uses
/// <c>new Random(i)</c>: a failure names i and prints the mutated text.
/// </summary>
public class ManifestFuzzTests
{
    /// <summary>How far a mutated scenario runs: a short horizon and a bound on work.</summary>
    private static readonly TimeSpan Horizon = TimeSpan.FromMinutes(10);

    private const int WorkBound = 20_000;

    [Fact]
    public void Mutated_manifests_raise_only_documented_exceptions()
    {
        var inputs = Inputs();
        inputs.Should().Contain(i => i.Name.StartsWith("samples/scenarios/", StringComparison.Ordinal));
        var count = PropertyCheck.MutationCount;
        var lowest = int.MaxValue;
        (string Name, List<string> Applied, string Text, Exception Error)? failure = null;
        var gate = new object();
        var simulated = 0;
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            if (i > Volatile.Read(ref lowest))
            {
                return;
            }

            var (name, text, applied) = Mutation(inputs, PropertyCheck.BaseSeed + i);
            try
            {
                if (Exercise(text))
                {
                    Interlocked.Increment(ref simulated);
                }
            }
            catch (Exception e)
            {
                lock (gate)
                {
                    if (i < lowest)
                    {
                        lowest = i;
                        failure = (name, applied, text, e);
                    }
                }
            }
        });

        if (failure is { } f)
        {
            throw new XunitException(
                "Mutation " + lowest.ToString(CultureInfo.InvariantCulture) + " of " + count.ToString(CultureInfo.InvariantCulture) +
                " (seed " + (PropertyCheck.BaseSeed + lowest).ToString(CultureInfo.InvariantCulture) + ") of " + f.Name + " [" + string.Join(", ", f.Applied) +
                "] raised " + f.Error.GetType().FullName + ". Mutated text (C# escaped):\n" + Escape(f.Text) + "\n\n" + f.Error);
        }

        // Mutations that break everything would prove little: a share (about 13% today) must still load and run.
        simulated.Should().BeGreaterThan(count / 20, "of {0} mutations, enough should still load cleanly and run", count);
    }

    /// <summary>
    /// What the loader accepted is written back (YAML and JSON, the loaded objects and the simulation's snapshot)
    /// without an exception.
    /// </summary>
    [Fact]
    public void Mutated_manifests_that_load_are_written_back_without_an_exception()
    {
        var inputs = Inputs();
        var count = PropertyCheck.MutationCount;
        var failures = new System.Collections.Concurrent.ConcurrentBag<(int Seed, string Text, Exception Error)>();
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (_, text, _) = Mutation(inputs, PropertyCheck.BaseSeed + i);
            try
            {
                var loaded = new ManifestLoader().LoadString(text, "fuzz.yaml");
                foreach (var obj in loaded.Objects)
                {
                    ManifestWriter.ToYaml(obj.Object);
                    ManifestWriter.ToJson(obj.Object);
                }

                if (!loaded.HasErrors)
                {
                    var sim = Simulation.FromManifests(loaded);
                    sim.RunUntil(s => s.ProcessedWorkCount >= WorkBound, sim.Horizon < Horizon ? sim.Horizon : Horizon);
                    ManifestWriter.ToYaml(sim.Snapshot().Objects);
                    ManifestWriter.ToJson(sim.Snapshot().Objects);
                }
            }
            catch (SimulationInputException)
            {
            }
            catch (Exception e)
            {
                failures.Add((PropertyCheck.BaseSeed + i, text, e));
            }
        });

        if (failures.OrderBy(f => f.Seed).FirstOrDefault() is { Text: not null } first)
        {
            throw new XunitException("Mutation with seed " + first.Seed.ToString(CultureInfo.InvariantCulture) + " raised " + first.Error.GetType().FullName +
                " when written back (" + failures.Count.ToString(CultureInfo.InvariantCulture) + " failures). Mutated text (C# escaped):\n" + Escape(first.Text) + "\n\n" + first.Error);
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_mutation()
    {
        var inputs = Inputs();
        var first = Enumerable.Range(0, 50).Select(i => Mutation(inputs, i).Text).ToList();
        var again = Enumerable.Range(0, 50).Select(i => Mutation(inputs, i).Text).ToList();

        again.Should().Equal(first);
        first.Distinct().Count().Should().BeGreaterThan(40);
    }

    /// <summary>Loading, defaulting and validating every object, then the simulation and printing when the input loads cleanly.</summary>
    /// <returns>Whether the simulation ran.</returns>
    private static bool Exercise(string text)
    {
        var loaded = new ManifestLoader().LoadString(text, "fuzz.yaml");
        foreach (var obj in loaded.Objects)
        {
            ObjectValidator.Validate(ApiDefaults.Apply(obj.Object));
        }

        Simulation sim;
        try
        {
            sim = Simulation.FromManifests(loaded);
        }
        catch (SimulationInputException)
        {
            return false;
        }

        sim.RunUntil(s => s.ProcessedWorkCount >= WorkBound, sim.Horizon < Horizon ? sim.Horizon : Horizon);
        PodTablePrinter.Print(sim.Pods, sim.Now, PodTableOptions.WideTable);
        foreach (var pod in sim.Pods)
        {
            PodDescriber.Describe(pod, sim.Events, sim.Now);
        }

        return true;
    }

    private static (string Name, string Text, List<string> Applied) Mutation(List<(string Name, string Text)> inputs, int seed)
    {
        var rng = new Random(seed);
        var (name, text) = inputs[rng.Next(inputs.Count)];
        var applied = new List<string>();
        return (name, ManifestMutator.Mutate(text, rng, applied), applied);
    }

    /// <summary>The samples, then the corpus files its index lists, in a fixed order.</summary>
    private static List<(string Name, string Text)> Inputs()
    {
        var root = SharedPaths.RepositoryRoot;
        var inputs = new List<(string, string)>();
        foreach (var folder in new[] { "samples/scenarios", "samples/manifests" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(root, folder), "*.yaml").Order(StringComparer.Ordinal))
            {
                inputs.Add((folder + "/" + Path.GetFileName(file), File.ReadAllText(file)));
            }
        }

        if (SharedPaths.Corpus is { } corpus)
        {
            foreach (var line in File.ReadAllLines(Path.Combine(corpus, "INDEX.tsv")).Skip(1))
            {
                var path = line.Split('\t')[0];
                if (path.Length > 0)
                {
                    inputs.Add(("corpus/" + path, File.ReadAllText(Path.Combine(corpus, path))));
                }
            }
        }

        return inputs;
    }

    private static string Escape(string text)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (c == '\n' || (c >= ' ' && c < 0x7F))
            {
                sb.Append(c);
            }
            else
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }
}
