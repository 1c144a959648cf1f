using GraphServer.Seed.Batching;
using GraphServer.Seed.Loading;
using GraphServer.Store;

namespace GraphServer.Seed.Generation;

/// <summary>
/// A generated recruitment graph as a lazy sequence of batches: first the cited seed (its real Country ids are the
/// generated offers' targets), then each label's records in <see cref="GenerationPlan.Phases"/> order. A batch never
/// spans two labels; it is built only when enumerated, so a run of any size holds one batch at a time.
/// </summary>
internal sealed class SyntheticGraph
{
    /// <summary>The countries at war are not recruitment targets of the offers.</summary>
    private static readonly string[] Belligerents = ["country:UA", "country:RU"];
    private const string Captor = "country:UA";

    private readonly ChangeSet _seed;
    private readonly SyntheticRecords _records;

    public SyntheticGraph(long nodes, long seed)
    {
        Plan = GenerationPlan.For(nodes);
        _seed = SeedData.Read();
        var countries = _seed.Nodes.Where(n => n.Label == Labels.Country).Select(n => n.Id).Order(StringComparer.Ordinal).ToList();
        var targets = countries.Except(Belligerents).ToList();
        _records = new SyntheticRecords(Plan, seed, targets, countries.Contains(Captor) ? Captor : null);
    }

    public GenerationPlan Plan { get; }

    /// <summary>The seed counts as one item, then one item per generated node.</summary>
    public long TotalItems => 1 + Plan.Nodes;

    public IEnumerable<PositionedBatch> Batches(long from, int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        if (from < 1)
        {
            yield return new PositionedBatch(1, "seed", _seed);
        }

        long phaseStart = 1;
        foreach (var (label, count) in Plan.Phases)
        {
            for (var index = Math.Max(0, from - phaseStart); index < count; index += batchSize)
            {
                var end = Math.Min(count, index + batchSize);
                var nodes = new List<GraphNode>((int)(end - index));
                var edges = new List<GraphEdge>((int)(end - index) * 3);
                for (var i = index; i < end; i++)
                {
                    _records.Add(label, i, nodes, edges);
                }

                yield return new PositionedBatch(phaseStart + end, label, new ChangeSet(nodes, edges));
            }

            phaseStart += count;
        }
    }
}
