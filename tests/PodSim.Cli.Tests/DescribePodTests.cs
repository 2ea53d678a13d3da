namespace PodSim.Cli.Tests;

/// <summary><c>podsim describe pod</c>: kubectl's layout with the pod's events at a virtual time.</summary>
public class DescribePodTests
{
    [Fact]
    public void Crash_loop_pod_at_one_minute()
    {
        var result = Cli.Run("describe", "pod", "web", "samples/scenarios/crash-loop.yaml", "--at", "1m");

        result.Exit.Should().Be(0, result.ToString());
        result.Stderr.Should().BeEmpty();
        // Lines marked ␠ end in a space, as kubectl prints them.
        result.Stdout.Should().Be(
            """
            Name:             web
            Namespace:        default
            Priority:         0
            Service Account:  default
            Node:             node-1/10.0.0.1
            Start Time:       Wed, 01 Jan 2025 00:00:00 +0000
            Labels:           <none>
            Annotations:      <none>
            Status:           Running
            IP:               10.244.0.2
            IPs:
              IP:  10.244.0.2
            Containers:
              app:
                Container ID:  containerd://0fcc27a58427521dfab5b6a115b4470e0d7fac28aea88c13db0d1215af97a225
                Image:         busybox:1.36
                Image ID:      docker.io/library/busybox@sha256:acd2b9d0f0456edb0d1885b7ad0282e382a10d5fda0e0d2392816c1b78c21ba8
                Port:          <none>
                Host Port:     <none>
                Command:
                  sh
                  -c
                  echo starting; sleep 5; exit 1
                State:          Waiting
                  Reason:       CrashLoopBackOff
                Last State:     Terminated
                  Reason:       Error
                  Exit Code:    1
                  Started:      Wed, 01 Jan 2025 00:00:45 +0000
                  Finished:     Wed, 01 Jan 2025 00:00:50 +0000
                Ready:          False
                Restart Count:  3
                Environment:    <none>
                Mounts:
                  /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-mpctz (ro)
            Conditions:
              Type                        Status
              PodReadyToStartContainers   True␠
              Initialized                 True␠
              Ready                       False␠
              ContainersReady             False␠
              PodScheduled                True␠
            Volumes:
              kube-api-access-mpctz:
                Type:                    Projected (a volume that contains injected data from multiple sources)
                TokenExpirationSeconds:  3607
                ConfigMapName:           kube-root-ca.crt
                Optional:                false
                DownwardAPI:             true
            QoS Class:                   BestEffort
            Node-Selectors:              <none>
            Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                                         node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
            Events:
              Type     Reason     Age                From               Message
              ----     ------     ----               ----               -------
              Normal   Scheduled  60s                default-scheduler  Successfully assigned default/web to node-1
              Normal   Pulled     15s (x4 over 60s)  kubelet            spec.containers{app}: Container image "busybox:1.36" already present on machine and can be accessed by the pod
              Normal   Created    15s (x4 over 60s)  kubelet            spec.containers{app}: Container created
              Normal   Started    15s (x4 over 60s)  kubelet            spec.containers{app}: Container started
              Warning  BackOff    10s (x3 over 50s)  kubelet            spec.containers{app}: Back-off restarting failed container app in pod web_default(1b4a9eea-19b7-44bd-8357-fcd9b16c1716)

            """.Replace("␠", " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Init_and_sidecar_pod_shows_both_init_containers_and_the_probe_line()
    {
        var result = Cli.Run("describe", "pod", "shop", "samples/scenarios/init-and-sidecar.yaml", "--at", "20s");

        var lines = result.Stdout.Split('\n');
        lines.Should().Contain("Status:           Pending");
        lines.Should().Contain("Init Containers:");
        lines.Should().Contain("    Startup:        tcp-socket :2020 delay=0s timeout=1s period=2s #success=1 #failure=3");
        lines.Should().Contain("      Reason:       PodInitializing");
        lines.Should().Contain("  Warning  Unhealthy  8s (x2 over 10s)  kubelet            spec.initContainers{log-shipper}: Startup probe failed: dial tcp 10.244.0.2:2020: connect: connection refused");
        lines.Should().Contain("  Normal   Pulling    6s                kubelet            spec.containers{app}: Pulling image \"registry.example/shop:2.3\"");
    }

    [Fact]
    public void Missing_pod_is_kubectls_NotFound_and_exit_1()
    {
        var result = Cli.Run("describe", "pod", "nope", "samples/scenarios/crash-loop.yaml");

        result.Exit.Should().Be(1);
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Be("Error from server (NotFound): pods \"nope\" not found\n");
    }

    [Fact]
    public void A_pod_that_is_gone_at_the_time_asked_is_not_found()
    {
        Cli.Run("describe", "pod", "web", "samples/scenarios/graceful-termination.yaml", "--at", "1m14s").Exit.Should().Be(0);

        var gone = Cli.Run("describe", "pod", "web", "samples/scenarios/graceful-termination.yaml", "--at", "1m15s");
        gone.Exit.Should().Be(1);
        gone.Stderr.Should().Be("Error from server (NotFound): pods \"web\" not found\n");
    }

    [Fact]
    public void Namespace_flag_selects_the_pod()
    {
        const string yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: team}\nspec: {containers: [{name: app, image: nginx}]}\n";

        Cli.RunWithInput(yaml, "describe", "pod", "web", "-").Stderr.Should().Be("Error from server (NotFound): pods \"web\" not found\n");
        var found = Cli.RunWithInput(yaml, "describe", "pod", "web", "-", "-n", "team");
        found.Exit.Should().Be(0);
        found.Stdout.Should().StartWith("Name:             web\nNamespace:        team\n");
    }

    [Fact]
    public void Service_account_token_volume_is_described_with_its_mounts_and_projected_sources()
    {
        const string yaml =
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: web}
            spec:
              initContainers:
              - {name: setup, image: busybox}
              containers:
              - name: app
                image: nginx
                volumeMounts: [{name: data, mountPath: /data}]
              volumes: [{name: data, emptyDir: {}}]
            """;

        var result = Cli.RunWithInput(yaml, "describe", "pod", "web", "-", "--at", "10s");

        result.Exit.Should().Be(0, result.ToString());
        var stdout = result.Stdout;
        var token = "      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-mpctz (ro)\n";
        stdout.Should().Contain("    Mounts:\n" + token + "Containers:\n");
        stdout.Should().Contain("    Mounts:\n      /data from data (rw)\n" + token + "Conditions:\n");
        stdout[stdout.IndexOf("Volumes:", StringComparison.Ordinal)..stdout.IndexOf("Node-Selectors:", StringComparison.Ordinal)].Should().Be(
            """
            Volumes:
              data:
                Type:       EmptyDir (a temporary directory that shares a pod's lifetime)
                Medium:     
                SizeLimit:  <unset>
              kube-api-access-mpctz:
                Type:                    Projected (a volume that contains injected data from multiple sources)
                TokenExpirationSeconds:  3607
                ConfigMapName:           kube-root-ca.crt
                Optional:                false
                DownwardAPI:             true
            QoS Class:                   BestEffort

            """);
    }

    [Fact]
    public void Pod_that_opts_out_of_the_token_has_no_mounts_and_no_volumes()
    {
        const string yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec: {automountServiceAccountToken: false, containers: [{name: app, image: nginx}]}\n";

        var lines = Cli.RunWithInput(yaml, "describe", "pod", "web", "-").Stdout.Split('\n');

        lines.Should().Contain("    Mounts:         <none>").And.Contain("Volumes:                      <none>");
    }
}
