namespace GraphServer.Model;

/// <summary>
/// The closed vocabulary of <c>Claim.metric</c>: what a stated figure counts. A new metric is one line here; the
/// schema shows the list (an enum with these descriptions) so investigators can ask for a figure by its name.
/// </summary>
public static class ClaimMetrics
{
    public static IReadOnlyList<ClaimMetric> All { get; } =
    [
        new("foreigners_identified", "Foreign nationals identified by name as having fought or fighting for Russia."),
        new("countries_of_origin", "Countries and territories the identified foreign fighters come from."),
        new("foreigners_killed", "Foreign fighters for Russia reported killed."),
        new("pow_countries_of_origin", "Countries of origin of the foreign prisoners of war Ukraine holds."),
        new("pows_held", "Foreign fighters for Russia held by Ukraine as prisoners of war."),
        new("foreign_share_of_pows", "Share of foreign citizens (not Russians) among the prisoners of war Ukraine holds."),
        new("foreigner_contracts_signed", "Foreign nationals without Russian citizenship who signed military contracts with Russia."),
        new("foreign_pows_captured_ratio_to_previous_year",
            "Foreigners captured in a period, as a multiple of those captured the year before."),
        new("foreigners_fighting", "Foreign fighters from a country estimated to be fighting for Russia."),
        new("foreigners_deployed", "Foreign servicemen reported deployed to fight alongside the Russian army."),
        new("nationals_serving", "Nationals of a country reported serving in the Russian army."),
        new("nationals_recruited", "Nationals of a country reported recruited into the Russian army."),
        new("nationals_awaiting_release", "Nationals of a country whose release from the Russian army is awaited."),
        new("nationals_killed", "Nationals of a country reported killed fighting for Russia."),
        new("nationals_seeking_return", "Nationals of a country at the front who asked for help to return home."),
        new("naturalised_citizens_at_front", "Naturalised Russian citizens, born abroad, reported sent to the front."),
        new("naturalised_citizens_registered", "Naturalised Russian citizens detained or registered for military service."),
        new("contract_ads_on_vk", "Contract-service advertisements counted on VKontakte."),
        new("ads_mentioning_high_salary", "Share of contract-service advertisements that feature high salaries."),
        new("contract_ads_monthly_change", "Change in the number of contract-service advertisements from one month to the next."),
        new("recruitment_ads_on_vk", "Army recruitment advertisements counted on VKontakte."),
    ];
}
