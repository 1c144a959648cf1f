namespace GraphServer.Seed.Generation;

/// <summary>
/// The value mixes the generator draws from. Weights are rough shares from the reporting behind the seed (Telegram and
/// VKontakte carry most ads; most offers promise a civilian job; assault units take most recruits); all names are codes.
/// </summary>
internal static class Choices
{
    public static readonly Weighted<string> RecruiterKinds = new(("agency", 40), ("intermediary", 30), ("influencer", 20), ("enlistment_office", 10));

    public static readonly Weighted<string> Platforms = new(
        ("Telegram", 35), ("VKontakte", 25), ("TikTok", 20), ("WhatsApp", 8), ("Facebook", 5), ("Instagram", 4), ("Website", 3));

    public static readonly Weighted<string> Languages = new(
        ("ru", 25), ("en", 20), ("ar", 15), ("fr", 10), ("sw", 8), ("hi", 7), ("zh", 5), ("ne", 5), ("es", 5));

    public static readonly Weighted<string> LocationKinds = new(("front_sector", 50), ("training_ground", 20), ("city", 20), ("region", 10));

    public static readonly Weighted<string> UnitKinds = new(("assault", 50), ("regular", 30), ("volunteer", 12), ("pmc", 8));

    public static readonly Weighted<string> PromisedRoles = new(
        ("security guard", 25), ("driver", 15), ("construction worker", 15), ("warehouse worker", 10), ("cook", 5), ("military contract", 30));

    public static readonly Weighted<string> ServiceRoles = new(
        ("assault infantry", 60), ("storm trooper", 20), ("sapper", 8), ("driver", 7), ("cook", 5));

    /// <summary>Event kinds of fighters with an event, and the status each leaves the fighter in.</summary>
    public static readonly Weighted<(string Kind, string Status)> Outcomes = new(
        (("capture", "captured"), 45), (("death", "killed"), 35), (("exchange", "repatriated"), 10), (("surrender", "captured"), 10));

    /// <summary>Statuses of fighters no event is recorded for.</summary>
    public static readonly Weighted<string> QuietStatuses = new(("recruited", 15), ("deployed", 70), ("missing", 8), ("deserted", 7));

    /// <summary>Each benefit with the share of offers that promise it.</summary>
    public static readonly (string Benefit, double Share)[] Benefits =
        [("passport", 0.4), ("visa", 0.35), ("citizenship", 0.3), ("healthcare", 0.4), ("housing", 0.2), ("residency", 0.15)];
}
