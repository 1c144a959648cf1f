using System.Reflection;
using GraphServer.Store;

namespace GraphServer.Api.Tests.Support;

/// <summary>
/// An <see cref="IGraphStore"/> that hands every call to <see cref="Handler"/>: counts, fails or stalls calls around a
/// real store. A proxy rather than a hand-written decorator, so it follows the store contract as that grows.
/// </summary>
public class StoreProxy : DispatchProxy
{
    public Func<MethodInfo, object?[]?, object?> Handler { get; set; } = (_, _) => throw new InvalidOperationException("no handler");

    /// <summary>Wraps <paramref name="inner"/>; <paramref name="intercept"/> returns null to let a call through.</summary>
    public static IGraphStore Wrap(IGraphStore inner, Func<MethodInfo, object?[]?, object?>? intercept = null)
    {
        var proxy = Create<IGraphStore, StoreProxy>();
        ((StoreProxy)(object)proxy).Handler = (method, args) => intercept?.Invoke(method, args) ?? method.Invoke(inner, args);
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        try
        {
            return Handler(targetMethod, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}
