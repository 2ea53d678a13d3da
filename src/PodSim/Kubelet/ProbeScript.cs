using System.Globalization;
using PodSim.Model;
using PodSim.Scenarios;

namespace PodSim.Kubelet;

/// <summary>
/// The scripted health of a container as pure functions of the time since its start: what a probe attempt returns,
/// and when the scripted result next changes (so a passing probe need not be evaluated every period).
/// </summary>
internal static class ProbeScript
{
    /// <summary>
    /// The outcome of a probe attempt <paramref name="sinceStart"/> after the container started: the first window of
    /// the probe type's <c>probes</c> list that contains the instant decides; otherwise the health endpoints fail
    /// before <paramref name="readyAfter"/> and pass from it. A latency at or above the timeout is a timeout failure.
    /// </summary>
    /// <param name="probe">The probe (handler and timing).</param>
    /// <param name="type">The probe type.</param>
    /// <param name="windows">The scenario's windows for this type.</param>
    /// <param name="readyAfter">When the health endpoints start to pass.</param>
    /// <param name="sinceStart">The attempt's time since the container started.</param>
    /// <param name="target">The probed address (pod IP) for the failure texts.</param>
    /// <returns>The outcome.</returns>
    public static ProbeOutcome Evaluate(Probe probe, ProbeType type, IReadOnlyList<ProbeWindowSpec> windows, TimeSpan readyAfter, TimeSpan sinceStart, string target)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(windows);
        var timeout = TimeSpan.FromSeconds(probe.TimeoutSeconds ?? 1);
        var success = sinceStart >= readyAfter;
        var latency = TimeSpan.Zero;
        foreach (var window in windows)
        {
            if (Contains(window, sinceStart))
            {
                success = !string.Equals(window.Result, "Failure", StringComparison.Ordinal);
                latency = window.Latency is { IsNever: false } l ? l.Value : (window.Latency is { IsNever: true } ? TimeSpan.MaxValue : TimeSpan.Zero);
                break;
            }
        }

        if (latency >= timeout)
        {
            return new ProbeOutcome(false, TimeoutOutput(probe, target), timeout);
        }

        return new ProbeOutcome(success, success ? string.Empty : FailureOutput(probe, target), latency);
    }

    /// <summary>
    /// The first instant after <paramref name="sinceStart"/> (measured from the container's start) at which the scripted
    /// outcome may change, or <see langword="null"/> when it never changes again.
    /// </summary>
    /// <param name="windows">The scenario's windows for the probe type.</param>
    /// <param name="readyAfter">When the health endpoints start to pass.</param>
    /// <param name="sinceStart">The current time since the container started.</param>
    /// <returns>The next change, relative to the container's start.</returns>
    public static TimeSpan? NextChange(IReadOnlyList<ProbeWindowSpec> windows, TimeSpan readyAfter, TimeSpan sinceStart)
    {
        ArgumentNullException.ThrowIfNull(windows);
        TimeSpan? next = readyAfter > sinceStart && readyAfter != TimeSpan.MaxValue ? readyAfter : null;
        foreach (var window in windows)
        {
            var from = window.From is { IsNever: false } f ? f.Value : TimeSpan.Zero;
            if (from > sinceStart && (next is null || from < next))
            {
                next = from;
            }

            if (window.To is { IsNever: false } to && to.Value > sinceStart && (next is null || to.Value < next))
            {
                next = to.Value;
            }
        }

        return next;
    }

    /// <summary>The event word of a probe type: <c>Liveness</c>, <c>Readiness</c>, <c>Startup</c>.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The word.</returns>
    public static string Name(ProbeType type) => type switch
    {
        ProbeType.Liveness => "Liveness",
        ProbeType.Readiness => "Readiness",
        _ => "Startup",
    };

    private static bool Contains(ProbeWindowSpec window, TimeSpan t)
    {
        var from = window.From is { IsNever: false } f ? f.Value : TimeSpan.Zero;
        if (t < from)
        {
            return false;
        }

        return window.To is not { IsNever: false } to || t < to.Value;
    }

    /// <summary>What the kubelet's prober reports for a failing endpoint, per handler kind.</summary>
    private static string FailureOutput(Probe probe, string target)
    {
        if (probe.HttpGet is not null)
        {
            return "HTTP probe failed with statuscode: 500";
        }

        if (probe.TcpSocket is { } tcp)
        {
            return "dial tcp " + (tcp.Host ?? target) + ":" + Port(tcp.Port) + ": connect: connection refused";
        }

        if (probe.Grpc is not null)
        {
            return "service unhealthy (responded with \"NOT_SERVING\")";
        }

        // An exec probe's output is what the command printed; a failing command usually prints nothing.
        return string.Empty;
    }

    private static string TimeoutOutput(Probe probe, string target)
    {
        if (probe.HttpGet is { } http)
        {
            var scheme = string.Equals(http.Scheme, "HTTPS", StringComparison.OrdinalIgnoreCase) ? "https" : "http";
            var path = string.IsNullOrEmpty(http.Path) ? "/" : http.Path;
            return "Get \"" + scheme + "://" + (http.Host ?? target) + ":" + Port(http.Port) + path +
                "\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)";
        }

        if (probe.TcpSocket is { } tcp)
        {
            return "dial tcp " + (tcp.Host ?? target) + ":" + Port(tcp.Port) + ": i/o timeout";
        }

        if (probe.Grpc is { } grpc)
        {
            return "timeout: health rpc did not complete within " + (probe.TimeoutSeconds ?? 1).ToString(CultureInfo.InvariantCulture) + "s";
        }

        return "command \"" + string.Join(' ', probe.Exec?.Command ?? []) + "\" timed out";
    }

    private static string Port(IntOrString? port) => port is { IsInt: true } p
        ? p.IntValue.ToString(CultureInfo.InvariantCulture)
        : port?.StringValue ?? "0";

    private static string Port(int? port) => (port ?? 0).ToString(CultureInfo.InvariantCulture);
}
