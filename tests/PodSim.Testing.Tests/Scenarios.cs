namespace PodSim.Testing.Tests;

/// <summary>Small simulations the tests assert on.</summary>
internal static class Scenarios
{
    /// <summary>A container that exits with code 1 five seconds after every start (restarts at +5s, +20s, +45s, ...).</summary>
    public const string CrashLoop = """
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata: {name: crash-loop}
        spec:
          images: [{image: "busybox:1.36", present: true}]
          behaviors: [{pod: web, container: app, exitAfter: 5s, exitCode: 1}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers: [{name: app, image: "busybox:1.36"}]
        """;

    /// <summary>A pod whose readiness probe (every 5s) first succeeds once the app is ready after 12s: Ready at +15s.</summary>
    public const string SlowReady = """
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata: {name: slow-ready}
        spec:
          images: [{image: "nginx:1.25", present: true}]
          behaviors: [{pod: web, container: app, readyAfter: 12s}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
          - name: app
            image: nginx:1.25
            readinessProbe:
              httpGet: {path: /ready, port: 80}
              periodSeconds: 5
        """;

    /// <summary>A one-shot pod whose init container runs 1s and main container 3s (Succeeded at +4s), and a server deleted at +1m.</summary>
    public const string JobAndDeletion = """
        apiVersion: podsim.io/v1alpha1
        kind: Scenario
        metadata: {name: job-and-deletion}
        spec:
          images: [{image: "busybox:1.36", present: true}]
          behaviors:
          - {pod: once, container: setup, exitAfter: 1s, exitCode: 0}
          - {pod: once, container: task, exitAfter: 3s, exitCode: 0}
          - {pod: server, container: app, stopAfter: 2s}
          actions:
          - {at: 1m, delete: {pod: server}}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: once}
        spec:
          restartPolicy: Never
          initContainers: [{name: setup, image: "busybox:1.36"}]
          containers: [{name: task, image: "busybox:1.36"}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: server}
        spec:
          containers: [{name: app, image: "busybox:1.36"}]
        """;
}
