using System.Security.Cryptography;
using System.Text;

namespace GraphServer.Api.Documents;

/// <summary>The key of a document: the lower-case hex SHA-256 of its UTF-8 text, as Apollo's persisted queries use.</summary>
internal static class DocumentHash
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
