using System.Text.Json;

namespace GraphServer.Api.Documents;

/// <summary>
/// The allow-list of trusted documents: a JSON object mapping each document's sha256 hash to its text (the form
/// Apollo's and Relay's persisted-query manifests reduce to). When configured, nothing else runs.
/// </summary>
internal sealed class TrustedDocuments(IReadOnlyDictionary<string, string> byHash)
{
    public int Count => byHash.Count;

    public bool TryGet(string hash, out string text) => byHash.TryGetValue(hash, out text!);

    public static TrustedDocuments Load(string path)
    {
        var map = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))
            ?? throw new InvalidDataException($"{path} must hold a JSON object of sha256 hash to document.");
        foreach (var (hash, text) in map)
        {
            // A wrong hash in the list would let a client run one document under another's name: refuse to start.
            if (DocumentHash.Of(text) != hash)
            {
                throw new InvalidDataException($"{path}: the document listed under {hash} does not hash to it.");
            }
        }

        return new TrustedDocuments(map);
    }
}
