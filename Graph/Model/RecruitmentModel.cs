namespace GraphServer.Model;

using static EndNames;
using static PropertyFlags;

/// <summary>
/// The recruitment graph, declared once (DESIGN.md, "Domain model"). Adding a label, property or relationship here is
/// the whole change: the stores, the importer and the schema are derived from this declaration.
/// </summary>
public static class RecruitmentModel
{
    public static GraphModel Instance { get; } = Declare();

    private static GraphModel Declare()
    {
        var model = new ModelBuilder();
        var country = model.Node("Country", "countries",
            "A sovereign state whose citizens are recruited, or which acts on recruitment.", p => p
            .String("iso2", Required | Searchable | Indexed, "ISO 3166-1 alpha-2 code.")
            .String("name", Required | Searchable, "English short name.")
            .String("region", Searchable, "World region, e.g. East Africa."));
        var organization = model.Node("Organization", "organizations",
            "A government body, military, agency, research group or media outlet.", p => p
            .String("name", Required | Searchable, "Name of the organisation.")
            .Enum("kind", Required | Indexed, "What the organisation is.",
                "government", "military", "intelligence", "research", "media", "recruitment_agency"));
        var person = model.Node("Person", "people",
            "A public figure quoted in sources (officials, ministers); never a private person.", p => p
            .String("name", Required | Searchable, "Public name.")
            .String("role", Searchable, "Public office or role at the time of the statement."));
        var recruiter = model.Node("Recruiter", "recruiters",
            "An agency, influencer, intermediary or enlistment office that recruits foreigners.", p => p
            .String("name", Required | Searchable, "Name or alias the recruiter uses publicly.")
            .Enum("kind", Required | Indexed, "What kind of recruiter.", "agency", "influencer", "intermediary", "enlistment_office")
            .String("contact", Personal, "Phone number or account used to contact the recruiter."));
        var adChannel = model.Node("AdChannel", "adChannels",
            "A channel carrying recruitment offers: a VKontakte group, Telegram channel, TikTok account.", p => p
            .Enum("platform", Required | Searchable | Indexed, "Platform.", "VKontakte", "Telegram", "TikTok", "Facebook", "Instagram",
                "WhatsApp", "Website", "Other")
            .String("handle", Required | Searchable, "Handle or name of the channel on its platform.")
            .String("language", Searchable | Indexed, "Main language of the posts (ISO 639-1)."));
        var offer = model.Node("Offer", "offers", "A promise made to recruits: role, salary, bonus and benefits.", p => p
            .String("promisedRole", Searchable, "What the recruit is told the job is, e.g. security guard.")
            .Float("salaryAmount", None, "Promised salary, lower bound.")
            .Float("salaryAmountMax", None, "Promised salary, upper bound where a range is given.")
            .String("salaryCurrency", Indexed, "ISO 4217 currency of the salary.")
            .Enum("salaryPeriod", None, "Period the salary is paid for.", "month", "year", "contract", "once")
            .Float("bonusAmount", None, "Signing bonus promised.")
            .String("bonusCurrency", None, "ISO 4217 currency of the bonus.")
            .StringList("benefits", None, "Benefits promised.", "passport", "visa", "residency", "citizenship", "healthcare", "housing",
                "education")
            .String("language", Searchable | Indexed, "Language of the offer (ISO 639-1).")
            .String("slogan", Searchable, "Headline or slogan of the advertisement.")
            .Date("firstSeen", Indexed | KnownFrom, "Date the offer was first seen."));
        var fighter = model.Node("Fighter", "fighters",
            "A foreign national who answered an offer. Pseudonymous; personal fields are restricted.", p => p
            .String("alias", Required | Searchable, "Pseudonymous identifier used in reporting.")
            .Enum("status", Required | Indexed, "Last known status.", "recruited", "deployed", "captured", "killed", "missing",
                "repatriated", "deserted")
            .String("name", Personal, "Full name, where a source published it.")
            .Date("dateOfBirth", Personal, "Date of birth.")
            .String("contact", Personal, "Contact details of the fighter or the family."));
        var unit = model.Node("Unit", "units", "A military unit foreign recruits are put in.", p => p
            .String("name", Required | Searchable, "Name or number of the unit.")
            .Enum("kind", Required | Indexed, "Kind of unit.", "assault", "regular", "pmc", "volunteer"));
        var location = model.Node("Location", "locations", "A place: front-line sector, city, training ground.", p => p
            .String("name", Required | Searchable, "Name of the place.")
            .Enum("kind", None, "Kind of place.", "city", "region", "front_sector", "training_ground", "border_crossing")
            .Float("latitude", None, "WGS 84 latitude.")
            .Float("longitude", None, "WGS 84 longitude."));
        var @event = model.Node("Event", "events",
            "Something that happened: a capture, surrender, death, exchange, protest, investigation, warning.", p => p
            .Enum("kind", Required | Indexed, "Kind of event.", "capture", "surrender", "death", "exchange", "protest", "investigation",
                "warning", "deployment")
            .Date("date", Indexed | KnownFrom, "Day the event happened.")
            .String("summary", Searchable, "One-line account of the event."));
        var claim = model.Node("Claim", "claims",
            "A figure someone stated: metric, value or range, as of a date. Conflicting claims stay separate.", p => p
            .Enum("metric", Required | Searchable | Indexed, "What is counted (the closed vocabulary of ClaimMetrics).", ClaimMetrics.All)
            .Float("value", Required, "The stated value, or the lower bound of a range.")
            .Float("valueMax", None, "Upper bound of a range, where one is given.")
            .String("unit", None, "Unit of the value: people, countries, percent.")
            .Date("asOf", Indexed | KnownFrom, "Date the figure refers to; a query asOf an earlier day does not see the claim.")
            .String("scope", Searchable, "What the figure covers, in words: global, African countries, first nine months of 2025.")
            .String("statement", Searchable, "The claim as worded by the source."));
        var source = model.Node("Source", "sources",
            "Where a fact comes from: an article, an official statement, a Telegram post, a research report.", p => p
            .String("publisher", Required | Searchable, "Publisher or outlet.")
            .String("title", Required | Searchable, "Title of the piece.")
            .String("url", None, "Address of the piece, where known.")
            .Date("publishedAt", Indexed | KnownFrom, "Publication date; a query asOf an earlier day does not see the source.")
            .Enum("kind", Required | Indexed, "Kind of source.", "news", "official_statement", "telegram_post", "research"));
        model
            .Relationship("PLACED", [recruiter], [offer], Many("placed"), Many("placedBy"), "The recruiter placed the offer.")
            .Relationship("ADVERTISED_ON", [offer], [adChannel], Many("advertisedOn"), Many("advertises"), "The offer ran on the channel.")
            .Relationship("TARGETS", [offer], [country], Many("targets"), Many("targetedBy"),
                "The offer was aimed at citizens of the country.")
            .Relationship("OPERATES", [recruiter], [adChannel], Many("operates"), Many("operatedBy"), "The recruiter runs the channel.")
            .Relationship("RECRUITED", [recruiter], [fighter], Many("recruited"), Many("recruitedBy"),
                "The recruiter signed up the fighter.")
            .Relationship("ANSWERED", [fighter], [offer], Many("answered"), Many("answeredBy"), "The fighter answered the offer.")
            .Relationship("CITIZEN_OF", [fighter], [country], Many("citizenOf"), Many("citizens"),
                "The fighter is a citizen of the country.")
            .Relationship("SERVED_IN", [fighter], [unit], Many("servedIn"), Many("members"), "The fighter was put in the unit.", p => p
                .String("role", None, "Role in the unit, e.g. assault infantry."))
            .Relationship("DEPLOYED_TO", [unit], [location], Many("deployedTo"), Many("deployedUnits"),
                "The unit was deployed to the place.")
            .Relationship("SUBJECT_OF", [fighter], [@event], Many("subjectOf"), Many("subjects"),
                "The fighter is the subject of the event.")
            .Relationship("AT", [@event], [location], One("location"), Many("events"), "Where the event happened.")
            .Relationship("BY", [@event], [country, organization, person], Many("actors", "Actor"), Many("actedIn"),
                "Who acted in the event.")
            .Relationship("ABOUT", [claim], [country, organization, unit, location], Many("about", "ClaimSubject"), Many("claims"),
                "What the claim is about.")
            .Relationship("STATED_BY", [claim], [person, organization], Many("statedBy", "Speaker"), Many("statements"),
                "Who made the claim.")
            .Relationship("MEMBER_OF", [person], [organization], Many("memberOf"), Many("members"),
                "The person belongs to the organisation.")
            .Relationship("PART_OF", [organization, unit], [country, organization], Many("partOf", "ParentBody"), Many("parts", "PartBody"),
                "Belongs to a larger body.")
            .Citations("CITES", source, Many("sources"), Many("supports", "Node"), "The record is supported by the source.");
        return model.Build();
    }
}
