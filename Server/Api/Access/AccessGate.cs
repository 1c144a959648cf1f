using GraphServer.Api.Hosting;
using GraphServer.Api.Ide;
using Microsoft.AspNetCore.Authentication;

namespace GraphServer.Api.Access;

/// <summary>
/// Lets through only authenticated callers to what reads the graph: the GraphQL endpoint, its SDL and the exports.
/// The IDE's own page and files and the health probe stay open (they reveal nothing of the graph).
/// </summary>
internal static class AccessGate
{
    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        if (IsProtected(context.Request) && !CallerClaims.IsAuthenticated(context.User))
        {
            // The default scheme picks bearer or API key from the request, and its challenge says why (401).
            await context.ChallengeAsync().ConfigureAwait(false);
            return;
        }

        await next().ConfigureAwait(false);
    }

    public static bool IsProtected(HttpRequest request)
    {
        var path = request.Path;
        var endpoint = GraphServerHostingExtensions.Endpoint;
        if (path.StartsWithSegments("/export"))
        {
            return true;
        }

        if (path.Equals(endpoint + "/schema.graphql", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var isEndpoint = path.Equals(endpoint, StringComparison.OrdinalIgnoreCase)
            || path.Equals(endpoint + "/", StringComparison.OrdinalIgnoreCase);
        return isEndpoint && !BananaCakePop.IsBrowserNavigation(request);
    }
}
