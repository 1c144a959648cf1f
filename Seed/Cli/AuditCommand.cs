using System.CommandLine;

namespace GraphServer.Seed.Cli;

/// <summary><c>audit verify</c>: checks the hash chain of the audit log; exit 0 when intact, 1 naming the first broken entry.</summary>
internal static class AuditCommand
{
    public static Command Create(Func<string, string?> environment)
    {
        var storeOptions = new StoreOptions();
        var verify = new Command("verify", "Check that no audit entry was changed, removed or reordered.");
        storeOptions.AddTo(verify);
        verify.SetAction(async (parse, cancellationToken) => await AccessSession.RunAsync(
            storeOptions.Read(parse, environment), async access =>
        {
            var outcome = await access.VerifyAsync(cancellationToken).ConfigureAwait(false);
            if (outcome.Intact)
            {
                Console.WriteLine(outcome.ToString());
                return ExitCodes.Success;
            }

            await Console.Error.WriteLineAsync(outcome.ToString()).ConfigureAwait(false);
            return ExitCodes.InvalidData;
        }, cancellationToken).ConfigureAwait(false));
        return new Command("audit", "The audit log kept beside the graph.") { verify };
    }
}
