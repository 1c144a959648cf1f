using GraphServer.Store;
using GraphServer.Store.Validation;

namespace GraphServer.Schema.Mutations;

/// <summary>
/// Sends one change set to the store (one transaction) and turns what the store refuses into typed errors: validation
/// problems at the caller's paths (a Source still cited as SourceInUseError), stale versions through the mutation's own
/// mapping.
/// </summary>
internal static class WriteApplier
{
    public static async Task<IReadOnlyList<MutationError>> ApplyAsync(
        IGraphStore store, ChangeSet changes, RowPaths paths, Func<string, long, MutationError> stale, CancellationToken cancellationToken)
    {
        try
        {
            await store.ApplyAsync(changes, cancellationToken).ConfigureAwait(false);
            return [];
        }
        catch (ChangeSetValidationException e) when (e.Problems.Count > 0)
        {
            // A cited Source refused is answered alone: the citations are the reason, whatever else the input says.
            var inUse = e.Problems.Where(p => p.InUse is not null).Select(p => MutationError.InUse(p.InUse!)).ToList();
            if (inUse.Count > 0)
            {
                return inUse;
            }

            var errors = e.Problems.Select(paths.Map).OfType<MutationError>().Distinct().ToList();
            return errors.Count > 0 ? errors : [MutationError.Invalid(string.Empty, e.Message)];
        }
        catch (StaleVersionException e)
        {
            return e.CurrentVersions.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => stale(c.Key, c.Value)).ToList();
        }
    }
}
