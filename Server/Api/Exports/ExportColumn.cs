namespace GraphServer.Api.Exports;

/// <summary>
/// One declared attribute of the exported nodes or edges. <see cref="IsList"/> values are JSON arrays of strings in XML and
/// CSV (<see cref="ExportValues.List"/>).
/// </summary>
internal sealed record ExportColumn(string Name, ExportKind Kind, bool IsList);
