using GraphQL;
using GraphQL.Types;
using GraphServer.Store;

namespace GraphServer.Schema.Generation;

/// <summary>
/// One <c>XSortInput</c> per label, made once: collections and relationship fields both take <c>order</c>, and
/// GraphQL.NET needs every reference to a named type to be the same instance.
/// </summary>
internal sealed class SortInputs(Subjects subjects, SharedTypes shared)
{
    public const string ArgumentName = "order";

    private readonly Dictionary<string, InputObjectGraphType> _inputs = new(StringComparer.Ordinal);

    /// <param name="subject">A label, a union or <c>Node</c> (see <see cref="Subjects"/>).</param>
    public QueryArgument Argument(string subject, string description)
    {
        if (!_inputs.TryGetValue(subject, out var input))
        {
            _inputs[subject] = input = SortInputGenerator.Create(subject, subjects.PropertiesOf(subject), shared);
        }

        return new QueryArgument(new ListGraphType(new NonNullGraphType(input))) { Name = ArgumentName, Description = description };
    }

    /// <summary>The ordering keys the field's <c>order</c> argument gives, most significant first.</summary>
    public static List<SortField> Read(IResolveFieldContext context)
    {
        var order = new List<SortField>();
        if (context.GetArgument<List<object?>?>(ArgumentName) is not { } items)
        {
            return order;
        }

        foreach (var item in items.OfType<IDictionary<string, object?>>())
        {
            order.AddRange(item.Where(p => p.Value is SortDirection).Select(p => new SortField(p.Key, (SortDirection)p.Value!)));
        }

        return order;
    }
}
