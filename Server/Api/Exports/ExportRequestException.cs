namespace GraphServer.Api.Exports;

/// <summary>A query parameter the export cannot use; becomes a 400 problem naming the parameter.</summary>
#pragma warning disable CA1032 // Only ever built with a message.
internal sealed class ExportRequestException(string message) : Exception(message);
#pragma warning restore CA1032
