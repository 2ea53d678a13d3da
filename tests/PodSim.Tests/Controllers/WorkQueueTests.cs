using PodSim.Controllers.Runtime;
using PodSim.Engine;
using PodSim.Tests.Support;

namespace PodSim.Tests.Controllers;

/// <summary>
/// The work queue's client-go semantics on the virtual clock: de-duplication while queued, the dirty and processing
/// sets, delayed adds, and the per-item exponential back-off of rate-limited adds.
/// </summary>
public class WorkQueueTests
{
    private static readonly char[] Space = [' '];

    private static string[] Words(string s) => s.Split(Space, StringSplitOptions.RemoveEmptyEntries);

    [Theory]
    [InlineData("a a b", "", "a b")]
    [InlineData("a b a", "", "a b")]
    [InlineData("a b", "a", "a b a")]
    [InlineData("a b", "a a", "a b a")]
    [InlineData("a b", "b", "a b")]
    [InlineData("a", "b a", "a b a")]
    [InlineData("a", "b b a b", "a b a")]
    public void Keys_are_deduplicated_while_queued_and_requeued_when_added_during_processing(string adds, string addsWhileProcessingFirst, string processed)
    {
        var sim = new Simulation();
        var log = new List<string>();
        var depth = 0;
        WorkQueue<string>? queue = null;
        queue = new WorkQueue<string>(sim, key =>
        {
            depth++;
            depth.Should().Be(1, "keys are processed one at a time");
            queue!.IsProcessing(key).Should().BeTrue();
            if (log.Count == 0)
            {
                foreach (var k in Words(addsWhileProcessingFirst))
                {
                    queue.Add(k);
                }
            }

            log.Add(key);
            depth--;
        });

        foreach (var k in Words(adds))
        {
            queue.Add(k);
        }

        sim.RunUntil(TimeSpan.FromSeconds(1));

        log.Should().Equal(Words(processed));
        queue.Count.Should().Be(0);
        queue.IsProcessing("a").Should().BeFalse();
    }

    [Fact]
    public void A_key_is_processed_at_the_instant_it_was_added_after_watch_deliveries_and_before_kubelet_syncs()
    {
        var sim = new Simulation();
        var log = new List<string>();
        var queue = new WorkQueue<string>(sim, key => log.Add(Sim.Offset(sim.Elapsed) + " process " + key));
        sim.Enqueue(TimeSpan.FromSeconds(3), WorkTier.KubeletSync, () => log.Add("3s kubelet sync"));
        sim.Enqueue(TimeSpan.FromSeconds(3), WorkTier.Action, () =>
        {
            log.Add("3s action adds a");
            queue.Add("a");
            sim.Enqueue(sim.Elapsed, WorkTier.WatchDelivery, () => log.Add("3s watch delivery"));
        });

        sim.RunUntil(TimeSpan.FromSeconds(10));

        log.Should().Equal("3s action adds a", "3s watch delivery", "3s process a", "3s kubelet sync");
    }

    [Theory]
    [InlineData(1, "0.001s")]
    [InlineData(1500, "1.5s")]
    [InlineData(90_000, "90s")]
    public void AddAfter_processes_the_key_once_the_virtual_delay_has_passed(int delayMs, string at)
    {
        var sim = new Simulation();
        var times = new List<string>();
        var queue = new WorkQueue<string>(sim, _ => times.Add(Sim.Offset(sim.Elapsed)));

        queue.AddAfter("a", TimeSpan.FromMilliseconds(delayMs));
        queue.DelayedCount.Should().Be(1);
        queue.Count.Should().Be(0);
        sim.RunUntil(TimeSpan.FromMinutes(5));

        times.Should().Equal(at);
        queue.DelayedCount.Should().Be(0);
    }

    [Theory]
    [InlineData(10, 5, "5s")]
    [InlineData(5, 10, "5s")]
    [InlineData(7, 7, "7s")]
    public void A_key_waiting_for_a_delay_keeps_the_earlier_instant(int first, int second, string at)
    {
        var sim = new Simulation();
        var times = new List<string>();
        var queue = new WorkQueue<string>(sim, _ => times.Add(Sim.Offset(sim.Elapsed)));

        queue.AddAfter("a", TimeSpan.FromSeconds(first));
        queue.AddAfter("a", TimeSpan.FromSeconds(second));
        sim.RunUntil(TimeSpan.FromMinutes(1));

        times.Should().Equal(at);
    }

    [Fact]
    public void AddAfter_with_no_delay_adds_now_and_a_delayed_add_of_a_queued_key_comes_back_later()
    {
        var sim = new Simulation();
        var times = new List<string>();
        var queue = new WorkQueue<string>(sim, key => times.Add(key + "@" + Sim.Offset(sim.Elapsed)));

        queue.AddAfter("a", TimeSpan.Zero);
        queue.AddAfter("b", TimeSpan.FromSeconds(-1));
        queue.AddAfter("a", TimeSpan.FromSeconds(2));
        queue.Count.Should().Be(2);
        sim.RunUntil(TimeSpan.FromMinutes(1));

        times.Should().Equal("a@0s", "b@0s", "a@2s");
    }

    [Fact]
    public void Rate_limited_adds_back_off_from_5ms_doubling_to_1000s()
    {
        var sim = new Simulation();
        var delays = new List<TimeSpan>();
        var addedAt = TimeSpan.Zero;
        WorkQueue<string>? queue = null;
        queue = new WorkQueue<string>(sim, key =>
        {
            delays.Add(sim.Elapsed - addedAt);
            if (delays.Count < 21)
            {
                addedAt = sim.Elapsed;
                queue!.AddRateLimited(key);
            }
        });

        queue.AddRateLimited("a");
        sim.RunUntil(TimeSpan.FromHours(2));

        var expected = new List<TimeSpan>();
        for (var n = 0; n < 21; n++)
        {
            var ms = 5 * Math.Pow(2, n);
            expected.Add(ms >= 1_000_000 ? TimeSpan.FromSeconds(1000) : TimeSpan.FromMilliseconds(ms));
        }

        delays.Should().Equal(expected);
        delays.Take(4).Should().Equal(TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(40));
        delays[17].Should().Be(TimeSpan.FromMilliseconds(655_360));
        delays[18].Should().Be(TimeSpan.FromSeconds(1000));
        queue.NumRequeues("a").Should().Be(21);
    }

    [Theory]
    [InlineData(1, 10)]
    [InlineData(3, 40)]
    [InlineData(5, 160)]
    public void Forget_resets_one_keys_back_off_and_leaves_the_others(int failures, int nextDelayOfOtherMs)
    {
        var sim = new Simulation();
        var processed = new List<(string Key, TimeSpan At)>();
        var queue = new WorkQueue<string>(sim, key => processed.Add((key, sim.Elapsed)));
        for (var i = 0; i < failures; i++)
        {
            queue.AddRateLimited("a");
            queue.AddRateLimited("b");
        }

        sim.RunUntil(TimeSpan.FromHours(1));
        queue.Forget("a");
        queue.NumRequeues("a").Should().Be(0);
        queue.NumRequeues("b").Should().Be(failures);
        processed.Clear();

        var start = sim.Elapsed;
        queue.AddRateLimited("a");
        queue.AddRateLimited("b");
        sim.RunUntil(TimeSpan.FromHours(2));

        processed.Should().Equal(("a", start + TimeSpan.FromMilliseconds(5)), ("b", start + TimeSpan.FromMilliseconds(nextDelayOfOtherMs)));
    }

    [Fact]
    public void A_custom_back_off_doubles_from_its_base_to_its_maximum()
    {
        var sim = new Simulation();
        var times = new List<TimeSpan>();
        var queue = new WorkQueue<string>(sim, _ => times.Add(sim.Elapsed), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));

        var delays = new List<TimeSpan>();
        for (var i = 0; i < 8; i++)
        {
            var before = sim.Elapsed;
            queue.AddRateLimited("job");
            sim.RunUntil(s => times.Count == i + 1, TimeSpan.FromHours(1)).Should().BeTrue();
            delays.Add(sim.Elapsed - before);
        }

        delays.Select(d => d.TotalSeconds).Should().Equal(1, 2, 4, 8, 16, 32, 60, 60);
    }
}
