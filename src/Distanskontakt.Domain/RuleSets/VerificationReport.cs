namespace Distanskontakt.Domain.RuleSets;

/// <summary>The result of the exhaustive proof: how many paths were walked and what was wrong.</summary>
public sealed record VerificationReport(int PathsChecked, int OffPathVariantsChecked, IReadOnlyList<string> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
