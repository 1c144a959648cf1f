namespace GraphServer.Bolt.Protocol;

/// <summary>Turns a FAILURE message's metadata into the exception class its Neo4j code names.</summary>
internal static class ServerError
{
    public static Neo4jException FromFailure(IReadOnlyDictionary<string, object?> metadata)
    {
        // Bolt 5.7 renamed "code" to "neo4j_code" when GQL statuses arrived; accept both.
        var code = metadata.GetValueOrDefault("neo4j_code") as string ?? metadata.GetValueOrDefault("code") as string ?? "Neo.DatabaseError.General.UnknownError";
        var message = metadata.GetValueOrDefault("message") as string ?? "The server reported a failure without a message.";
        var gql = metadata.GetValueOrDefault("gql_status") as string;
        return Create(code, message, gql);
    }

    public static Neo4jException Create(string code, string message, string? gqlStatus = null)
    {
        if (code == "Neo.ClientError.Security.Unauthorized")
        {
            return new AuthenticationException(code, message) { GqlStatus = gqlStatus };
        }

        if (code is "Neo.ClientError.Cluster.NotALeader" or "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase")
        {
            // The server lost its writer role; a retry on a fresh routing table will find the new one.
            return new SessionExpiredException(code, message) { GqlStatus = gqlStatus };
        }

        var classification = code.Split('.') is [_, var kind, ..] ? kind : string.Empty;
        return classification switch
        {
            "ClientError" => new ClientException(code, message) { GqlStatus = gqlStatus },
            "TransientError" => new TransientException(code, message) { GqlStatus = gqlStatus },
            _ => new DatabaseException(code, message) { GqlStatus = gqlStatus },
        };
    }
}
