namespace GraphServer.Model;

using static PropertyFlags;

/// <summary>
/// The recruitment graph, declared once (DESIGN.md, "Domain model"). Adding a label, property or relationship here is
/// the whole change: the stores, the importer and the schema are derived from this declaration.
/// </summary>
public static class RecruitmentModel
{
    public static GraphModel Instance { get; } = Declare();

    private static GraphModel Declare() => new ModelBuilder()
        .Node("Country", "countries", "A sovereign state whose citizens are recruited, or which acts on recruitment.", p => p
            .String("iso2", Required | Searchable | Indexed, "ISO 3166-1 alpha-2 code.")
            .String("name", Required | Searchable, "English short name.")
            .String("region", Searchable, "World region, e.g. East Africa."))
        .Node("Organization", "organizations", "A government body, military, agency, research group or media outlet.", p => p
            .String("name", Required | Searchable, "Name of the organisation.")
            .Enum("kind", Required | Indexed, "What the organisation is.",
                "government", "military", "intelligence", "research", "media", "recruitment_agency"))
        .Node("Person", "people", "A public figure quoted in sources (officials, ministers); never a private person.", p => p
            .String("name", Required | Searchable, "Public name.")
            .String("role", Searchable, "Public office or role at the time of the statement."))
        .Node("Recruiter", "recruiters", "An agency, influencer, intermediary or enlistment office that recruits foreigners.", p => p
            .String("name", Required | Searchable, "Name or alias the recruiter uses publicly.")
            .Enum("kind", Required | Indexed, "What kind of recruiter.", "agency", "influencer", "intermediary", "enlistment_office")
            .String("contact", Personal, "Phone number or account used to contact the recruiter."))
        .Node("AdChannel", "adChannels", "A channel carrying recruitment offers: a VKontakte group, Telegram channel, TikTok account.", p => p
            .Enum("platform", Required | Searchable | Indexed, "Platform.", "VKontakte", "Telegram", "TikTok", "Facebook", "Instagram", "WhatsApp", "Website", "Other")
            .String("handle", Required | Searchable, "Handle or name of the channel on its platform.")
            .String("language", Searchable, "Main language of the posts (ISO 639-1)."))
        .Node("Offer", "offers", "A promise made to recruits: role, salary, bonus and benefits.", p => p
            .String("promisedRole", Searchable, "What the recruit is told the job is, e.g. security guard.")
            .Float("salaryAmount", None, "Promised salary, lower bound.")
            .Float("salaryAmountMax", None, "Promised salary, upper bound where a range is given.")
            .String("salaryCurrency", Indexed, "ISO 4217 currency of the salary.")
            .Enum("salaryPeriod", None, "Period the salary is paid for.", "month", "year", "contract", "once")
            .Float("bonusAmount", None, "Signing bonus promised.")
            .String("bonusCurrency", None, "ISO 4217 currency of the bonus.")
            .StringList("benefits", None, "Benefits promised.", "passport", "visa", "residency", "citizenship", "healthcare", "housing", "education")
            .String("language", Searchable, "Language of the offer (ISO 639-1).")
            .String("slogan", Searchable, "Headline or slogan of the advertisement.")
            .Date("firstSeen", Indexed | KnownFrom, "Date the offer was first seen."))
        .Node("Fighter", "fighters", "A foreign national who answered an offer. Pseudonymous; personal fields are restricted.", p => p
            .String("alias", Required | Searchable, "Pseudonymous identifier used in reporting.")
            .Enum("status", Required | Indexed, "Last known status.", "recruited", "deployed", "captured", "killed", "missing", "repatriated", "deserted")
            .String("name", Personal, "Full name, where a source published it.")
            .Date("dateOfBirth", Personal, "Date of birth.")
            .String("contact", Personal, "Contact details of the fighter or the family."))
        .Node("Unit", "units", "A military unit foreign recruits are put in.", p => p
            .String("name", Required | Searchable, "Name or number of the unit.")
            .Enum("kind", Required | Indexed, "Kind of unit.", "assault", "regular", "pmc", "volunteer"))
        .Node("Location", "locations", "A place: front-line sector, city, training ground.", p => p
            .String("name", Required | Searchable, "Name of the place.")
            .Enum("kind", None, "Kind of place.", "city", "region", "front_sector", "training_ground", "border_crossing")
            .Float("latitude", None, "WGS 84 latitude.")
            .Float("longitude", None, "WGS 84 longitude."))
        .Node("Event", "events", "Something that happened: a capture, surrender, death, exchange, protest, investigation, warning.", p => p
            .Enum("kind", Required | Indexed, "Kind of event.", "capture", "surrender", "death", "exchange", "protest", "investigation", "warning", "deployment")
            .Date("date", Indexed | KnownFrom, "Day the event happened.")
            .String("summary", Searchable, "One-line account of the event."))
        .Node("Claim", "claims", "A figure someone stated: metric, value or range, as of a date. Conflicting claims stay separate.", p => p
            .String("metric", Required | Searchable | Indexed, "What is counted, e.g. foreigners_identified, killed, pows_held.")
            .Float("value", Required, "The stated value, or the lower bound of a range.")
            .Float("valueMax", None, "Upper bound of a range, where one is given.")
            .String("unit", None, "Unit of the value: people, countries, percent.")
            .Date("asOf", Indexed | KnownFrom, "Date the figure refers to; a query asOf an earlier day does not see the claim.")
            .String("scope", Searchable, "What the figure covers, in words: global, African countries, first nine months of 2025.")
            .String("statement", Searchable, "The claim as worded by the source."))
        .Node("Source", "sources", "Where a fact comes from: an article, an official statement, a Telegram post, a research report.", p => p
            .String("publisher", Required | Searchable, "Publisher or outlet.")
            .String("title", Required | Searchable, "Title of the piece.")
            .String("url", None, "Address of the piece, where known.")
            .Date("publishedAt", Indexed | KnownFrom, "Publication date; a query asOf an earlier day does not see the source.")
            .Enum("kind", Required | Indexed, "Kind of source.", "news", "official_statement", "telegram_post", "research"))
        .Relationship("PLACED", ["Recruiter"], ["Offer"], Cardinality.Many, "The recruiter placed the offer.")
        .Relationship("ADVERTISED_ON", ["Offer"], ["AdChannel"], Cardinality.Many, "The offer ran on the channel.")
        .Relationship("TARGETS", ["Offer"], ["Country"], Cardinality.Many, "The offer was aimed at citizens of the country.")
        .Relationship("OPERATES", ["Recruiter"], ["AdChannel"], Cardinality.Many, "The recruiter runs the channel.")
        .Relationship("RECRUITED", ["Recruiter"], ["Fighter"], Cardinality.Many, "The recruiter signed up the fighter.")
        .Relationship("ANSWERED", ["Fighter"], ["Offer"], Cardinality.Many, "The fighter answered the offer.")
        .Relationship("CITIZEN_OF", ["Fighter"], ["Country"], Cardinality.Many, "The fighter is a citizen of the country.")
        .Relationship("SERVED_IN", ["Fighter"], ["Unit"], Cardinality.Many, "The fighter was put in the unit.", p => p
            .String("role", None, "Role in the unit, e.g. assault infantry."))
        .Relationship("DEPLOYED_TO", ["Unit"], ["Location"], Cardinality.Many, "The unit was deployed to the place.")
        .Relationship("SUBJECT_OF", ["Fighter"], ["Event"], Cardinality.Many, "The fighter is the subject of the event.")
        .Relationship("AT", ["Event"], ["Location"], Cardinality.One, "Where the event happened.")
        .Relationship("BY", ["Event"], ["Country", "Organization", "Person"], Cardinality.Many, "Who acted in the event.")
        .Relationship("ABOUT", ["Claim"], ["Country", "Organization", "Unit", "Location"], Cardinality.Many, "What the claim is about.")
        .Relationship("STATED_BY", ["Claim"], ["Person", "Organization"], Cardinality.Many, "Who made the claim.")
        .Relationship("MEMBER_OF", ["Person"], ["Organization"], Cardinality.Many, "The person belongs to the organisation.")
        .Relationship("PART_OF", ["Organization", "Unit"], ["Country", "Organization"], Cardinality.Many, "Belongs to a larger body.")
        .Relationship("CITES", ["Country", "Organization", "Person", "Recruiter", "AdChannel", "Offer", "Fighter", "Unit", "Location", "Event", "Claim"],
            ["Source"], Cardinality.Many, "The record is supported by the source.", p => p
            .String("quote", None, "The passage of the source that supports the record."))
        .Build();
}
