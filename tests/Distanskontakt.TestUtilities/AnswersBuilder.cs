using Distanskontakt.Domain;
using Distanskontakt.Domain.Vocabulary;

namespace Distanskontakt.TestUtilities;

/// <summary>Reads like the question path: <c>new AnswersBuilder().Pasis().Phone().NotReplacingVisit().Build()</c>.</summary>
public sealed class AnswersBuilder
{
    private Answers _answers = Answers.Empty;

    public AnswersBuilder On(int year, int month, int day) => Set(_answers with { ContactDate = new DateOnly(year, month, day) });
    public AnswersBuilder Pmo() => Set(_answers with { System = RegistrationSystem.Pmo });
    public AnswersBuilder Pasis() => Set(_answers with { System = RegistrationSystem.Pasis });
    public AnswersBuilder Video() => Set(_answers with { Channel = Channel.Video });
    public AnswersBuilder Phone() => Set(_answers with { Channel = Channel.Phone });
    public AnswersBuilder Text() => Set(_answers with { Channel = Channel.Text });
    public AnswersBuilder StaffAboutPatient() => Set(_answers with { Channel = Channel.StaffAboutPatient });
    public AnswersBuilder NoteWithoutContact() => Set(_answers with { Channel = Channel.NoteWithoutContact });
    public AnswersBuilder PatientSelfService() => Set(_answers with { Channel = Channel.PatientSelfService });
    public AnswersBuilder Via1177Direkt(bool value = true) => Set(_answers with { Via1177Direkt = value });
    public AnswersBuilder HandedOver(bool value = true) => Set(_answers with { HandedOverSameUnitSameDay = value });
    public AnswersBuilder SupportProgram(bool value = true) => Set(_answers with { SupportProgram = value });
    public AnswersBuilder JournalDocumented(bool value = true) => Set(_answers with { JournalDocumented = value });
    public AnswersBuilder ReplacingVisit() => Set(_answers with { ReplacesVisit = true });
    public AnswersBuilder NotReplacingVisit() => Set(_answers with { ReplacesVisit = false });
    public AnswersBuilder LeadsToVisitSameDay(bool value = true) => Set(_answers with { LeadsToVisitSameDaySameUnit = value });

    /// <summary>Answers "no" to 1177 direkt and SoB, the common case on a path that asks them.</summary>
    public AnswersBuilder Ordinary() => Set(_answers with { Via1177Direkt = false, SupportProgram = false });

    public Answers Build() => _answers;

    private AnswersBuilder Set(Answers answers)
    {
        _answers = answers;
        return this;
    }
}
