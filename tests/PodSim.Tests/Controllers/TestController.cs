using PodSim.Controllers.Runtime;

namespace PodSim.Tests.Controllers;

/// <summary>A controller made of two delegates, for tests of the runtime.</summary>
internal sealed class TestController(string name, Action<ControllerContext> register, Func<string, ControllerContext, ReconcileResult>? reconcile = null) : IController
{
    public string Name => name;

    public void Register(ControllerContext context) => register(context);

    public ReconcileResult Reconcile(string key, ControllerContext context) => reconcile is null ? ReconcileResult.Done : reconcile(key, context);
}
