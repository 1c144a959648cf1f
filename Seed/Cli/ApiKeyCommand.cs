using System.CommandLine;
using GraphServer.Store.Access;

namespace GraphServer.Seed.Cli;

/// <summary>
/// <c>apikey create --name backup-script --role viewer</c> (prints the key once), <c>apikey revoke ID</c>,
/// <c>apikey list</c>. Keys live hashed beside the graph, in the store the server uses. Each change is audited.
/// </summary>
internal static class ApiKeyCommand
{
    public static Command Create(Func<string, string?> environment) =>
        new("apikey", "Manage API keys for scripts (scoped to a role, stored hashed, revocable).")
        {
            CreateKey(environment), RevokeKey(environment), ListKeys(environment),
        };

    private static Command CreateKey(Func<string, string?> environment)
    {
        var storeOptions = new StoreOptions();
        var name = new Option<string>("--name") { Description = "What the key is for, e.g. nightly-export.", Required = true };
        var role = new Option<string>("--role") { Description = $"One of {AccessRoles.Names}.", Required = true };
        var command = new Command("create", "Create a key and print it once; only its hash is stored.") { name, role };
        storeOptions.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!AccessRoles.TryParse(parse.GetValue(role), out var scope))
            {
                await Console.Error.WriteLineAsync($"Unknown role '{parse.GetValue(role)}'; use one of {AccessRoles.Names}.")
                    .ConfigureAwait(false);
                return ExitCodes.InvalidData;
            }

            return await AccessSession.RunAsync(storeOptions.Read(parse, environment), async access =>
            {
                var created = await access.CreateAsync(parse.GetValue(name)!, scope, cancellationToken).ConfigureAwait(false);
                await AccessSession.AuditAsync(access, environment, "apikey-create", created.Key.Id, cancellationToken)
                    .ConfigureAwait(false);
                Console.WriteLine(created.Secret);
                await Console.Error.WriteLineAsync(
                    $"Created key {created.Key.Id} ({AccessRoles.NameOf(scope)}). It is shown only now; send it as X-Api-Key.")
                    .ConfigureAwait(false);
                return ExitCodes.Success;
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static Command RevokeKey(Func<string, string?> environment)
    {
        var storeOptions = new StoreOptions();
        var id = new Argument<string>("id") { Description = "The key's id (gsk_<id>_…), as `apikey list` shows it." };
        var command = new Command("revoke", "Revoke a key: it stops working at once.") { id };
        storeOptions.AddTo(command);
        command.SetAction(async (parse, cancellationToken) => await AccessSession.RunAsync(
            storeOptions.Read(parse, environment), async access =>
        {
            var keyId = parse.GetValue(id)!;
            if (!await access.RevokeAsync(keyId, cancellationToken).ConfigureAwait(false))
            {
                await Console.Error.WriteLineAsync($"No active key with id '{keyId}'.").ConfigureAwait(false);
                return ExitCodes.InvalidData;
            }

            await AccessSession.AuditAsync(access, environment, "apikey-revoke", keyId, cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"Revoked key {keyId}.");
            return ExitCodes.Success;
        }, cancellationToken).ConfigureAwait(false));
        return command;
    }

    private static Command ListKeys(Func<string, string?> environment)
    {
        var storeOptions = new StoreOptions();
        var command = new Command("list", "List keys: id, role, name, created, revoked.");
        storeOptions.AddTo(command);
        command.SetAction(async (parse, cancellationToken) => await AccessSession.RunAsync(
            storeOptions.Read(parse, environment), async access =>
        {
            foreach (var key in await access.ListAsync(cancellationToken).ConfigureAwait(false))
            {
                var revoked = key.RevokedAt is { } at ? "revoked " + AuditChain.Timestamp(at) : "active";
                var created = AuditChain.Timestamp(key.CreatedAt);
                Console.WriteLine($"{key.Id}\t{AccessRoles.NameOf(key.Role)}\t{key.Name}\t{created}\t{revoked}");
            }

            return ExitCodes.Success;
        }, cancellationToken).ConfigureAwait(false));
        return command;
    }
}
