namespace Distanskontakt.TestUtilities;

/// <summary>
/// The answer paths on which <see cref="SkaneV5Fixture"/> differs from skane-v4, counted by hand from the rules of
/// skane-v4 and skane-1177d (21 in all). The CLI's diff, the domain's lifecycle and the preview page's tests all
/// check against this one list.
/// </summary>
public static class SkaneV5ChangedPaths
{
    /// <summary>PASiS video not replacing a visit (VS becomes mandatory), × SoB: not in a program, or in one and journalled.</summary>
    public static IReadOnlyList<string> Vs { get; } =
    [
        "system=pasis channel=video supportProgram=false replacesVisit=false",
        "system=pasis channel=video supportProgram=true replacesVisit=false journalDocumented=true",
    ];

    /// <summary>PASiS phone not replacing a visit (TE; no same-day question since revision 2), × SoB: the interpretation note added.</summary>
    public static IReadOnlyList<string> Te { get; } =
    [
        "system=pasis channel=phone supportProgram=false replacesVisit=false",
        "system=pasis channel=phone supportProgram=true replacesVisit=false journalDocumented=true",
    ];

    /// <summary>
    /// Stöd och behandling contacts that replace a visit, PMO (without 1177 direkt, or via it not handed over) and PASiS,
    /// every channel: the interpretation note dropped.
    /// </summary>
    public static IReadOnlyList<string> SobReplacing { get; } =
    [
        .. from channel in new[] { "video", "phone", "text" }
           from via in new[] { "via1177Direkt=false", "via1177Direkt=true handedOverSameUnitSameDay=false" }
           select $"system=pmo channel={channel} {via} supportProgram=true replacesVisit=true",
        .. from channel in new[] { "video", "phone", "text" }
           select $"system=pasis channel={channel} supportProgram=true replacesVisit=true",
    ];

    /// <summary>PMO video not replacing a visit without 1177 direkt (a new name), × SoB × same-day visit.</summary>
    public static IReadOnlyList<string> PmoVideoWithout1177 { get; } = [.. PmoVideoPaths("via1177Direkt=false")];

    /// <summary>PMO video not replacing a visit via 1177 direkt, not handed over (the newer set's name wins, its note changes too).</summary>
    public static IReadOnlyList<string> PmoVideoVia1177 { get; } = [.. PmoVideoPaths("via1177Direkt=true handedOverSameUnitSameDay=false")];

    /// <summary>Both sets of PMO video paths: the contact type changes on every one.</summary>
    public static IReadOnlyList<string> PmoVideo { get; } = [.. PmoVideoWithout1177, .. PmoVideoVia1177];

    private static IEnumerable<string> PmoVideoPaths(string via1177) =>
        from sob in new[] { "supportProgram=false replacesVisit=false", "supportProgram=true replacesVisit=false journalDocumented=true" }
        from triage in new[] { "false", "true" }
        select $"system=pmo channel=video {via1177} {sob} leadsToVisitSameDaySameUnit={triage}";
}
