using System.Buffers;
using System.Text.Json;
using GraphQL;
using Microsoft.Net.Http.Headers;

namespace GraphServer.Api.Http;

/// <summary>
/// Reads the GraphQL-over-HTTP request parameters: POST with a JSON object body, GET from the query string (variables
/// and extensions as JSON text). Anything else is an <see cref="HttpProblem"/> with the draft's status code.
/// </summary>
internal sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer)
{
    public async Task<GraphQLHttpRequest> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            return ReadQueryString(request, maxBytes);
        }

        if (!HttpMethods.IsPost(request.Method))
        {
            throw new HttpProblem(StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED", "Use GET for queries or POST.")
            {
                Allow = "GET, POST",
            };
        }

        // Draft §POST: the body is application/json; any other media type is 415, and only UTF-8 is accepted.
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            throw new HttpProblem(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE",
                "POST a body of Content-Type: application/json (UTF-8).");
        }

        var (buffer, length) = await ReadBodyAsync(request, maxBytes, cancellationToken).ConfigureAwait(false);
        try
        {
            return ReadBody(buffer.AsMemory(0, length));
        }
        finally
        {
            // ReadBody copies what it keeps (strings, variables) and disposes its JsonDocument before it returns.
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The body in a pooled buffer, read straight into it (no chunk copy, no MemoryStream, no final array): sized by
    /// Content-Length when there is one, grown by doubling for a chunked body. The caller returns the buffer.
    /// </summary>
    private static async Task<(byte[] Buffer, int Length)> ReadBodyAsync(
        HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        // One byte beyond the announced length, so the read that finds the end needs no bigger buffer.
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min((request.ContentLength ?? 4096) + 1, maxBytes + 1L));
        var length = 0;
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
                // A chunked body has no Content-Length: count as we read.
                if (length > maxBytes)
                {
                    throw TooLarge(maxBytes);
                }

                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, maxBytes + 1L));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            return (buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private GraphQLHttpRequest ReadBody(ReadOnlyMemory<byte> body)
    {
        if (body.Length == 0)
        {
            throw HttpProblem.BadRequest("INVALID_REQUEST", "The body is empty; send a JSON object with a query.");
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw HttpProblem.BadRequest("INVALID_JSON", $"The body is not valid JSON: {e.Message}");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                throw HttpProblem.BadRequest("BATCHING_NOT_SUPPORTED", "Batched requests are not supported; send one JSON object per request.");
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                throw HttpProblem.BadRequest("INVALID_REQUEST", "The body must be a JSON object with a query.");
            }

            return new GraphQLHttpRequest(
                StringMember(root, "query"),
                StringMember(root, "operationName"),
                ObjectMember(root, "variables"),
                ObjectMember(root, "extensions"),
                IsGet: false);
        }
    }

    private GraphQLHttpRequest ReadQueryString(HttpRequest request, int maxBytes)
    {
        if (request.QueryString.Value?.Length > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        var query = request.Query;
        return new GraphQLHttpRequest(
            Single(query, "query"),
            Single(query, "operationName"),
            JsonTextObject(Single(query, "variables"), "variables"),
            JsonTextObject(Single(query, "extensions"), "extensions"),
            IsGet: true);
    }

    private static string? StringMember(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw HttpProblem.BadRequest("INVALID_REQUEST", $"{name} must be a string.");
    }

    private Inputs? ObjectMember(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object
            ? serializer.ReadNode<Inputs>(value)
            : throw HttpProblem.BadRequest("INVALID_REQUEST", $"{name} must be a JSON object.");
    }

    private Inputs? JsonTextObject(string? text, string name)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(text);
            return json.RootElement.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Object => serializer.ReadNode<Inputs>(json.RootElement),
                _ => throw HttpProblem.BadRequest("INVALID_REQUEST", $"{name} must be a JSON object."),
            };
        }
        catch (JsonException e)
        {
            throw HttpProblem.BadRequest("INVALID_JSON", $"{name} is not valid JSON: {e.Message}");
        }
    }

    private static string? Single(IQueryCollection query, string name)
    {
        var values = query[name];
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw HttpProblem.BadRequest("INVALID_REQUEST", $"{name} is given more than once."),
        };
    }

    private static HttpProblem TooLarge(int maxBytes) => new(StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE",
        $"The request is larger than the {maxBytes} bytes this server accepts.");
}
