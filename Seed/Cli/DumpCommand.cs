using System.CommandLine;
using GraphServer.Model;
using GraphServer.Seed.Dump;

namespace GraphServer.Seed.Cli;

/// <summary>
/// <c>dump FILE</c>: the whole graph, from either store, in the JSON import format, streamed a page at a time; <c>import</c>
/// reads it back into an empty store. <c>-</c> writes to standard output.
/// </summary>
internal static class DumpCommand
{
    public static Command Create(Func<string, string?> environment)
    {
        var storeOptions = new StoreOptions();
        var file = new Argument<string>("file") { Description = "Where to write the dump (.json), or - for standard output." };
        var pageSize = new Option<int>("--page-size") { Description = "Nodes read per store call.", DefaultValueFactory = _ => 1_000 };
        var command = new Command("dump", "Write the whole graph to FILE in the JSON import format (import reads it back).")
        {
            file, pageSize,
        };
        storeOptions.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = parse.GetValue(file)!;
            var toConsole = target == "-";
            if (!toConsole && File.Exists(target))
            {
                var exists = $"{Path.GetFullPath(target)} exists already; choose a new file name.";
                await Console.Error.WriteLineAsync(exists).ConfigureAwait(false);
                return ExitCodes.InvalidData;
            }

            var settings = storeOptions.Read(parse, environment);
            return await StoreSession.RunAsync(settings, async store =>
            {
                // A partial file would look like a dump; write beside it and move it into place only once complete.
                var partial = toConsole ? null : Path.GetFullPath(target) + ".partial";
                DumpStats stats;
                await using (var output = partial is null ? Console.OpenStandardOutput() : File.Create(partial))
                {
                    var size = Math.Max(1, parse.GetValue(pageSize));
                    stats = await GraphDump.WriteAsync(store, RecruitmentModel.Instance, output, size, cancellationToken)
                        .ConfigureAwait(false);
                }

                if (partial is not null)
                {
                    File.Move(partial, Path.GetFullPath(target));
                }

                await Console.Error.WriteLineAsync(
                    $"Dumped {stats.Nodes} nodes, {stats.Relationships} relationships and {stats.Citations} node citations " +
                    $"from {settings}." + (stats.LeftOut > 0
                        ? $" Left out {stats.LeftOut} relationships written during the dump (their end or source came after its page)."
                        : string.Empty))
                    .ConfigureAwait(false);
                return ExitCodes.Success;
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
