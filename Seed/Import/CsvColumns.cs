namespace GraphServer.Seed.Import;

/// <summary>
/// The structural columns of the one-table CSV format; every other column is a model property. The row's kind is in
/// <c>record</c>, not <c>kind</c>, because <c>kind</c> is a property of several labels (Recruiter, Unit, Source, …).
/// </summary>
internal static class CsvColumns
{
    public const string Record = "record";
    public const string Label = "label";
    public const string Id = "id";
    public const string Type = "type";
    public const string From = "from";
    public const string To = "to";

    /// <summary>Ids of the record's Sources, separated like a list (<c>source:a|source:b</c>).</summary>
    public const string Sources = "sources";

    /// <summary>The supporting quote for each of <see cref="Sources"/>, in the same order; optional.</summary>
    public const string Quotes = "quotes";

    public const string NodeKind = "node";
    public const string RelationshipKind = "relationship";

    /// <summary>Separates the items of a list property in one cell: <c>passport|visa</c>.</summary>
    public const char ListSeparator = '|';

    public static readonly string[] NodeOnly = [Label];
    public static readonly string[] RelationshipOnly = [Type, From, To];

    public static readonly string[] Provenance = [Sources, Quotes];
}
