namespace Distanskontakt.Domain.Vocabulary;

/// <summary>
/// The inputs of docs/domain.md §3. The declaration order is the asking order; <see cref="ReplacesVisit"/> comes before
/// <see cref="JournalDocumented"/> since revision 2 (docs/domain.md §10.1): a Stöd och behandling contact that replaces
/// a visit is journaled anyway, so the journal question is only asked when it does not.
/// </summary>
public enum Input
{
    System,
    ContactDate,
    Channel,
    Via1177Direkt,
    HandedOverSameUnitSameDay,
    SupportProgram,
    ReplacesVisit,
    JournalDocumented,
    LeadsToVisitSameDaySameUnit,
}
