using Distanskontakt.Domain.RuleSets;
using Distanskontakt.Infrastructure.RuleSets;
using Distanskontakt.TestUtilities;

namespace Distanskontakt.Web.Tests.Admin.Regler;

/// <summary>
/// The skane-v5 fixture of issue 8 (<see cref="SkaneV5Fixture"/>: VS becomes mandatory, TE loses triage, PMO video
/// that does not replace a visit gets a new name; valid from 2027-01-01) as the admin pages' fakes hand it out.
/// </summary>
internal static class RuleSetFixtures
{
    public const string NewPmoName = SkaneV5Fixture.NewPmoName;

    public const string V5Sha256 = "5a5e0c4d9d8f1e2b3c4a5b6c7d8e9f00112233445566778899aabbccddeeff01";

    public static DateOnly V5ValidFrom => SkaneV5Fixture.ValidFrom;

    public static string V5Json() => SkaneV5Fixture.Json().ToJsonString();

    public static RuleSet V5() => SkaneV5Fixture.Parse();

    public static RuleSetFileInfo FileOf(RuleSet set, Guid id, RuleSetFileState state = RuleSetFileState.Uploaded) => new(
        id, set.Id + ".json", set.Id, set.Version, set.Region, set.Kind, set.ValidFrom, set.ValidTo, set.Supersedes,
        V5Sha256, new DateTime(2026, 5, 30, 8, 15, 0, DateTimeKind.Utc), "demo:admin", state,
        state == RuleSetFileState.Active ? new DateTime(2026, 5, 31, 9, 0, 0, DateTimeKind.Utc) : null,
        state == RuleSetFileState.Active ? "demo:admin" : null,
        state == RuleSetFileState.Quarantined ? "Krockar med skane-v6" : null);

    /// <summary>The shipped catalog plus the candidate, replacing skane-v4 (as the backend's preview gives it).</summary>
    public static RuleSetPreview PreviewOf(RuleSet candidate, RuleSetFileInfo file, string? replacesId = "skane-v4") =>
        new(file, candidate, new RuleSetCatalog([.. RuleSetCatalog.LoadEmbeddedFiles(), candidate]), replacesId);
}
