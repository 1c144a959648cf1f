using System.Text.Json.Nodes;
using GraphServer.Store.Access;

namespace GraphServer.Api.Tests.Access;

/// <summary>
/// Every personal property of the model × every way to learn it × every role, with the expected outcome. Select and
/// export follow the role (analyst and above); where, order, search and aggregate grouping are refused or blind for
/// every role: personal values are looked at, never searched, sorted or counted by (Server/README.md, "Access").
/// </summary>
public sealed class RoleMatrixTests(AccessServer server) : IClassFixture<AccessServer>
{
    public enum Operation
    {
        Select,
        Where,
        Order,
        Search,
        Aggregate,
        Export,
    }

    /// <summary>The matrix, stated once: whether the role learns the personal value through the operation.</summary>
    public static bool Allowed(Operation operation, AccessRole role) => operation switch
    {
        Operation.Select or Operation.Export => role >= AccessRole.Analyst,
        _ => false,
    };

    public static TheoryData<string, Operation, AccessRole, bool> Matrix()
    {
        var data = new TheoryData<string, Operation, AccessRole, bool>();
        foreach (var personal in AccessServer.Cases)
        {
            foreach (var operation in Enum.GetValues<Operation>())
            {
                foreach (var role in AccessRoles.All)
                {
                    data.Add(personal.ToString(), operation, role, Allowed(operation, role));
                }
            }
        }

        return data;
    }

    [Fact]
    public void The_matrix_covers_every_personal_property_of_the_model()
    {
        Assert.Equal(["Fighter.contact", "Fighter.dateOfBirth", "Fighter.name", "Recruiter.contact"],
            AccessServer.Cases.Select(c => c.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(AccessServer.Cases.Count * 6 * 4, Matrix().Count());
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task A_role_learns_a_personal_value_only_where_the_matrix_allows(
        string property, Operation operation, AccessRole role, bool allowed)
    {
        var personal = AccessServer.Cases.Single(c => c.ToString() == property);
        var learned = operation switch
        {
            Operation.Select => await SelectAsync(personal, role),
            Operation.Where => await RefusedArgumentAsync(
                personal, role, $"where: {{ {personal.Property.Name}: {{ eq: \"{personal.Text}\" }} }}"),
            Operation.Order => await RefusedArgumentAsync(personal, role, $"order: [{{ {personal.Property.Name}: ASC }}]"),
            Operation.Search => await SearchAsync(personal, role),
            Operation.Aggregate => await GroupableAsync(personal, role),
            Operation.Export => await ExportAsync(personal, role),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        Assert.Equal(allowed, learned);
    }

    /// <summary>Allowed: the value, no error. Denied: FORBIDDEN at the field's path, and the id beside it still there.</summary>
    private async Task<bool> SelectAsync(PersonalCase personal, AccessRole role)
    {
        var name = personal.Property.Name;
        var (_, body) = await server.AsAsync(AccessRoles.NameOf(role),
            $"{{ {personal.Collection}(where: {{ id: {{ eq: \"{personal.NodeId}\" }} }}) {{ nodes {{ id {name} }} }} }}");
        var node = body["data"]![personal.Collection]!["nodes"]![0]!;
        Assert.Equal(personal.NodeId, (string?)node["id"]);
        if (body["errors"] is JsonArray { Count: > 0 } errors)
        {
            var error = Assert.Single(errors)!;
            Assert.Equal("FORBIDDEN", (string?)error["extensions"]!["code"]);
            Assert.Equal($"[\"{personal.Collection}\",\"nodes\",0,\"{name}\"]", error["path"]!.ToJsonString());
            Assert.Null(node[name]);
            return false;
        }

        Assert.Equal(personal.Text, (string?)node[name]);
        return true;
    }

    /// <summary>A filter or sort on the field is not in the schema for anyone: a validation error and no data.</summary>
    private async Task<bool> RefusedArgumentAsync(PersonalCase personal, AccessRole role, string argument)
    {
        var query = $"{{ {personal.Collection}({argument}) {{ totalCount nodes {{ id }} }} }}";
        var (_, body) = await server.AsAsync(AccessRoles.NameOf(role), query);
        Assert.Null(body["data"]);
        Assert.NotEmpty(body["errors"]!.AsArray());
        return false;
    }

    /// <summary>Search for the value, which only our node has: found means the search matched the personal field.</summary>
    private async Task<bool> SearchAsync(PersonalCase personal, AccessRole role)
    {
        var (_, body) = await server.AsAsync(AccessRoles.NameOf(role), $"{{ search(text: \"{personal.Text}\") {{ node {{ id }} }} }}");
        Assert.Null(body["errors"]);
        return body["data"]!["search"]!.AsArray().Any(hit => (string?)hit!["node"]!["id"] == personal.NodeId);
    }

    /// <summary>Whether any input or enum of the label (a filter, a sort, a group-by) names the property.</summary>
    private async Task<bool> GroupableAsync(PersonalCase personal, AccessRole role)
    {
        var (_, body) = await server.AsAsync(AccessRoles.NameOf(role),
            "{ __schema { types { name kind inputFields { name } enumValues { name } } } }");
        return body["data"]!["__schema"]!["types"]!.AsArray()
            .Where(t => ((string?)t!["name"])!.StartsWith(personal.Label, StringComparison.Ordinal))
            .SelectMany(t => (t!["inputFields"] as JsonArray ?? []).Concat(t["enumValues"] as JsonArray ?? []))
            .Any(f => string.Equals((string?)f!["name"], personal.Property.Name, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<bool> ExportAsync(PersonalCase personal, AccessRole role)
    {
        var (status, body) = await server.ExportAsAsync(AccessRoles.NameOf(role), $"/export/cytoscape?ids={personal.NodeId}&depth=0");
        Assert.Equal(200, status);
        Assert.Contains(personal.NodeId, body, StringComparison.Ordinal);
        return body.Contains(personal.Text, StringComparison.Ordinal);
    }
}
