namespace GraphServer.Seed.Import;

/// <summary>Where a record is: the index of its file in the import and the line it starts on.</summary>
internal readonly record struct RecordAt(int File, long Line);
