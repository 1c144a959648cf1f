using System.CommandLine;
using System.Globalization;
using GraphServer.Seed.Access;
using GraphServer.Store.Access;

namespace GraphServer.Seed.Cli;

/// <summary>
/// <c>token --role analyst --subject alice --lifetime 8h</c>: prints a token signed with the local key
/// (GraphServer__Auth__SigningKey, or --key), with the issuer, audience and role claim the server is configured with.
/// </summary>
internal static class TokenCommand
{
    public static Command Create(Func<string, string?> environment)
    {
        var role = new Option<string>("--role") { Description = $"One of {AccessRoles.Names}.", Required = true };
        var subject = new Option<string>("--subject")
        {
            Description = "Who the token is for (the sub claim).",
            DefaultValueFactory = _ => Environment.UserName,
        };
        var lifetime = new Option<string>("--lifetime")
        {
            Description = "How long it is valid: 30m, 8h, 7d.",
            DefaultValueFactory = _ => "8h",
        };
        var key = new Option<string?>("--key") { Description = "Base64 signing key (default: GraphServer__Auth__SigningKey)." };
        var command = new Command(
            "token", "Mint a signed token for local use (the server must have the same GraphServer__Auth__SigningKey).")
        {
            role, subject, lifetime, key,
        };
        command.SetAction(async parse =>
        {
            var signingKey = parse.GetValue(key) ?? environment("GraphServer__Auth__SigningKey");
            if (string.IsNullOrWhiteSpace(signingKey))
            {
                await Console.Error.WriteLineAsync("No signing key: set GraphServer__Auth__SigningKey (base64, 32+ bytes) or pass --key.")
                    .ConfigureAwait(false);
                return ExitCodes.InvalidData;
            }

            var roleName = parse.GetValue(role)!;
            if (!LocalTokens.IsKnownRole(roleName))
            {
                await Console.Error.WriteLineAsync($"Unknown role '{roleName}'; use one of {AccessRoles.Names}.").ConfigureAwait(false);
                return ExitCodes.InvalidData;
            }

            if (ParseLifetime(parse.GetValue(lifetime)!) is not { } span)
            {
                await Console.Error.WriteLineAsync("--lifetime takes a number and a unit: 30m, 8h, 7d.").ConfigureAwait(false);
                return ExitCodes.InvalidData;
            }

            var request = new LocalTokenRequest(signingKey, roleName.ToLowerInvariant(), parse.GetValue(subject)!, span);
            request = request with
            {
                Issuer = environment("GraphServer__Auth__Issuer") ?? request.Issuer,
                Audience = environment("GraphServer__Auth__Audience") ?? request.Audience,
                RoleClaim = environment("GraphServer__Auth__RoleClaim") ?? request.RoleClaim,
            };
            try
            {
                Console.WriteLine(LocalTokens.Mint(request));
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                await Console.Error.WriteLineAsync($"The signing key cannot sign: {e.Message}").ConfigureAwait(false);
                return ExitCodes.InvalidData;
            }
        });
        return command;
    }

    public static TimeSpan? ParseLifetime(string text)
    {
        text = text.Trim();
        if (text.Length < 2
            || !double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            return null;
        }

        return char.ToLowerInvariant(text[^1]) switch
        {
            's' => TimeSpan.FromSeconds(amount),
            'm' => TimeSpan.FromMinutes(amount),
            'h' => TimeSpan.FromHours(amount),
            'd' => TimeSpan.FromDays(amount),
            _ => null,
        };
    }
}
