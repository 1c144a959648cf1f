using GraphServer.Api.Access;
using GraphServer.Store.Configuration;
using Microsoft.AspNetCore.Connections;

namespace GraphServer.Api.Settings;

/// <summary>The failures at start that are the user's to fix, each as the one line Program prints before exit code 2.</summary>
internal static class StartupFailure
{
    public static string? Explain(Exception error) => error switch
    {
        InvalidSettingException or StoreConfigurationException or AccessConfigurationException => error.Message,
        IOException { InnerException: AddressInUseException } =>
            $"{error.Message.TrimEnd('.')}; stop the program that holds it or choose another address with --urls or ASPNETCORE_URLS.",
        // The configuration binder's wording for a value of the wrong type, should one slip past ServerSettings.
        InvalidOperationException { InnerException: FormatException or OverflowException } => error.Message,
        _ => null,
    };
}
