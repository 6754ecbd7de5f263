using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Distanskontakt.Domain;
using Distanskontakt.Domain.Engine;
using Distanskontakt.Domain.Outcomes;
using Distanskontakt.Domain.Questions;
using Distanskontakt.Domain.Vocabulary;
using Distanskontakt.Infrastructure.Log;
using Distanskontakt.Web.Components.Shared;

namespace Distanskontakt.Web.Components.Pages.Registrera;

/// <summary>
/// The registration wizard's state, without Blazor: the answers (as <see cref="DecisionEngine"/> placed them on the
/// question path), the trail, the question open for a change, the problems read from the address, and this
/// attempt's figures. The engine decides what is asked and the outcome; this class only applies one step at a time.
/// </summary>
public sealed class WizardState : IWizardState
{
    private readonly DecisionEngine _engine;
    private Dictionary<Input, string> _problems = [];
    private Answers? _countedAnswers;
    private long? _attemptStarted;

    private WizardState(DecisionEngine engine, FlowResult flow)
    {
        _engine = engine;
        Flow = flow;
    }

    /// <summary>The state an address describes (invalid values reported, off-path ones dropped).</summary>
    public static WizardState Open(DecisionEngine engine, string uri)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var state = new WizardState(engine, engine.Decide(Answers.Empty));
        state.Apply(uri);
        return state;
    }

    /// <summary>Where the answers stand on the question path: answered inputs, the next question or the outcome.</summary>
    public FlowResult Flow { get; private set; }

    /// <summary>The input whose question is open for a change.</summary>
    public Input? Editing { get; private set; }

    public string Page => WizardUrl.Page;

    public string Url => WizardUrl.For(Flow.Answers);

    public bool AddressNeedsRewrite { get; private set; }

    /// <summary>System and date are asked first, and again when one of them is being changed.</summary>
    public bool ShowsFirstStep => Editing is Input.System or Input.ContactDate
        || (Editing is null && Flow.NextQuestion?.Id == Input.System);

    /// <summary>The question being changed, else the flow's next question (never decided here).</summary>
    public Question? CurrentQuestion => ShowsFirstStep ? null
        : Editing is { } editing ? QuestionCatalog.For(editing)
        : Flow.NextQuestion;

    /// <summary>The outcome, when it is what the page shows (no question open).</summary>
    public Outcome? ShownOutcome => ShowsFirstStep || CurrentQuestion is not null ? null : Flow.Outcome;

    public IAskedQuestion? KeyedQuestion => ShowsFirstStep ? QuestionCatalog.For(Input.System) : CurrentQuestion;

    public bool IsEditing => Editing is not null;

    public bool CanGoBack => Editing is not null || Flow.Answered.Any(input => input != Input.ContactDate);

    public string? Announcement =>
        ShowsFirstStep ? "Ange kontaktdatum och välj system."
        : CurrentQuestion is { } question ? $"Fråga: {question.Text}"
        : Flow.Outcome is { } outcome ? $"Resultat: {WizardTexts.OneLineSummary(outcome)}"
        : null;

    /// <summary>How many answers were changed (a new value for a given answer) in this attempt.</summary>
    public int AnswersChanged { get; private set; }

    /// <summary>How many times this attempt went back a question.</summary>
    public int StepsBack { get; private set; }

    /// <summary>This attempt's figures for the log (no identity), from its first answer; null when none was given here.</summary>
    public WizardAttemptFigures? AttemptFigures => _attemptStarted is { } started
        ? new((int)Math.Round(Stopwatch.GetElapsedTime(started).TotalSeconds), AnswersChanged, StepsBack)
        : null;

    /// <summary>An answer was given on this page but no outcome reached: left now, the attempt is abandoned.</summary>
    public bool IsAbandoned => _attemptStarted is not null && Flow.Outcome is null;

    /// <summary>A Swedish message about the input's value (from the address or the date field), if any.</summary>
    public string? ProblemFor(Input input) => _problems.GetValueOrDefault(input);

    public void Apply(string uri)
    {
        var query = WizardUrl.Parse(uri, _engine.Today);
        _problems = new Dictionary<Input, string>(query.Problems);
        Editing = _problems.ContainsKey(Input.ContactDate) ? Input.ContactDate : null;
        Decide(query.Answers);

        // Invalid and off-path values leave the address; a missing date is written with the next answer.
        var asGiven = query.Answers.ContactDate is null ? query.Answers with { ContactDate = Flow.ContactDate } : query.Answers;
        AddressNeedsRewrite = query.HasValues && (_problems.Count > 0 || asGiven != Flow.Answers);
    }

    public bool Answer(string name, string value) => Inputs.Named(name) is { } descriptor && Answer(descriptor.Input, value);

    /// <summary>Answers one input; later answers still on the path stay, the others leave with the engine's path.</summary>
    public bool Answer(Input input, string value)
    {
        if (!Flow.Answers.TryWith(input, value, out var answers))
        {
            return false;
        }

        _attemptStarted ??= Stopwatch.GetTimestamp();
        if (Editing is not null || Flow.Answers.WireValue(input) is not null)
        {
            AnswersChanged++;
        }

        _problems.Remove(input);
        if (input == Input.System)
        {
            _problems.Remove(Input.ContactDate); // choosing the system accepts the date shown
        }

        Editing = null;
        Decide(answers);
        return true;
    }

    /// <summary>The date field's text: a valid date up to today changes the contact date, anything else is a problem.</summary>
    public bool ChangeDate(string text)
    {
        var today = _engine.Today;
        if (string.IsNullOrWhiteSpace(text))
        {
            _problems[Input.ContactDate] = "Ange kontaktdatumet.";
            return false;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            _problems[Input.ContactDate] = WizardUrl.BadDate(text);
            return false;
        }

        if (date > today)
        {
            _problems[Input.ContactDate] = WizardUrl.FutureDate(date, today);
            return false;
        }

        _problems.Remove(Input.ContactDate);
        Decide(Flow.Answers with { ContactDate = date });
        return true;
    }

    public bool Back()
    {
        if (Editing is not null)
        {
            Editing = null;
            return true;
        }

        var last = Flow.Answered.Where(input => input != Input.ContactDate).Cast<Input?>().LastOrDefault();
        if (last is not { } input)
        {
            return false;
        }

        StepsBack++;
        Decide(Flow.Answers.Without(input));
        return true;
    }

    /// <summary>Opens an earlier answer's question again ("change from here"); the answers stay until one is chosen.</summary>
    public void Change(Input input) => Editing = input;

    /// <summary>Starts over with the same system and date: a new attempt.</summary>
    public void NewContact()
    {
        _attemptStarted = null;
        AnswersChanged = 0;
        StepsBack = 0;
        Editing = null;
        _problems.Clear();
        Decide(Answers.Empty with { System = Flow.Answers.System, ContactDate = Flow.ContactDate });
    }

    /// <summary>
    /// The outcome, once for each set of answers that reached one: for counting decisions, so that the address
    /// catching up with a click or a change cancelled on the result does not count the same result again.
    /// </summary>
    public bool TryTakeNewOutcome([NotNullWhen(true)] out Outcome? outcome)
    {
        outcome = Flow.Outcome;
        if (outcome is null || Flow.Answers == _countedAnswers)
        {
            outcome = null;
            return false;
        }

        _countedAnswers = Flow.Answers;
        return true;
    }

    private void Decide(Answers answers)
    {
        try
        {
            Flow = _engine.Decide(answers);
        }
        catch (ContactDateInFutureException future)
        {
            // Today may have changed since the address was read (midnight): ask for the date again.
            _problems[Input.ContactDate] = WizardUrl.FutureDate(future.ContactDate, future.Today);
            Flow = _engine.Decide(answers with { ContactDate = null });
        }
    }
}
