namespace GraphServer.Schema.Filtering;

/// <summary>
/// The operation field names, as HotChocolate names them, that the inputs declare and the translator reads. Each maps
/// onto one operator of the store's filter AST, or its negation (<c>nin</c> is not <c>in</c>).
/// </summary>
internal static class Operations
{
    public const string Eq = "eq";
    public const string Neq = "neq";
    public const string In = "in";
    public const string Nin = "nin";
    public const string Contains = "contains";
    public const string NContains = "ncontains";
    public const string StartsWith = "startsWith";
    public const string NStartsWith = "nstartsWith";
    public const string Gt = "gt";
    public const string Gte = "gte";
    public const string Lt = "lt";
    public const string Lte = "lte";
    public const string IsNull = "isNull";
    public const string Some = "some";
    public const string All = "all";
    public const string None = "none";
    public const string Any = "any";
    public const string And = "and";
    public const string Or = "or";
}
