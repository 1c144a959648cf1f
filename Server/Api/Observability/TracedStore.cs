using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using GraphServer.Api.Health;
using GraphServer.Store;

namespace GraphServer.Api.Observability;

/// <summary>
/// Wraps the store so that every contract call is a span (<c>store FindNodesAsync</c>, with the store's name), counts
/// towards the request's store calls, and is counted by outcome. While <see cref="StoreAvailability"/> says the store
/// is down, reads fail at once with <see cref="StoreUnavailableException"/>; a call that fails because the store
/// cannot be reached marks it down. A proxy rather than a hand-written decorator so that
/// methods added to the contract are traced without touching this file. Arguments are never recorded: they hold the
/// values investigators searched for. The statements themselves are spans of the Bolt client (Neo4j).
/// </summary>
#pragma warning disable CA1852 // DispatchProxy needs a type it can derive from.
internal class TracedStore : DispatchProxy
#pragma warning restore CA1852
{
    private static readonly ConcurrentDictionary<MethodInfo, Traced> Methods = new();
    private static readonly MethodInfo TrackBoxedOpen = typeof(TracedStore).GetMethod(nameof(TrackBoxed), BindingFlags.NonPublic | BindingFlags.Static)!;

    private IGraphStore _inner = null!;
    private StoreAvailability _availability = null!;

    public static IGraphStore Wrap(IGraphStore inner, StoreAvailability availability)
    {
        var proxy = Create<IGraphStore, TracedStore>();
        var traced = (TracedStore)(object)proxy;
        traced._inner = inner;
        traced._availability = availability;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        // Pings come every second from the availability monitor and the readiness probe: not worth a span each.
        if (targetMethod.Name is nameof(IGraphStore.DisposeAsync) or nameof(IGraphStore.PingAsync) or "get_" + nameof(IGraphStore.Name))
        {
            return Call(targetMethod, args);
        }

        if (_availability.IsDown && targetMethod.Name is not (nameof(IGraphStore.ApplyAsync) or nameof(IGraphStore.InitializeAsync)))
        {
            ApiTelemetry.RecordStoreCall(_inner.Name, targetMethod.Name, failed: true);
            throw new StoreUnavailableException($"The {_inner.Name} store does not answer; try again in a few seconds.");
        }

        StoreCallCount.Increment();
        var traced = Methods.GetOrAdd(targetMethod, Traced.Of);
        var caller = Activity.Current;
        var activity = ApiTelemetry.Source.StartActivity(traced.SpanName, ActivityKind.Internal);
        activity?.SetTag("db.system.name", _inner.Name);
        activity?.SetTag("graphserver.store.method", targetMethod.Name);
        object? result;
        try
        {
            result = Call(targetMethod, args);
        }
        catch (Exception e)
        {
            Finish(activity, this, targetMethod.Name, e);
            throw;
        }
        finally
        {
            // The call has captured its span in its own async flow; the caller, synchronous up to here, gets its own back.
            Activity.Current = caller;
        }

        if (result is not Task task)
        {
            Finish(activity, this, targetMethod.Name, null);
            return result;
        }

        return traced.Track is null
            ? TrackAsync(task, activity, this, targetMethod.Name)
            : traced.Track(task, activity, this, targetMethod.Name);
    }

    private object? Call(MethodInfo method, object?[]? args)
    {
        try
        {
            return method.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is { } inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner);
            throw;
        }
    }

    private static async Task TrackAsync(Task task, Activity? activity, TracedStore store, string method)
    {
        try
        {
            await task.ConfigureAwait(false);
            Finish(activity, store, method, null);
        }
        catch (Exception e)
        {
            Finish(activity, store, method, e);
            throw;
        }
    }

    private static async Task<T> TrackTypedAsync<T>(Task<T> task, Activity? activity, TracedStore store, string method)
    {
        try
        {
            var result = await task.ConfigureAwait(false);
            Finish(activity, store, method, null);
            return result;
        }
        catch (Exception e)
        {
            Finish(activity, store, method, e);
            throw;
        }
    }

    /// <summary>A typed task tracked as the contract's own <c>Task&lt;T&gt;</c>, through a delegate made once per result type.</summary>
    private static object TrackBoxed<T>(Task task, Activity? activity, TracedStore store, string method) =>
        TrackTypedAsync((Task<T>)task, activity, store, method);

    private static void Finish(Activity? activity, TracedStore store, string method, Exception? error)
    {
        ApiTelemetry.RecordStoreCall(store._inner.Name, method, error is not null);
        if (error is not null && StoreUnavailableException.IsUnavailable(error))
        {
            store._availability.MarkDown();
        }

        if (activity is null)
        {
            return;
        }

        if (error is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
        }

        activity.Dispose();
    }

    /// <summary>
    /// What a contract method needs per call, worked out on its first: its span's name and, for a <c>Task&lt;T&gt;</c>,
    /// the tracker for its result type (was a string, a generic-argument array and a reflection call per call).
    /// </summary>
    private sealed record Traced(string SpanName, Func<Task, Activity?, TracedStore, string, object>? Track)
    {
        public static Traced Of(MethodInfo method)
        {
            var returnType = method.ReturnType;
            var track = returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>)
                ? TrackBoxedOpen.MakeGenericMethod(returnType.GetGenericArguments()[0])
                    .CreateDelegate<Func<Task, Activity?, TracedStore, string, object>>()
                : null;
            return new Traced("store " + method.Name, track);
        }
    }
}
