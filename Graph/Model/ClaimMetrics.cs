namespace GraphServer.Model;

/// <summary>
/// The closed vocabulary of what a Claim counts (SPEC: claim metrics). A claim says who is counted in its
/// <c>scope</c> (a nationality, a region, a period), so one metric serves every nationality: "Indian nationals killed"
/// and "foreigners killed worldwide" are both <c>foreigners_killed</c> and can be compared side by side.
/// A new figure in the seed or an import either fits one of these or adds a name here, with its description.
/// </summary>
public static class ClaimMetrics
{
    public static IReadOnlyList<(string Name, string Description)> All { get; } =
    [
        ("foreigners_identified", "Foreign nationals fighting or having fought for Russia whom an authority has identified by name."),
        ("foreigners_fighting", "Foreign nationals estimated to be serving in Russia's forces (an estimate, not a named list)."),
        ("foreigners_recruited", "Foreign nationals recruited into Russia's forces, counted as recruitment cases."),
        ("foreigners_deployed", "Troops a foreign state sent to fight alongside Russia's forces (for example North Korea's)."),
        ("foreigners_killed", "Foreign nationals killed while serving in Russia's forces."),
        ("foreigners_awaiting_release", "Foreign nationals whose discharge from Russia's forces their government is still awaiting."),
        ("foreigners_seeking_return", "Foreign nationals in Russia's forces who asked their government for help to return home."),
        ("countries_of_origin", "Countries and territories the identified foreign fighters come from."),
        ("pows_held", "Foreign (non-Russian) prisoners of war held by Ukraine."),
        ("pow_countries_of_origin", "Countries the foreign prisoners of war held by Ukraine come from."),
        ("foreign_share_of_pows", "Share of foreigners (non-Russians) among all prisoners Ukraine holds, in percent."),
        ("foreign_pows_captured_ratio_to_previous_year", "Foreign POWs captured in a period divided by those captured in the year before."),
        ("foreign_nationals_exchange_requested", "Foreign nationals held by Ukraine whom Russia has asked to get back in an exchange."),
        ("foreigner_contracts_signed", "Military contracts foreign nationals without Russian citizenship signed over a period."),
        ("foreigner_contracts_per_month", "Military contracts Russia's recruitment of foreigners secures each month."),
        ("naturalised_citizens_at_front", "Naturalised Russian citizens (born abroad) sent to fight."),
        ("naturalised_citizens_registered", "Naturalised Russian citizens detained and put on military registration."),
        ("recruitment_ads_on_vk", "Military-contract recruitment advertisements counted on VKontakte over a period."),
        ("recruitment_ads_monthly_change", "Change in the number of recruitment advertisements from one month to the next, in percent."),
        ("recruitment_ads_share_high_salary", "Share of recruitment advertisements that feature a high salary, in percent."),
        ("recruitment_ads_share_targeting_foreigners", "Share of military-contract advertisements aimed at foreigners, in percent."),
        ("russian_casualties", "Russia's military casualties (killed and wounded) in the full-scale invasion."),
        ("russian_killed", "Russia's servicemen killed in the full-scale invasion."),
    ];

    /// <summary>The metric names alone, in the order above: the values of <c>Claim.metric</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(metric => metric.Name)];
}
