namespace GraphServer.Seed.Tests.Articles;

/// <summary>
/// Every fact of the UNITED24 Media article of 2025-11-25 (../shared/sources/united24-2025-11-25-foreign-pows-double.txt)
/// is in the seed with its values and cites the article, with the originals it names (CNN of the same day, OpenMinds,
/// Gerashchenko_en on X, the officials quoted).
/// </summary>
public sealed class United24ArticleTests
{
    private const string Article = "source:united24-2025-11-25-foreign-pows-double";
    private const string Cnn = "source:cnn-2025-11-deception-bribery-foreigners";
    private const string Gerashchenko = "source:gerashchenko-en-x-somali-fighter-photo";
    private const string OpenMinds = "source:openminds-cnn-2025-11-vk-ads-foreigners";
    private const string Sybiha = "source:sybiha-statement-1436-african-citizens";
    private const string Ruto = "source:ruto-statement-2025-11-kenyans-illegally-recruited";
    private const string IndiaMea = "source:india-mea-statement-44-nationals";

    private static readonly ArticleFact[] Facts =
    [
        new("a Somali fighter surrendered near Avdiivka in 2024", "event:somali-surrender-avdiivka-2024-01")
        {
            Values = "kind=surrender; date=2024", Quote = "surrendered to the Armed Forces of Ukraine near Avdiivka in 2024",
            Originals = [Gerashchenko], Links = ["AT location:avdiivka", "<-SUBJECT_OF fighter:somali-avdiivka-2024"],
        },
        new("the Somali fighter", "fighter:somali-avdiivka-2024")
        {
            Values = "status=captured", Quote = "A Somalian fighter", Originals = [Gerashchenko], Links = ["CITIZEN_OF country:SO"],
        },
        new("nearly 200 foreign POWs held", "claim:cnn-pows-held-nearly-200-2025-11")
        {
            Values = "metric=pows_held; value=200; asOf=2025-11-25", Quote = "Nearly 200 foreign soldiers", Originals = [Cnn],
            Links = ["STATED_BY organization:ua-pow-coordination-hq", "ABOUT country:UA"],
        },
        new("the POWs come from 37 countries", "claim:pow-hq-pow-countries-2025-11")
        {
            Values = "metric=pow_countries_of_origin; value=37", Quote = "from 37 countries",
            Links = ["STATED_BY organization:ua-pow-coordination-hq"],
        },
        new("Usov: more than 18,000 foreigners identified", "claim:pow-hq-foreigners-identified-2025-11")
        {
            Values = "metric=foreigners_identified; value=18000", Quote = "more than 18,000 foreigners", Originals = [Cnn],
            Links = ["STATED_BY person:dmytro-usov"],
        },
        new("Usov: from 128 countries", "claim:pow-hq-countries-of-origin-2025-11")
        {
            Values = "metric=countries_of_origin; value=128", Quote = "from 128 countries", Links = ["STATED_BY person:dmytro-usov"],
        },
        new("thousands of North Korean troops not counted", "claim:usov-north-korean-troops-thousands")
        {
            Values = "metric=foreigners_deployed; value=1000", Quote = "thousands of North Korean troops", Originals = [Cnn],
            Links = ["STATED_BY person:dmytro-usov", "ABOUT country:KP"],
        },
        new("Kenya's president warned of illegal recruitment", "event:ke-ruto-warning-2025-11-06")
        {
            Values = "kind=warning", Quote = "“illegally recruited.”", Originals = [Cnn, Ruto],
            Links = ["BY person:william-ruto", "BY country:KE"],
        },
        new("South Africa opened an investigation", "event:za-investigation-17-citizens-2025-11-06")
        {
            Values = "kind=investigation", Quote = "South Africa opened an investigation", Originals = [Cnn], Links = ["BY country:ZA"],
        },
        new("17 South Africans sent distress messages from Donbas", "claim:za-distress-calls-17-2025-11")
        {
            Values = "value=17; unit=people", Quote = "17 of its citizens sent distress messages from occupied Donbas", Originals = [Cnn],
            Links = ["ABOUT country:ZA", "ABOUT location:donbas"],
        },
        new("India asked Moscow to release 44 nationals", "event:in-mea-warning-2025-11-07")
        {
            Values = "kind=warning", Quote = "“put an end to this practice.”", Originals = [Cnn, IndiaMea],
            Links = ["BY country:IN", "BY organization:in-mea"],
        },
        new("44 Indian nationals fighting for Russia", "claim:mea-indians-serving-2025-11")
        {
            Values = "metric=foreigners_fighting; value=44", Quote = "44 Indian nationals", Originals = [Cnn, IndiaMea],
            Links = ["ABOUT country:IN"],
        },
        new("POW captures in the first nine months of 2025 doubled 2024's", "claim:hur-pows-first-nine-months-2025-doubled")
        {
            Values = "metric=foreign_pows_captured_ratio_to_previous_year; value=2; asOf=2025-09",
            Quote = "already doubled last year’s total",
            Originals = [Cnn], Links = ["STATED_BY organization:ua-defence-intelligence"],
        },
        new("more than one million Russian casualties", "claim:western-intelligence-russian-casualties")
        {
            Values = "metric=russian_casualties; value=1000000", Quote = "more than one million casualties", Originals = [Cnn],
            Links = ["STATED_BY organization:western-intelligence-agencies", "ABOUT country:RU"],
        },
        new("over 250,000 Russians killed", "claim:western-intelligence-russian-killed")
        {
            Values = "metric=russian_killed; value=250000", Quote = "over 250,000 killed", Originals = [Cnn],
            Links = ["STATED_BY organization:western-intelligence-agencies"],
        },
        new("visas, residency and citizenship for Central Asian migrants", "offer:central-asia-migrants-fast-citizenship")
        {
            Values = "benefits=visa|residency|citizenship; firstSeen=2025-11-25", Quote = "offers visas, residency, and even citizenship",
            Originals = [Cnn], Links = ["TARGETS country:TJ", "TARGETS country:UZ"],
        },
        new("Russia threatens to strip naturalized migrants' citizenship", "event:ru-threatens-to-strip-citizenship")
        {
            Values = "kind=warning", Quote = "threatens to strip citizenship", Originals = [Cnn], Links = ["BY country:RU"],
        },
        new("20,000 Central Asian-born citizens fighting", "claim:bastrykin-central-asian-born-citizens-20000")
        {
            Values = "metric=naturalised_citizens_at_front; value=20000", Quote = "20,000 Central Asian-born Russian citizens",
            Originals = [Cnn],
        },
        new("one in three VKontakte contract ads targets foreigners", "claim:openminds-vk-ads-targeting-foreigners-2025-11")
        {
            Values = "metric=recruitment_ads_share_targeting_foreigners; value=33.3; unit=percent; asOf=2025-11", Quote = "one in three",
            Originals = [Cnn, OpenMinds], Links = ["STATED_BY organization:openminds"],
        },
        new("7% of VKontakte contract ads a year earlier", "claim:openminds-vk-ads-targeting-foreigners-year-earlier")
        {
            Values = "metric=recruitment_ads_share_targeting_foreigners; value=7; unit=percent; asOf=2024", Quote = "just 7% a year ago",
            Originals = [Cnn, OpenMinds], Links = ["STATED_BY organization:openminds"],
        },
        new("Arabic campaigns: $2,000–2,500, free healthcare and visas", "offer:arabic-ads-2000-2500-usd-2025")
        {
            Values = "salaryAmount=2000; salaryAmountMax=2500; salaryCurrency=USD; benefits=healthcare|visa; language=ar; "
                + "firstSeen=2025-11-25",
            Quote = "“$2,000–$2,500 salaries, free healthcare and visas,”", Originals = [Cnn],
        },
        new("Chinese-language ads: Be a real man!", "offer:chinese-be-a-real-man-2025")
        {
            Values = "language=zh; slogan=Be a real man!; firstSeen=2025-11-25", Quote = "“Be a real man!”", Originals = [Cnn],
        },
        new("security or construction jobs that turned into military units", "offer:security-or-construction-jobs-2025")
        {
            Values = "firstSeen=2025-11-25", Quote = "promises of security or construction jobs in Russia", Originals = [Cnn],
        },
        new("shipped to storm brigades", "unit:storm-brigades") { Values = "kind=assault", Quote = "“storm” brigades", Originals = [Cnn] },
        new("Usov: at least 3,388 foreign fighters killed", "claim:pow-hq-foreigners-killed-2025-11")
        {
            Values = "metric=foreigners_killed; value=3388", Quote = "at least 3,388 foreign fighters killed", Originals = [Cnn],
            Links = ["STATED_BY person:dmytro-usov"],
        },
        new("Sybiha: at least 1,436 citizens of African countries", "claim:sybiha-africans-fighting-2025-11")
        {
            Values = "metric=foreigners_identified; value=1436", Quote = "at least 1,436 citizens", Originals = [Sybiha],
            Links = ["STATED_BY person:andrii-sybiha"],
        },
        new("Sybiha: from 36 African countries", "claim:sybiha-african-countries-2025-11")
        {
            Values = "metric=countries_of_origin; value=36", Quote = "36 African countries", Originals = [Sybiha],
            Links = ["STATED_BY person:andrii-sybiha"],
        },
    ];

    public static TheoryData<string> FactNames => [.. Facts.Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(FactNames))]
    public void The_fact_is_in_the_seed_with_its_values_and_cites_the_article(string name) =>
        ArticleFactAssertions.AssertInSeed(Facts.Single(f => f.Name == name), Article);

    [Fact]
    public void The_article_and_cnn_are_sources_of_the_same_day()
    {
        var article = SeedJson.Node(Article)!.Value;
        Assert.Equal("UNITED24 Media", SeedJson.Text(article, "publisher"));
        Assert.Equal("2025-11-25", SeedJson.Text(article, "publishedAt"));
        Assert.Equal("2025-11-25", SeedJson.Text(SeedJson.Node(Cnn)!.Value, "publishedAt"));
        Assert.Equal("CNN", SeedJson.Text(SeedJson.Node(Cnn)!.Value, "publisher"));
    }
}
