namespace Distanskontakt.Domain.Vocabulary;

/// <summary>The inputs of spec §3. The declaration order is the asking order.</summary>
public enum Input
{
    System,
    ContactDate,
    Channel,
    Via1177Direkt,
    HandedOverSameUnitSameDay,
    SupportProgram,
    JournalDocumented,
    ReplacesVisit,
    LeadsToVisitSameDaySameUnit,
}
