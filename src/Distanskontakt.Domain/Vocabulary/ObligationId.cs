namespace Distanskontakt.Domain.Vocabulary;

/// <summary>What staff must or may do besides choosing the contact type. The order is the order shown.</summary>
public enum ObligationId
{
    Journal,
    Diagnosis,
    Procedure,
    KvaUW040,
    AttributeSob,
    Attribute1177Direkt,
    Close1177Case,
    DocumentInMelior,
    TriageBeforeOtherVisit,
}
