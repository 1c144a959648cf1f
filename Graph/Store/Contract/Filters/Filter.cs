namespace GraphServer.Store;

/// <summary>
/// A condition on nodes, as a small tree: <see cref="AndFilter"/>, <see cref="OrFilter"/>, <see cref="NotFilter"/>,
/// <see cref="PropertyFilter"/> and <see cref="RelationshipFilter"/>. Stores validate it against the model and compile
/// it (Cypher or SQL) with every value as a parameter.
/// </summary>
/// <remarks>
/// Logic is three-valued in both stores, as in Cypher and SQL: a comparison with a missing property is unknown, so
/// <c>neq("status", "killed")</c> does not match a node without a status, and neither does its negation.
/// </remarks>
public abstract record Filter
{
    public static Filter And(params Filter[] operands) => new AndFilter(operands);

    public static Filter Or(params Filter[] operands) => new OrFilter(operands);

    public static Filter Not(Filter operand) => new NotFilter(operand);

    public static Filter Eq(string property, object value) => new PropertyFilter(property, FilterOperator.Eq, value);

    public static Filter Neq(string property, object value) => new PropertyFilter(property, FilterOperator.Neq, value);

    public static Filter In(string property, params object[] values) => new PropertyFilter(property, FilterOperator.In, values);

    public static Filter Contains(string property, string value) => new PropertyFilter(property, FilterOperator.Contains, value);

    public static Filter StartsWith(string property, string value) => new PropertyFilter(property, FilterOperator.StartsWith, value);

    public static Filter Gt(string property, object value) => new PropertyFilter(property, FilterOperator.Gt, value);

    public static Filter Gte(string property, object value) => new PropertyFilter(property, FilterOperator.Gte, value);

    public static Filter Lt(string property, object value) => new PropertyFilter(property, FilterOperator.Lt, value);

    public static Filter Lte(string property, object value) => new PropertyFilter(property, FilterOperator.Lte, value);

    public static Filter IsNull(string property, bool isNull = true) => new PropertyFilter(property, FilterOperator.IsNull, isNull);

    public static Filter Some(string type, EdgeDirection direction, Filter? where = null) =>
        new RelationshipFilter(type, direction, Quantifier.Some, where);

    public static Filter All(string type, EdgeDirection direction, Filter where) =>
        new RelationshipFilter(type, direction, Quantifier.All, where);

    public static Filter None(string type, EdgeDirection direction, Filter? where = null) =>
        new RelationshipFilter(type, direction, Quantifier.None, where);
}
