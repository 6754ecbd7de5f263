using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.Infrastructure.Persistence.Entities;

/// <summary>
/// One decision that staff confirmed (issue 5). Append-only: written once, never updated; a mistake is voided by
/// a <see cref="DecisionVoid"/>, and only the retention purge deletes rows. No patient identity and no user name:
/// the user is an opaque hash, the comment has passed the personnummer detector.
/// </summary>
public sealed class LoggedDecision
{
    public Guid Id { get; set; }

    /// <summary>When the row was written, UTC.</summary>
    public DateTime LoggedAtUtc { get; set; }

    public DateOnly ContactDate { get; set; }

    public string UnitCode { get; set; } = "";

    public string Role { get; set; } = "";

    /// <summary>SHA-256 (hex) of the signed-in user's name identifier.</summary>
    public string UserIdHash { get; set; } = "";

    /// <summary>
    /// Every answer as given (docs/domain.md §3) but the date, in address form
    /// (<c>system=pmo&amp;channel=phone&amp;…</c>, see <see cref="Domain.AnswerAddress"/>): a new input needs no new
    /// column.
    /// </summary>
    public string Answers { get; set; } = "";

    // Copies of the answers that the review filters, sorts or counts by, as indexed columns.
    public RegistrationSystem System { get; set; }

    public Channel Channel { get; set; }

    public bool? ReplacesVisit { get; set; }

    /// <summary>The questions on the path, in asking order, joined by <c>&gt;</c> (for hesitation per path).</summary>
    public string QuestionPath { get; set; } = "";

    // The outcome (docs/domain.md §4).
    public string RuleSetId { get; set; } = "";

    /// <summary><c>inForce</c> or <c>expired</c> for the contact date.</summary>
    public RuleSetStatus RuleSetStatus { get; set; }

    public RegistrationKind Registration { get; set; }

    /// <summary>The PASiS kontakttyp code; null for PMO and when nothing is registered.</summary>
    public string? ContactTypeCode { get; set; }

    /// <summary>The vårdkontakt or kontakttyp name; null when nothing is registered.</summary>
    public string? ContactTypeName { get; set; }

    /// <summary>What the filters and figures group by: the code for PASiS, the name for PMO.</summary>
    public string? ContactTypeKey { get; set; }

    /// <summary>Each obligation as <c>id:level</c> (wire names).</summary>
    public string[] Obligations { get; set; } = [];

    /// <summary>The note kinds (wire names), in the outcome's order.</summary>
    public string[] NoteKinds { get; set; } = [];

    /// <summary>The applied rule ids, in order.</summary>
    public string[] Trace { get; set; } = [];

    public string AppVersion { get; set; } = "";

    // The wizard attempt's figures (no identity); null when the decision came through the API.
    public int? SecondsTaken { get; set; }

    public int? AnswersChanged { get; set; }

    public int? StepsBack { get; set; }

    public string? Comment { get; set; }

    public string? IdempotencyKey { get; set; }

    /// <summary>The void entry, when an administrator voided the row (read-only navigation for queries).</summary>
    public DecisionVoid? Void { get; set; }

    /// <summary>The answers as given, the contact date included.</summary>
    public Domain.Answers GivenAnswers() => Domain.AnswerAddress.Parse(Answers) with { ContactDate = ContactDate };
}
