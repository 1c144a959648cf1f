using System.Text;
using System.Text.Json.Nodes;
using GraphServer.Seed.Tests.Cli;
using GraphServer.Seed.Tests.Support;
using Microsoft.Data.Sqlite;

namespace GraphServer.Seed.Tests.Access;

/// <summary>The CLI's access commands as a user runs them: token, apikey create|list|revoke, audit verify.</summary>
public sealed class AccessCliTests : IDisposable
{
    private static readonly string Key = Convert.ToBase64String(Enumerable.Range(1, 48).Select(i => (byte)i).ToArray());

    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task Token_prints_a_signed_jwt_with_the_role_subject_and_lifetime_asked_for()
    {
        var outcome = await SeedProcess.RunAsync(new Dictionary<string, string?> { ["GraphServer__Auth__SigningKey"] = Key },
            "token", "--role", "editor", "--subject", "alice", "--lifetime", "2h");

        Assert.Equal(0, outcome.ExitCode);
        var parts = outcome.Output.Trim().Split('.');
        Assert.Equal(3, parts.Length);
        var payload = JsonNode.Parse(Encoding.UTF8.GetString(Base64Url(parts[1])))!;
        Assert.Equal(("editor", "alice", "graphserver-local", "graphserver"),
            ((string?)payload["role"], (string?)payload["sub"], (string?)payload["iss"], (string?)payload["aud"]));
        Assert.Equal(7200, (long)payload["exp"]! - (long)payload["iat"]!);
    }

    [Fact]
    public async Task Token_refuses_an_unknown_role_and_a_missing_key()
    {
        var withKey = new Dictionary<string, string?> { ["GraphServer__Auth__SigningKey"] = Key };
        var unknown = await SeedProcess.RunAsync(withKey, "token", "--role", "root");
        var noKey = await SeedProcess.RunAsync(new Dictionary<string, string?>(), "token", "--role", "viewer");

        Assert.Equal((1, "Unknown role 'root'; use one of viewer, analyst, editor, admin."), (unknown.ExitCode, unknown.Error.Trim()));
        Assert.Equal(1, noKey.ExitCode);
        Assert.StartsWith("No signing key: set GraphServer__Auth__SigningKey", noKey.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_are_created_listed_revoked_and_audited_and_a_changed_entry_fails_audit_verify()
    {
        var data = Path.Combine(_directory.Path, "data");
        var environment = new Dictionary<string, string?> { ["GRAPH_DATA_DIR"] = data, ["GRAPH_ACTOR"] = "carol" };

        var created = await SeedProcess.RunAsync(environment, "apikey", "create", "--name", "nightly", "--role", "viewer");
        var id = created.Output.Trim().Split('_')[1];
        var revoked = await SeedProcess.RunAsync(environment, "apikey", "revoke", id);
        var listed = await SeedProcess.RunAsync(environment, "apikey", "list");
        var intact = await SeedProcess.RunAsync(environment, "audit", "verify");

        Assert.Equal(0, created.ExitCode);
        Assert.StartsWith("gsk_" + id + "_", created.Output.Trim(), StringComparison.Ordinal);
        Assert.Equal((0, $"Revoked key {id}."), (revoked.ExitCode, revoked.Output.Trim()));
        Assert.Matches($"^{id}\tviewer\tnightly\t\\S+\trevoked \\S+$", listed.Output.Trim());
        Assert.Equal((0, "audit log intact: 2 entries"), (intact.ExitCode, intact.Output.Trim()));

        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(data, "graph.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE audit_log SET actor = 'cli:mallory' WHERE sequence = 1";
            await command.ExecuteNonQueryAsync();
        }

        var broken = await SeedProcess.RunAsync(environment, "audit", "verify");
        Assert.Equal((1, "audit log broken at entry 1: entry 1 was changed (its content no longer matches its hash)"),
            (broken.ExitCode, broken.Error.Trim()));
    }

    public void Dispose() => _directory.Dispose();

    private static byte[] Base64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded + new string('=', (4 - padded.Length % 4) % 4));
    }
}
