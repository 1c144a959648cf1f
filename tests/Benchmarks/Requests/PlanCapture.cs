using System.Reflection;
using GraphServer.Store;
using GraphServer.Store.Planning;

namespace GraphServer.Benchmarks.Requests;

/// <summary>
/// A store that forwards every call to the real one and keeps the last plan the schema asked for, so the stage
/// benchmarks can run the store's part of a request on its own.
/// </summary>
public class PlanCapture : DispatchProxy
{
    private IGraphStore _target = null!;

    public PlanQuery? LastPlan { get; private set; }

    public static (IGraphStore Store, PlanCapture Capture) Over(IGraphStore target)
    {
        var store = Create<IGraphStore, PlanCapture>();
        var capture = (PlanCapture)(object)store;
        capture._target = target;
        return (store, capture);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.Name == nameof(IGraphStore.RunPlanAsync) && args?[0] is PlanQuery plan)
        {
            LastPlan = plan;
        }

        try
        {
            return targetMethod.Invoke(_target, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}
