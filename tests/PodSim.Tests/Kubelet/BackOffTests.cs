using PodSim.Kubelet;

namespace PodSim.Tests.Kubelet;

public class BackOffTests
{
    private static TimeSpan S(double s) => TimeSpan.FromSeconds(s);

    /// <summary>
    /// Plays the kubelet's doBackOff for a container that exits <paramref name="runFor"/> after each start:
    /// the first restart is immediate, later ones wait for the back-off measured from the exit.
    /// </summary>
    private static List<double> RestartTimes(BackOff backOff, double runFor, int restarts)
    {
        var times = new List<double>();
        var start = 0.0;
        for (var i = 0; i < restarts; i++)
        {
            var exit = start + runFor;
            double restartAt;
            if (backOff.IsInBackOffSince("app", S(exit), S(exit)))
            {
                restartAt = exit + backOff.Get("app")!.Value.TotalSeconds;
            }
            else
            {
                restartAt = exit;
            }

            backOff.Next("app", S(exit), S(restartAt));
            times.Add(restartAt);
            start = restartAt;
        }

        return times;
    }

    [Fact]
    public void Crash_loop_restarts_follow_the_documented_curve() =>
        RestartTimes(new BackOff(S(10), S(300)), runFor: 5, restarts: 8)
            .Should().Equal(5, 20, 45, 90, 175, 340, 645, 950);

    [Fact]
    public void A_run_longer_than_ten_minutes_resets_the_curve()
    {
        var backOff = new BackOff(S(10), S(300));
        backOff.Next("app", S(5), S(5));
        backOff.Next("app", S(20), S(20));
        backOff.Get("app").Should().Be(S(20));

        // The instance started at 20 runs 700 s: its exit is more than 600 s after the last update.
        backOff.IsInBackOffSince("app", S(720), S(720)).Should().BeFalse();
        backOff.Next("app", S(720), S(720));

        backOff.Get("app").Should().Be(S(10));
    }

    [Fact]
    public void Expiry_is_measured_to_the_exit_not_to_the_retry()
    {
        // Upstream judges expiry at the event time: an instance that ran 500 s and waits out a 300 s back-off is
        // still on the curve at the retry (800 s after the last update), so the delay doubles instead of resetting.
        var backOff = new BackOff(S(10), S(300));
        backOff.Next("app", S(0), S(0));
        backOff.Next("app", S(10), S(10));
        backOff.IsInBackOffSince("app", S(510), S(510)).Should().BeTrue();
        backOff.IsInBackOffSince("app", S(510), S(530)).Should().BeFalse();
        backOff.Next("app", S(510), S(530));

        backOff.Get("app").Should().Be(S(40));
    }

    [Fact]
    public void Configured_curve_is_respected() =>
        RestartTimes(new BackOff(S(1), S(4)), runFor: 1, restarts: 6).Should().Equal(1, 3, 6, 11, 16, 21);

    [Fact]
    public void Image_pull_back_off_is_measured_from_the_failed_pull()
    {
        var backOff = new BackOff(S(10), S(300));

        backOff.Next("uid_nginx", S(0), S(0));
        backOff.IsInBackOffSinceUpdate("uid_nginx", S(9)).Should().BeTrue();
        backOff.IsInBackOffSinceUpdate("uid_nginx", S(10)).Should().BeFalse();
        backOff.Next("uid_nginx", S(10), S(10));
        backOff.IsInBackOffSinceUpdate("uid_nginx", S(29)).Should().BeTrue();
        backOff.IsInBackOffSinceUpdate("uid_nginx", S(30)).Should().BeFalse();
    }

    [Fact]
    public void Reset_forgets_the_key()
    {
        var backOff = new BackOff(S(10), S(300));
        backOff.Next("k", S(0), S(0));

        backOff.Reset("k");

        backOff.Get("k").Should().BeNull();
        backOff.IsInBackOffSinceUpdate("k", S(1)).Should().BeFalse();
    }

    [Fact]
    public void Max_below_initial_is_refused() =>
        FluentActions.Invoking(() => new BackOff(S(10), S(5))).Should().Throw<ArgumentOutOfRangeException>();
}
