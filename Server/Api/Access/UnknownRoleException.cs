namespace GraphServer.Api.Access;

/// <summary>A valid token whose role claim names no role of ours (or is missing): refused like a bad token.</summary>
internal sealed class UnknownRoleException(string message) : Exception(message);
