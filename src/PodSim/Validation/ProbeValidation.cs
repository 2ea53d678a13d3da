using System.Globalization;
using PodSim.Model;

namespace PodSim.Validation;

/// <summary>Probe, handler and lifecycle checks (<c>validateProbe</c>, <c>validateHandler</c>, <c>validateLifecycle</c>).</summary>
internal static class ProbeValidation
{
    public static List<FieldError> ValidateLivenessProbe(Probe? probe, long? gracePeriod, FieldPath path) => ValidateSuccessOne(probe, gracePeriod, path);

    public static List<FieldError> ValidateStartupProbe(Probe? probe, long? gracePeriod, FieldPath path) => ValidateSuccessOne(probe, gracePeriod, path);

    public static List<FieldError> ValidateReadinessProbe(Probe? probe, long? gracePeriod, FieldPath path)
    {
        var errs = new List<FieldError>();
        if (probe is null)
        {
            return errs;
        }

        errs.AddRange(ValidateProbe(probe, gracePeriod, path));
        if (probe.TerminationGracePeriodSeconds is { } tgps)
        {
            errs.Add(FieldError.Invalid(path.Child("terminationGracePeriodSeconds"), tgps, "must not be set for readinessProbes"));
        }

        return errs;
    }

    public static List<FieldError> ValidateLifecycle(Lifecycle lifecycle, long? gracePeriod, FieldPath path)
    {
        var errs = new List<FieldError>();
        if (lifecycle.PostStart is { } postStart)
        {
            errs.AddRange(ValidateHandler(postStart.Exec, postStart.HttpGet, postStart.TcpSocket, null, postStart.Sleep, gracePeriod, path.Child("postStart")));
        }

        if (lifecycle.PreStop is { } preStop)
        {
            errs.AddRange(ValidateHandler(preStop.Exec, preStop.HttpGet, preStop.TcpSocket, null, preStop.Sleep, gracePeriod, path.Child("preStop")));
        }

        return errs;
    }

    public static List<FieldError> ValidatePortNumOrName(IntOrString? port, FieldPath path)
    {
        var errs = new List<FieldError>();
        var p = port ?? IntOrString.FromInt(0);
        if (p.IsInt)
        {
            foreach (var msg in NameValidation.IsValidPortNum(p.IntValue))
            {
                errs.Add(FieldError.Invalid(path, p.IntValue, msg));
            }
        }
        else
        {
            foreach (var msg in NameValidation.IsValidPortName(p.StringValue!))
            {
                errs.Add(FieldError.Invalid(path, p.StringValue, msg));
            }
        }

        return errs;
    }

    private static List<FieldError> ValidateSuccessOne(Probe? probe, long? gracePeriod, FieldPath path)
    {
        var errs = new List<FieldError>();
        if (probe is null)
        {
            return errs;
        }

        errs.AddRange(ValidateProbe(probe, gracePeriod, path));
        var success = probe.SuccessThreshold ?? 0;
        if (success != 1)
        {
            errs.Add(FieldError.Invalid(path.Child("successThreshold"), success, "must be 1"));
        }

        return errs;
    }

    private static List<FieldError> ValidateProbe(Probe probe, long? gracePeriod, FieldPath path)
    {
        var errs = ValidateHandler(probe.Exec, probe.HttpGet, probe.TcpSocket, probe.Grpc, null, gracePeriod, path);
        NonNegative(errs, probe.InitialDelaySeconds ?? 0, path.Child("initialDelaySeconds"));
        NonNegative(errs, probe.TimeoutSeconds ?? 0, path.Child("timeoutSeconds"));
        NonNegative(errs, probe.PeriodSeconds ?? 0, path.Child("periodSeconds"));
        NonNegative(errs, probe.SuccessThreshold ?? 0, path.Child("successThreshold"));
        NonNegative(errs, probe.FailureThreshold ?? 0, path.Child("failureThreshold"));
        if (probe.TerminationGracePeriodSeconds is { } tgps && tgps <= 0)
        {
            errs.Add(FieldError.Invalid(path.Child("terminationGracePeriodSeconds"), tgps, "must be greater than 0"));
        }

        return errs;
    }

    private static void NonNegative(List<FieldError> errs, long value, FieldPath path)
    {
        if (value < 0)
        {
            errs.Add(FieldError.Invalid(path, value, "must be greater than or equal to 0"));
        }
    }

    private static List<FieldError> ValidateHandler(
        ExecAction? exec, HttpGetAction? httpGet, TcpSocketAction? tcpSocket, GrpcAction? grpc, SleepAction? sleep, long? gracePeriod, FieldPath path)
    {
        var errs = new List<FieldError>();
        var count = 0;
        if (exec is not null)
        {
            count++;
            if (exec.Command.Count == 0)
            {
                errs.Add(FieldError.Required(path.Child("exec", "command")));
            }
        }

        if (httpGet is not null)
        {
            if (count++ > 0)
            {
                errs.Add(FieldError.Forbidden(path.Child("httpGet"), "may not specify more than 1 handler type"));
            }
            else
            {
                errs.AddRange(ValidateHttpGet(httpGet, path.Child("httpGet")));
            }
        }

        if (tcpSocket is not null)
        {
            if (count++ > 0)
            {
                errs.Add(FieldError.Forbidden(path.Child("tcpSocket"), "may not specify more than 1 handler type"));
            }
            else
            {
                errs.AddRange(ValidatePortNumOrName(tcpSocket.Port, path.Child("tcpSocket", "port")));
            }
        }

        if (grpc is not null)
        {
            if (count++ > 0)
            {
                errs.Add(FieldError.Forbidden(path.Child("grpc"), "may not specify more than 1 handler type"));
            }
            else
            {
                errs.AddRange(ValidatePortNumOrName(IntOrString.FromInt(grpc.Port ?? 0), path.Child("grpc", "port")));
            }
        }

        if (sleep is not null)
        {
            if (count++ > 0)
            {
                errs.Add(FieldError.Forbidden(path.Child("sleep"), "may not specify more than 1 handler type"));
            }
            else
            {
                // PodLifecycleSleepActionAllowZero is on by default since 1.33, so zero is allowed.
                var seconds = sleep.Seconds ?? 0;
                if (gracePeriod is { } gp && (seconds < 0 || seconds > gp))
                {
                    errs.Add(FieldError.Invalid(path.Child("sleep"), seconds,
                        string.Create(CultureInfo.InvariantCulture, $"must be non-negative and less than terminationGracePeriodSeconds ({gp})")));
                }
            }
        }

        if (count == 0)
        {
            errs.Add(FieldError.Required(path, "must specify a handler type"));
        }

        return errs;
    }

    private static List<FieldError> ValidateHttpGet(HttpGetAction http, FieldPath path)
    {
        var errs = new List<FieldError>();
        if (string.IsNullOrEmpty(http.Path))
        {
            errs.Add(FieldError.Required(path.Child("path")));
        }

        errs.AddRange(ValidatePortNumOrName(http.Port, path.Child("port")));
        var scheme = http.Scheme ?? string.Empty;
        if (scheme is not (UriSchemes.Http or UriSchemes.Https))
        {
            errs.Add(FieldError.NotSupported(path.Child("scheme"), scheme, UriSchemes.Http, UriSchemes.Https));
        }

        foreach (var header in http.HttpHeaders)
        {
            foreach (var msg in NameValidation.IsHttpHeaderName(header.Name ?? string.Empty))
            {
                errs.Add(FieldError.Invalid(path.Child("httpHeaders"), header.Name ?? string.Empty, msg));
            }
        }

        return errs;
    }
}
