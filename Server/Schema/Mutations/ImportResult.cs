namespace GraphServer.Schema.Mutations;

/// <summary>What an importBatch wrote: the ids of the new nodes (rows first, then inline Sources) and the relationships.</summary>
internal sealed record ImportResult(IReadOnlyList<string> NodeIds, int RelationshipCount);
