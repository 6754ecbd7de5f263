using Distanskontakt.Domain.Halland;
using Distanskontakt.Domain.Questions;
using Distanskontakt.Web.Components.Shared;

namespace Distanskontakt.Web.Components.Pages.Halland;

/// <summary>
/// The Halland wizard's state, without Blazor: the answers as <see cref="HallandAssessmentEngine"/> placed them on
/// its path, the question open for a change and the problems read from the address. The engine decides what is
/// asked and the verdict.
/// </summary>
public sealed class HallandWizardState : IWizardState
{
    private readonly HallandAssessmentEngine _engine;
    private Dictionary<string, string> _problems = new(StringComparer.Ordinal);

    private HallandWizardState(HallandAssessmentEngine engine)
    {
        _engine = engine;
        Assessment = engine.Assess(HallandAnswers.Empty);
    }

    public static HallandWizardState Open(HallandAssessmentEngine engine, string uri)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var state = new HallandWizardState(engine);
        state.Apply(uri);
        return state;
    }

    public HallandAssessment Assessment { get; private set; }

    /// <summary>The question (by name) open for a change.</summary>
    public string? Editing { get; private set; }

    public string Page => HallandUrl.Page;

    public string Url => HallandUrl.For(Assessment.Answers, _engine);

    public bool AddressNeedsRewrite { get; private set; }

    /// <summary>The question being changed, else the engine's next question.</summary>
    public IAskedQuestion? CurrentQuestion =>
        Editing is { } editing ? _engine.QuestionOnPath(editing, Assessment.Answers.Channel) : Assessment.NextQuestion;

    /// <summary>The result, when it is what the page shows (no question open).</summary>
    public HallandResult? ShownResult => CurrentQuestion is null ? Assessment.Result : null;

    public IAskedQuestion? KeyedQuestion => CurrentQuestion;

    public bool IsEditing => Editing is not null;

    public bool CanGoBack => Editing is not null || Assessment.Answered.Count > 0;

    public string? Announcement =>
        CurrentQuestion is { } question ? $"Fråga: {question.Text}"
        : Assessment.Result is { } result ? $"Resultat: {(result.Verdict == HallandVerdict.Distanskontakt ? "Distanskontakt" : "Inte en distanskontakt")}."
        : null;

    public string? ProblemFor(string name) => _problems.GetValueOrDefault(name);

    public void Apply(string uri)
    {
        var query = HallandUrl.Parse(uri, _engine);
        _problems = new Dictionary<string, string>(query.Problems, StringComparer.Ordinal);
        Editing = null;
        Assessment = _engine.Assess(query.Answers);
        AddressNeedsRewrite = query.HasValues && (_problems.Count > 0 || !query.Answers.Equals(Assessment.Answers));
    }

    public bool Answer(string name, string value)
    {
        if (!_engine.TryWith(Assessment.Answers, name, value, out var answers))
        {
            return false;
        }

        _problems.Remove(name);
        Editing = null;
        Assessment = _engine.Assess(answers);
        return true;
    }

    public bool Back()
    {
        if (Editing is not null)
        {
            Editing = null;
            return true;
        }

        if (Assessment.Answered.Count == 0)
        {
            return false;
        }

        Assessment = _engine.Assess(Assessment.Answers.Without(Assessment.Answered[^1].Name));
        return true;
    }

    /// <summary>Opens an earlier answer's question again; the answers stay until one is chosen.</summary>
    public void Change(string name) => Editing = name;

    public void NewAssessment()
    {
        Editing = null;
        _problems.Clear();
        Assessment = _engine.Assess(HallandAnswers.Empty);
    }
}
