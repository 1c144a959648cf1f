using GraphServer.Model;
using GraphServer.Store;

namespace GraphServer.Schema.Investigation.Trace;

/// <summary>
/// <c>TraceFilter</c> as one store filter on the fighters, so the store pages and counts the matching fighters in one
/// call: each field is a condition on one step of the chain (every given field must hold; within a field any value
/// may). An empty list matches nothing, as <c>in: []</c> does in every filter of the schema.
/// </summary>
internal sealed class TraceFilterTranslator(TraceChain chain)
{
    public const string Country = "country";
    public const string Platform = "platform";
    public const string Recruiter = "recruiter";
    public const string UnitKind = "unitKind";
    public const string Outcome = "outcome";
    public const string Status = "status";

    public Filter? Translate(IReadOnlyDictionary<string, object?>? where)
    {
        if (where is null)
        {
            return null;
        }

        var conditions = new List<Filter>();
        foreach (var (field, value) in where)
        {
            if (value is null)
            {
                continue;
            }

            var values = ((System.Collections.IEnumerable)value).Cast<object>().ToArray();
            conditions.Add(field switch
            {
                Country => Reach(chain.Citizenship, Filter.In(CommonProperties.Id, values)),
                Platform => Reach(chain.Offer, Reach(chain.AdChannel, Filter.In(chain.Platform, values))),
                Recruiter => Filter.Or(
                    Reach(chain.Recruiter, Filter.In(CommonProperties.Id, values)),
                    Reach(chain.Offer, Reach(chain.Placer, Filter.In(CommonProperties.Id, values)))),
                UnitKind => Reach(chain.Unit, Filter.In(chain.UnitKind, values)),
                Outcome => Reach(chain.Outcome, Filter.In(chain.OutcomeKind, values)),
                Status => Filter.In(chain.Status, values),
                _ => throw new InvalidOperationException($"TraceFilter has no field {field}."),
            });
        }

        return conditions.Count == 0 ? null : conditions.Count == 1 ? conditions[0] : Filter.And([.. conditions]);
    }

    /// <summary>Some neighbour over the link matches.</summary>
    private static Filter Reach(TraceLink link, Filter where) => Filter.Some(link.Type, link.Direction, where);
}
