namespace GraphServer.Seed.Generation;

/// <summary>
/// Names every random choice the generator makes. Each draw is hashed from (seed, draw, index), never from a running
/// sequence, so a record's values do not depend on batch size, on the order of generation, or on where a run resumed.
/// </summary>
internal enum Draw
{
    SourceFor,
    RecruiterKind,
    ChannelOwner,
    ChannelPlatform,
    ChannelLanguage,
    LocationKind,
    Latitude,
    Longitude,
    UnitKind,
    UnitLocation,
    UnitLocationCount,
    OfferRecruiter,
    OfferRole,
    OfferSalary,
    OfferSalarySpread,
    OfferBonus,
    OfferBenefits,
    OfferLanguage,
    OfferFirstSeen,
    OfferChannel,
    OfferChannelCount,
    OfferCountry,
    OfferCountryCount,
    FighterOffer,
    FighterSecondOffer,
    FighterStatus,
    FighterCitizenship,
    FighterUnit,
    FighterRole,
    EventKind,
    EventDate,
    EventLocation,
}
