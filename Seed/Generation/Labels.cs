namespace GraphServer.Seed.Generation;

/// <summary>
/// The labels and relationship types the generator writes. They must exist in the model; a test checks every one
/// against <see cref="GraphServer.Model.RecruitmentModel"/>, so a rename in the model fails the build's tests, not a run.
/// </summary>
internal static class Labels
{
    public const string Source = "Source";
    public const string Country = "Country";
    public const string Recruiter = "Recruiter";
    public const string AdChannel = "AdChannel";
    public const string Location = "Location";
    public const string Unit = "Unit";
    public const string Offer = "Offer";
    public const string Fighter = "Fighter";
    public const string Event = "Event";

    public const string Operates = "OPERATES";
    public const string DeployedTo = "DEPLOYED_TO";
    public const string Placed = "PLACED";
    public const string AdvertisedOn = "ADVERTISED_ON";
    public const string Targets = "TARGETS";
    public const string Answered = "ANSWERED";
    public const string CitizenOf = "CITIZEN_OF";
    public const string Recruited = "RECRUITED";
    public const string ServedIn = "SERVED_IN";
    public const string SubjectOf = "SUBJECT_OF";
    public const string At = "AT";
    public const string By = "BY";
}
