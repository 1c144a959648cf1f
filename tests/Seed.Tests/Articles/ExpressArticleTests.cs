namespace GraphServer.Seed.Tests.Articles;

/// <summary>
/// Every fact of the Express article of November 2025 (../shared/sources/express-2025-11-foreign-pows-18000.txt) is in
/// the seed with its values and cites the article, with the originals the article names (the POW headquarters'
/// Telegram post, Usov's remarks at Crimea Global, PBS).
/// </summary>
public sealed class ExpressArticleTests
{
    private const string Article = "source:express-2025-11-foreign-pows-18000";
    private const string Telegram = "source:pow-hq-telegram-2025-11-19";
    private const string UsovAtCrimeaGlobal = "source:usov-crimea-global-2025-11";
    private const string Pbs = "source:pbs-newshour-african-mercenaries";

    private static readonly ArticleFact[] Facts =
    [
        new("18,000 foreigners verified by name", "claim:pow-hq-foreigners-identified-2025-11")
        {
            Values = "metric=foreigners_identified; value=18000; unit=people; asOf=2025-11-19", Quote = "at least 18,000 foreigners",
            Originals = [Telegram], Links = ["STATED_BY organization:ua-pow-coordination-hq", "ABOUT country:RU"],
        },
        new("from 128 countries or territories", "claim:pow-hq-countries-of-origin-2025-11")
        {
            Values = "metric=countries_of_origin; value=128; unit=countries", Quote = "128 different countries or territories",
            Originals = [Telegram], Links = ["STATED_BY organization:ua-pow-coordination-hq"],
        },
        new("at least 3,388 of them killed", "claim:pow-hq-foreigners-killed-2025-11")
        {
            Values = "metric=foreigners_killed; value=3388; unit=people", Quote = "at least 3,388 of these foreigners have been killed",
            Originals = [Telegram], Links = ["STATED_BY organization:ua-pow-coordination-hq", "ABOUT country:RU"],
        },
        new("prisoners held from 37 countries", "claim:pow-hq-pow-countries-2025-11")
        {
            Values = "metric=pow_countries_of_origin; value=37; unit=countries", Quote = "prisoners from 37 different countries",
            Originals = [Telegram], Links = ["STATED_BY organization:ua-pow-coordination-hq", "ABOUT country:UA"],
        },
        new("a few hundred contracts a month from 2023", "claim:usov-foreigner-contracts-per-month-2023")
        {
            Values = "metric=foreigner_contracts_per_month; value=100; valueMax=999; asOf=2023",
            Quote = "a few hundred contracts each month",
            Originals = [UsovAtCrimeaGlobal], Links = ["STATED_BY person:dmytro-usov", "ABOUT country:RU"],
        },
        new("thousands of contracts a month now", "claim:usov-foreigner-contracts-per-month-2025-11")
        {
            Values = "metric=foreigner_contracts_per_month; value=1000; valueMax=; asOf=2025-11", Quote = "now securing thousands",
            Originals = [UsovAtCrimeaGlobal], Links = ["STATED_BY person:dmytro-usov"],
        },
        new("Russia asked to exchange no foreigner but North Koreans", "claim:usov-foreign-nationals-exchange-requested-2025-11")
        {
            Values = "metric=foreign_nationals_exchange_requested; value=0", Quote = "apart from citizens of North Korea",
            Links = ["STATED_BY person:dmytro-usov", "ABOUT country:RU"],
        },
        new("Usov, Secretary of the CHTPW", "person:dmytro-usov")
        {
            Quote = "Brigadier General Dmytro Usov, Secretary of the CHTPW", Originals = [UsovAtCrimeaGlobal],
            Links = ["MEMBER_OF organization:ua-pow-coordination-hq"],
        },
        new("PBS: rising recruitment from Cameroon", "country:CM") { Quote = "Cameroon", Originals = [Pbs] },
        new("PBS: rising recruitment from Ghana", "country:GH") { Quote = "Ghana", Originals = [Pbs] },
        new("PBS: rising recruitment from Senegal", "country:SN") { Quote = "Senegal", Originals = [Pbs] },
        new("PBS: rising recruitment from Uganda", "country:UG") { Quote = "Uganda", Originals = [Pbs] },
        new("Cameroon's defence ministry orders commanders to stop desertions", "event:cm-mindef-desertion-directive-2025-03-13")
        {
            Values = "kind=warning", Quote = "urged commanders to act “immediately” to prevent desertions", Originals = [Pbs],
            Links = ["BY organization:cm-mindef", "BY country:CM"],
        },
        new("Iraqi campaign: passports, about £2,100, bonuses near £15,400", "offer:iraq-tiktok-telegram-gbp")
        {
            Values = "salaryAmount=2100; salaryCurrency=GBP; salaryPeriod=month; bonusAmount=15400; bonusCurrency=GBP; benefits=passport; "
                + "language=ar; firstSeen=2025-11",
            Quote = "promising passports and salaries of about £2,100",
            Links = ["TARGETS country:IQ", "ADVERTISED_ON adchannel:tiktok-iraq-recruitment",
                "ADVERTISED_ON adchannel:telegram-iraq-recruitment",
                "<-PLACED recruiter:iraq-tiktok-telegram-influencers"],
        },
        new("TikTok channel of the Iraqi campaign", "adchannel:tiktok-iraq-recruitment") { Values = "platform=TikTok", Quote = "TikTok" },
        new("Telegram channel of the Iraqi campaign", "adchannel:telegram-iraq-recruitment")
        {
            Values = "platform=Telegram", Quote = "Telegram",
        },
        new("Ukraine slowed Russia's international recruitment", "event:ua-slowed-russian-international-recruitment")
        {
            Values = "kind=warning; date=", Quote = "has slowed Russia’s international recruitment", Originals = [UsovAtCrimeaGlobal],
            Links = ["BY organization:ua-defence-intelligence", "BY organization:ua-mfa", "BY organization:ua-lawmakers"],
        },
        new("Ukraine works to repatriate all its POWs", "event:ua-repatriation-of-pows")
        {
            Values = "kind=exchange", Quote = "repatriate all its prisoners of war", Originals = [UsovAtCrimeaGlobal],
            Links = ["BY country:UA"],
        },
        new("North Korean troops reported in Ukraine from autumn 2024", "event:kp-troops-in-ukraine-reported-2024")
        {
            Values = "kind=deployment; date=2024", Quote = "Reports from autumn 2024", Links = ["BY country:KP"],
        },
        new("the US confirmed North Korean forces in combat in Kursk", "event:us-confirms-kp-combat-kursk-2024-11")
        {
            Values = "kind=deployment; date=2024-11", Quote = "the US confirmed North Korean forces",
            Links = ["BY country:US", "BY country:KP", "AT location:kursk-oblast"],
        },
        new("North Korean forces deployed to Kursk", "unit:kpa-kursk-contingent")
        {
            Quote = "engaged in combat in Russia’s Kursk region", Links = ["DEPLOYED_TO location:kursk-oblast", "PART_OF country:KP"],
        },
        new("Zelensky: North Korean troops suffered casualties", "event:kp-troops-casualties-2024-11")
        {
            Values = "kind=death; date=2024-11", Quote = "had suffered casualties", Links = ["BY country:KP"],
        },
    ];

    public static TheoryData<string> FactNames => [.. Facts.Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(FactNames))]
    public void The_fact_is_in_the_seed_with_its_values_and_cites_the_article(string name) =>
        ArticleFactAssertions.AssertInSeed(Facts.Single(f => f.Name == name), Article);

    [Fact]
    public void The_article_and_the_originals_it_names_are_sources_with_the_dates_it_gives()
    {
        Assert.Equal("Express", SeedJson.Text(SeedJson.Node(Article)!.Value, "publisher"));
        Assert.Equal("2025-11", SeedJson.Text(SeedJson.Node(Article)!.Value, "publishedAt"));
        Assert.Equal("2025-11", SeedJson.Text(SeedJson.Node(UsovAtCrimeaGlobal)!.Value, "publishedAt"));
        Assert.Equal("telegram_post", SeedJson.Text(SeedJson.Node(Telegram)!.Value, "kind"));
        Assert.Equal("PBS NewsHour", SeedJson.Text(SeedJson.Node(Pbs)!.Value, "publisher"));
        var odessaJournal = SeedJson.Node("source:odessa-journal-named-by-express-2025-11")!.Value;
        Assert.Equal("The Odessa Journal", SeedJson.Text(odessaJournal, "publisher"));
    }
}
