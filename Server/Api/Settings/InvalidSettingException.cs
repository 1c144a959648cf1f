namespace GraphServer.Api.Settings;

/// <summary>A setting that cannot be used: its message is the one line the server prints before it exits with 2.</summary>
#pragma warning disable CA1032 // Only ever built with the line to print.
internal sealed class InvalidSettingException(string message) : Exception(message);
#pragma warning restore CA1032
