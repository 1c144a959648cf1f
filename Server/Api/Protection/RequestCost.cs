namespace GraphServer.Api.Protection;

/// <summary>
/// The cost GraphQL.NET's complexity analyzer computed for this request, carried from validation to the response
/// through the execution's user context; reported in <c>extensions.cost</c> when the client asks.
/// </summary>
internal sealed class RequestCost
{
    public const string UserContextKey = "GraphServer.Cost";

    public double Complexity { get; set; }

    public int Depth { get; set; }
}
